import type { EventFilter, Verification } from "../domain/index.js";
import type { OptionValues } from "./command.js";
import { UsageError } from "./command.js";

/** A calendar date given on the command line: strictly YYYY-MM-DD and a real day. */
export function parseIsoDate(option: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return match[0];
    }
  }
  throw new UsageError(`--${option} "${value}" is not a date: expected YYYY-MM-DD, e.g. 2025-05-13`);
}

export function parseNonNegativeInteger(option: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--${option} "${value}" is not a whole number`);
  return Number(value);
}

/** --bbox west,south,east,north in degrees. */
export function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(",").map((p) => Number(p.trim()));
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) {
    throw new UsageError(`--bbox "${value}" must be four numbers: west,south,east,north (e.g. -5.5,9.4,2.4,15.1)`);
  }
  const [west, south, east, north] = parts as [number, number, number, number];
  if (south > north || west < -180 || east > 180 || south < -90 || north > 90) {
    throw new UsageError(`--bbox "${value}" is not a valid box: west,south,east,north with south <= north`);
  }
  return [west, south, east, north];
}

const VERIFICATIONS: readonly Verification[] = ["confirmed", "reported", "claimed", "unverified", "disputed"];

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** Filter options shared by `events`, `report` and friends: --from --to --country --admin1 --admin2 --type --actor --min-fatalities --bbox --verification. */
export const FILTER_OPTIONS = {
  from: { type: "string" },
  to: { type: "string" },
  country: { type: "string" },
  admin1: { type: "string" },
  admin2: { type: "string" },
  type: { type: "string", multiple: true },
  actor: { type: "string" },
  "min-fatalities": { type: "string" },
  bbox: { type: "string" },
  verification: { type: "string", multiple: true },
  q: { type: "string" },
} as const;

export const FILTER_OPTION_HELP: Record<string, string> = {
  from: "earliest event date, YYYY-MM-DD",
  to: "latest event date, YYYY-MM-DD",
  country: "country name or ISO3 code (e.g. \"Burkina Faso\" or BFA)",
  admin1: "region (admin1) name",
  admin2: "province / cercle / department (admin2) name",
  type: "event type or sub-event type; repeat for several",
  actor: "actor name or part of it (short or ACLED name)",
  "min-fatalities": "only events with at least this many fatalities (conservative count)",
  bbox: "west,south,east,north in degrees",
  verification: "confirmed|reported|claimed|unverified|disputed; repeat for several",
  q: "full-text search over notes and sources",
};

export function filterFromOptions(values: OptionValues): EventFilter {
  const filter: EventFilter = {};
  const from = stringOption(values, "from");
  const to = stringOption(values, "to");
  if (from) filter.from = parseIsoDate("from", from);
  if (to) filter.to = parseIsoDate("to", to);
  if (filter.from && filter.to && filter.from > filter.to) throw new UsageError(`--from ${filter.from} is after --to ${filter.to}`);
  for (const key of ["country", "admin1", "admin2", "actor", "q"] as const) {
    const value = stringOption(values, key);
    if (value) filter[key] = value;
  }
  const types = values.type;
  if (Array.isArray(types) && types.length > 0) filter.types = types.map(String);
  const minFatalities = stringOption(values, "min-fatalities");
  if (minFatalities !== undefined) filter.minFatalities = parseNonNegativeInteger("min-fatalities", minFatalities);
  const bbox = stringOption(values, "bbox");
  if (bbox) filter.bbox = parseBbox(bbox);
  const verification = values.verification;
  if (Array.isArray(verification) && verification.length > 0) {
    filter.verification = verification.map((v) => {
      const value = String(v) as Verification;
      if (!VERIFICATIONS.includes(value)) throw new UsageError(`--verification "${v}" must be one of ${VERIFICATIONS.join(", ")}`);
      return value;
    });
  }
  return filter;
}
