import { EVENT_TYPES, isSubEventType } from "../../domain/taxonomy.js";
import type { EventFilter, EventSort, PageRequest, StatsGroup } from "../../domain/store.js";
import type { Verification } from "../../domain/event.js";
import { validationError } from "./error-shape.js";

/** A parsed query string: fastify gives a string, or an array when a key repeats. */
export type RawQuery = Record<string, string | string[] | undefined>;

export const VERIFICATIONS: readonly Verification[] = ["confirmed", "reported", "claimed", "unverified", "disputed"];
export const SORTS: readonly EventSort[] = ["date_desc", "date_asc", "fatalities_desc", "updated_desc"];
export const STATS_GROUPS: readonly StatsGroup[] = ["week", "month", "event_type", "sub_event_type", "actor", "admin1", "admin2", "actor_pair", "country"];
export const MAX_PAGE = 500;

/** Every query key a filter understands; unknown keys are rejected so typos do not silently widen a query. */
export const FILTER_KEYS = [
  "from", "to", "country", "admin1", "admin2", "type", "actor", "min_fatalities", "min-fatalities",
  "bbox", "verification", "q", "include_rejected",
] as const;

function one(query: RawQuery, key: string): string | undefined {
  const v = query[key];
  if (Array.isArray(v)) {
    if (v.length > 1) throw validationError(key, "give it once");
    return v[0];
  }
  return v === "" ? undefined : v;
}

/** Values of a key that may repeat (`type=A&type=B`) or list (`type=A,B`). */
function many(query: RawQuery, key: string): string[] {
  const v = query[key];
  const parts = (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((s) => s.split(","));
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseIsoDate(key: string, value: string): string {
  if (!ISO_DATE.test(value)) throw validationError(key, "must be a date written YYYY-MM-DD", value);
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw validationError(key, "is not a real calendar date", value);
  }
  return value;
}

function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(",").map((s) => Number(s.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
    throw validationError("bbox", "must be four numbers west,south,east,north in degrees", value);
  }
  const [w, s, e, n] = parts;
  if (w < -180 || e > 180 || w > e) throw validationError("bbox", "west and east must lie within -180..180 with west <= east", value);
  if (s < -90 || n > 90 || s > n) throw validationError("bbox", "south and north must lie within -90..90 with south <= north", value);
  return [w, s, e, n];
}

function parseBool(key: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (["1", "true", "yes"].includes(value.toLowerCase())) return true;
  if (["0", "false", "no"].includes(value.toLowerCase())) return false;
  throw validationError(key, "must be true or false", value);
}

export function parseNonNegativeInt(key: string, value: string): number {
  if (!/^\d+$/.test(value)) throw validationError(key, "must be a whole number >= 0", value);
  return Number(value);
}

/** The filters of `conflictwatch events`, read from a query string. */
export function parseEventFilter(query: RawQuery): EventFilter {
  const filter: EventFilter = {};
  const from = one(query, "from");
  const to = one(query, "to");
  if (from !== undefined) filter.from = parseIsoDate("from", from);
  if (to !== undefined) filter.to = parseIsoDate("to", to);
  if (filter.from && filter.to && filter.from > filter.to) {
    throw validationError("from", `must not be after to (${filter.to})`, filter.from);
  }
  for (const key of ["country", "admin1", "admin2", "actor", "q"] as const) {
    const v = one(query, key);
    if (v === undefined) continue;
    if (v.length > 200) throw validationError(key, "is longer than 200 characters");
    filter[key] = v.trim();
  }
  const types = many(query, "type");
  for (const t of types) {
    if (!(EVENT_TYPES as readonly string[]).includes(t) && !isSubEventType(t)) {
      throw validationError("type", `"${t}" is not an ACLED event type or sub-event type`, { allowed_event_types: EVENT_TYPES });
    }
  }
  if (types.length > 0) filter.types = types;
  const minF = one(query, "min_fatalities") ?? one(query, "min-fatalities");
  if (minF !== undefined) filter.minFatalities = parseNonNegativeInt("min_fatalities", minF);
  const bbox = one(query, "bbox");
  if (bbox !== undefined) filter.bbox = parseBbox(bbox);
  const ver = many(query, "verification");
  for (const v of ver) {
    if (!(VERIFICATIONS as readonly string[]).includes(v)) {
      throw validationError("verification", `"${v}" is not one of ${VERIFICATIONS.join(", ")}`, v);
    }
  }
  if (ver.length > 0) filter.verification = ver as Verification[];
  const rejected = parseBool("include_rejected", one(query, "include_rejected"));
  if (rejected !== undefined) filter.includeRejected = rejected;
  return filter;
}

export function parsePage(query: RawQuery): PageRequest {
  const limitText = one(query, "limit");
  const limit = limitText === undefined ? 50 : parseNonNegativeInt("limit", limitText);
  if (limit < 1 || limit > MAX_PAGE) throw validationError("limit", `must be between 1 and ${MAX_PAGE}`, limitText);
  const sort = one(query, "sort") ?? "date_desc";
  if (!(SORTS as readonly string[]).includes(sort)) throw validationError("sort", `must be one of ${SORTS.join(", ")}`, sort);
  const cursor = one(query, "cursor") ?? null;
  return { limit, cursor, sort: sort as EventSort };
}

export function parseStatsGroups(query: RawQuery): StatsGroup[] {
  const groups = many(query, "group");
  if (groups.length === 0) return ["week"];
  for (const g of groups) {
    if (!(STATS_GROUPS as readonly string[]).includes(g)) throw validationError("group", `"${g}" is not one of ${STATS_GROUPS.join(", ")}`, g);
  }
  return [...new Set(groups)] as StatsGroup[];
}

/** Rejects query keys the route does not know, naming them. */
export function rejectUnknownKeys(query: RawQuery, allowed: readonly string[]): void {
  const unknown = Object.keys(query).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    throw validationError(unknown[0], `unknown query parameter; allowed: ${allowed.join(", ")}`, unknown);
  }
}

export function queryValue(query: RawQuery, key: string): string | undefined {
  return one(query, key);
}
