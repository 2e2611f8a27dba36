import { InputError, type GeoPrecision, type MapPoint, type Verification } from "../domain/index.js";
import type { WhereClause } from "./filter-sql.js";
import type { SqlExecutor, Dialect } from "./sql-db.js";

/** More points than a browser can draw anyway; a guard against a runaway answer. */
export const MAP_POINTS_MAX_LIMIT = 1_000_000;

interface MapPointRow {
  id: string;
  latitude: number | string;
  longitude: number | string;
  event_type: string;
  fatalities: number | string;
  event_date: string | null;
  verification: Verification;
  place: string | null;
  geo_precision: number | string | null;
}

/**
 * geo_precision has no column of its own: it is read from the stored record, which is
 * what listEvents returns, so both agree. (A column would need a rewrite of every row.)
 */
function geoPrecisionSql(dialect: Dialect): string {
  return dialect === "sqlite"
    ? `json_extract(e.values_json, '$.location.geo_precision')`
    : `(e.values_json::json -> 'location' ->> 'geo_precision')`;
}

/**
 * Located events under a filter as map points, newest first (sort_date, seq descending:
 * the order of a date_desc listing), read from the events table's columns in one query.
 * No JSON record is parsed in JavaScript and no sources are loaded, which is what made
 * paging through listEvents slow for tens of thousands of points.
 */
export async function selectMapPoints(db: SqlExecutor, dialect: Dialect, where: WhereClause, limit: number): Promise<MapPoint[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAP_POINTS_MAX_LIMIT) {
    throw new InputError("limit", `expected an integer from 1 to ${MAP_POINTS_MAX_LIMIT}`);
  }
  const rows = await db.all<MapPointRow>(
    `SELECT e.id, e.latitude, e.longitude, e.event_type,
       coalesce(e.fatalities_best, e.fatalities_low, 0) AS fatalities,
       e.event_date, e.verification, e.location_name AS place, ${geoPrecisionSql(dialect)} AS geo_precision
     FROM events e
     WHERE ${where.sql} AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL
     ORDER BY e.sort_date DESC, e.seq DESC
     LIMIT ${limit}`,
    where.params,
  );
  return rows.map((r) => ({
    id: r.id,
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
    event_type: r.event_type,
    fatalities: Number(r.fatalities),
    event_date: r.event_date,
    verification: r.verification,
    place: r.place,
    geo_precision: r.geo_precision === null ? null : (Number(r.geo_precision) as GeoPrecision),
  }));
}
