import type { ConflictEvent } from "../../domain/index.js";
import { writeEvents } from "../../export/index.js";
import type { CliCommand } from "../command.js";
import { UsageError } from "../command.js";
import { FILTER_OPTION_HELP, FILTER_OPTIONS, filterFromOptions, parseNonNegativeInteger, stringOption } from "../option-values.js";
import { DB_OPTION, DB_OPTION_HELP, withStore } from "../store-session.js";
import { formatEventTable } from "../event-table.js";

const FORMATS = ["table", "csv", "geojson", "jsonl"] as const;
type Format = (typeof FORMATS)[number];

export const command: CliCommand = {
  name: "events",
  summary: "list stored events, filtered, as a table, ACLED-style CSV, GeoJSON or JSON Lines",
  usage: ["events [--from DATE] [--to DATE] [--country C] [--admin1 A] [--type T] [--actor A] [--min-fatalities N] [--bbox W,S,E,N] [--format table|csv|geojson|jsonl]"],
  options: { ...DB_OPTION, ...FILTER_OPTIONS, format: { type: "string" }, limit: { type: "string" }, "include-rejected": { type: "boolean" } },
  optionHelp: {
    ...DB_OPTION_HELP,
    ...FILTER_OPTION_HELP,
    format: "table (default on a terminal), csv (ACLED columns first), geojson or jsonl",
    limit: "at most this many events (table default: 200)",
    "include-rejected": "also list events analysts marked as not an event",
  },
  allowPositionals: false,
  async run(values, _positionals, ctx) {
    const format = (stringOption(values, "format") ?? "table") as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format "${format}" must be one of ${FORMATS.join(", ")}`);
    const filter = filterFromOptions(values);
    if (values["include-rejected"]) filter.includeRejected = true;
    const limitText = stringOption(values, "limit");
    const limit = limitText !== undefined ? parseNonNegativeInteger("limit", limitText) : format === "table" ? 200 : null;
    await withStore(values, ctx, async (store) => {
      if (format === "table") {
        const page = await store.listEvents(filter, { limit: limit ?? 200, sort: "date_desc" });
        const total = await store.countEvents(filter);
        ctx.stdout.write(formatEventTable(page.events, ctx.stdout.columns ?? 160));
        ctx.stdout.write(`${total} event${total === 1 ? "" : "s"}${total > page.events.length ? ` (first ${page.events.length} shown; --limit for more)` : ""}\n`);
        return;
      }
      await writeEvents(limited(store.iterateEvents(filter), limit), format, ctx.stdout);
    });
    return 0;
  },
};

async function* limited(events: AsyncIterable<ConflictEvent>, limit: number | null): AsyncIterable<ConflictEvent> {
  let count = 0;
  for await (const event of events) {
    if (limit !== null && count >= limit) return;
    count += 1;
    yield event;
  }
}
