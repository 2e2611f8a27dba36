import { openAlertsSession } from "../../pipeline/index.js";
import { openSourceRegistry } from "../../store/sources/index.js";
import type { CliCommand } from "../command.js";
import { displayLocation } from "../db-location.js";
import { DB_OPTION, DB_OPTION_HELP, withStore } from "../store-session.js";

export const command: CliCommand = {
  name: "migrate",
  summary: "create or upgrade the database schema (SQLite file or PostgreSQL)",
  usage: ["migrate [--db LOCATION]"],
  options: { ...DB_OPTION },
  optionHelp: { ...DB_OPTION_HELP },
  allowPositionals: false,
  async run(values, _positionals, ctx) {
    // withStore applies pending migrations before handing the store over.
    await withStore(values, ctx, async (store, location) => {
      // The alert rules live beside the events, with their own migrations.
      const alerts = await openAlertsSession(location, store, ctx.env);
      await alerts.close();
      const sources = await openSourceRegistry(location);
      await sources.close();
      ctx.stdout.write(`${store.kind} database at ${displayLocation(location)} is up to date\n`);
    });
    return 0;
  },
};
