import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Store } from "../domain/index.js";
import { openStore } from "../store/index.js";
import type { CliContext, OptionValues } from "./command.js";
import { isPostgresUrl, resolveDbLocation } from "./db-location.js";
import { stringOption } from "./option-values.js";

export const DB_OPTION = { db: { type: "string" } } as const;
export const DB_OPTION_HELP = {
  db: "database: a SQLite file path or a postgres:// URL (default: $CONFLICTWATCH_DB, else ./conflictwatch-data/conflictwatch.db)",
};

/** Opens the store the options name, applies pending migrations, runs `work`, and always closes it. */
export async function withStore<T>(values: OptionValues, ctx: CliContext, work: (store: Store, location: string) => Promise<T>): Promise<T> {
  const location = resolveDbLocation(stringOption(values, "db"), ctx.env, ctx.cwd);
  if (!isPostgresUrl(location) && location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
  const store = await openStore(location);
  try {
    await store.migrate();
    return await work(store, location);
  } finally {
    await store.close();
  }
}
