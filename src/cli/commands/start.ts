import { join } from "node:path";
import { DEFAULT_INGEST_OPTIONS, formatSummary, ingestInputs, loadServices } from "../../pipeline/index.js";
import type { CliCommand } from "../command.js";
import { checkAlertsAfterIngest } from "../alerts-after-ingest.js";
import { displayLocation } from "../db-location.js";
import { formatEventTable } from "../event-table.js";
import { packageRoot } from "../package-root.js";
import { ProgressLine } from "../progress.js";
import { withStore } from "../store-session.js";
import { SERVE_OPTION_HELP, SERVE_OPTIONS, serveSettings, serveUntilStopped } from "./serve.js";

/** The fictional sample reports shipped with the package (samples/reports). */
export function samplesDir(): string {
  return join(packageRoot(), "samples", "reports");
}

export const command: CliCommand = {
  name: "start",
  summary: "the main job: ingest the bundled (fictional) sample reports, then serve the dashboard (npm start)",
  usage: ["start [serve options]"],
  options: { ...SERVE_OPTIONS, "no-serve": { type: "boolean" } },
  optionHelp: { ...SERVE_OPTION_HELP, "no-serve": "ingest the samples, print the event table and stop" },
  allowPositionals: false,
  async run(values, _positionals, ctx) {
    const settings = values["no-serve"] ? null : serveSettings(values, ctx);
    const services = loadServices();
    const bar = new ProgressLine(ctx.stderr);
    await withStore(values, ctx, async (store, location) => {
      ctx.stdout.write(`database: ${store.kind} at ${displayLocation(location)}\n`);
      const summary = await ingestInputs([samplesDir()], DEFAULT_INGEST_OPTIONS, store, services, {
        onDocument: (_o, _r, s) => bar.update(s.documentsRead, null, "sample reports"),
        onFailure: (origin, problem) => bar.message(`conflictwatch: ${origin}: ${problem}`),
      });
      bar.clear();
      ctx.stdout.write(`samples: ${formatSummary(summary)}\n`);
      await checkAlertsAfterIngest(location, store, summary.touchedEventIds, ctx);
      const page = await store.listEvents({}, { limit: 50, sort: "date_desc" });
      ctx.stdout.write(formatEventTable(page.events, ctx.stdout.columns ?? 160));
      if (settings) await serveUntilStopped(store, services, settings, ctx, location);
    });
    return 0;
  },
};
