import { EVENT_TYPES, type EventFilter, type StatsGroup, type StatsRow } from "../domain/index.js";
import type { SqlExecutor } from "./sql-db.js";

/**
 * SQLite keeps `event_day_stats` (events and fatalities per day, event type, country and
 * review status) and `event_week_stats` (the same per week and month), maintained by triggers. Week, month, event-type and country counts
 * whose filter only uses dates, country, event types (not sub-types) and
 * includeRejected are read from it: a few thousand rows instead of up to millions.
 * Anything else returns null and the caller scans the events.
 */

const ROLLUP_GROUPS: Partial<Record<StatsGroup, string>> = { week: "week", month: "month", event_type: "event_type", country: "country" };
const ROLLUP_FILTERS = new Set(["from", "to", "country", "types", "includeRejected"]);

/** WHERE clause over event_day_stats for a filter it can answer, or null. */
function rollupWhere(filter: EventFilter): { where: string[]; params: unknown[] } | null {
  const used = Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0));
  if (used.some(([k]) => !ROLLUP_FILTERS.has(k))) return null;
  if (filter.types && filter.types.some((t) => !(EVENT_TYPES as readonly string[]).includes(t))) return null;
  if ((filter.from && !/^\d{4}-\d{2}-\d{2}$/.test(filter.from)) || (filter.to && !/^\d{4}-\d{2}-\d{2}$/.test(filter.to))) return null;
  const where: string[] = [];
  const params: unknown[] = [];
  if (!filter.includeRejected) where.push(`review_status <> 'rejected'`);
  if (filter.from) {
    where.push(`event_date >= ?`);
    params.push(filter.from);
  }
  if (filter.to) {
    where.push(`event_date <> '' AND event_date <= ?`);
    params.push(filter.to);
  }
  if (filter.country) {
    where.push(`(lower(country) = lower(?) OR iso3 = upper(?))`);
    params.push(filter.country, filter.country);
  }
  if (filter.types && filter.types.length > 0) {
    where.push(`event_type IN (${filter.types.map(() => "?").join(", ")})`);
    params.push(...filter.types);
  }
  return { where, params };
}

export async function statsFromRollup(db: SqlExecutor, filter: EventFilter, group: StatsGroup): Promise<StatsRow[] | null> {
  const column = ROLLUP_GROUPS[group];
  const clause = column ? rollupWhere(filter) : null;
  if (!column || !clause) return null;
  // Without a date bound the weekly table (a few thousand rows) answers; with one, the daily table.
  const table = filter.from || filter.to ? "event_day_stats" : "event_week_stats";
  const rows = await db.all<{ key: string; events: number; fatalities: number }>(
    `SELECT ${column} AS key, sum(events) AS events, sum(fatalities) AS fatalities FROM ${table}
     WHERE ${[`${column} <> ''`, ...clause.where].join(" AND ")} GROUP BY ${column} HAVING sum(events) > 0`,
    clause.params,
  );
  return rows.map((r) => ({ key: r.key, events: Number(r.events), fatalities: Number(r.fatalities) }));
}

export async function countFromRollup(db: SqlExecutor, filter: EventFilter): Promise<number | null> {
  const clause = rollupWhere(filter);
  if (!clause) return null;
  const table = filter.from || filter.to ? "event_day_stats" : "event_week_stats";
  const rows = await db.all<{ n: number | null }>(
    `SELECT sum(events) AS n FROM ${table} WHERE ${clause.where.length > 0 ? clause.where.join(" AND ") : "1 = 1"}`,
    clause.params,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Time groups in time order; the others by count, largest first, then by key. */
export function sortStats(rows: StatsRow[], group: StatsGroup): StatsRow[] {
  const byKey = (a: StatsRow, b: StatsRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : (a.key2 ?? "") < (b.key2 ?? "") ? -1 : (a.key2 ?? "") > (b.key2 ?? "") ? 1 : 0);
  if (group === "week" || group === "month") return rows.sort(byKey);
  return rows.sort((a, b) => b.events - a.events || byKey(a, b));
}
