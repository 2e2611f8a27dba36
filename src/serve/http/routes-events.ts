import { PassThrough } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ConflictEvent } from "../../domain/event.js";
import type { EventFilter, EventPage, MapPoint, StoredDocument } from "../../domain/store.js";
import type { ServeDeps } from "../index.js";
import { notFound, validationError } from "./error-shape.js";
import { FILTER_KEYS, parseEventFilter, parseNonNegativeInt, parsePage, queryValue, rejectUnknownKeys, type RawQuery } from "./query-filters.js";

type ExportFormat = "csv" | "geojson" | "jsonl";
const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  geojson: "application/geo+json",
  jsonl: "application/x-ndjson",
};

/** `format` wins over `Accept`; JSON pages are the default. */
function wantedFormat(request: FastifyRequest, query: RawQuery): "json" | ExportFormat {
  const format = queryValue(query, "format");
  if (format !== undefined) {
    if (format === "json" || format === "csv" || format === "geojson" || format === "jsonl") return format;
    throw validationError("format", "must be one of json, csv, geojson, jsonl", format);
  }
  const accept = (request.headers.accept ?? "").toLowerCase();
  if (accept.includes("text/csv")) return "csv";
  if (accept.includes("application/geo+json")) return "geojson";
  if (accept.includes("application/x-ndjson") || accept.includes("application/jsonl")) return "jsonl";
  return "json";
}

export function streamExport(deps: ServeDeps, reply: FastifyReply, filter: EventFilter, format: ExportFormat, download: boolean): FastifyReply {
  const out = new PassThrough();
  reply.header("content-type", CONTENT_TYPES[format]);
  if (download) reply.header("content-disposition", `attachment; filename="conflictwatch-events.${format === "geojson" ? "geojson" : format}"`);
  deps.writeEvents(deps.store.iterateEvents(filter), format, out).then(
    () => out.end(),
    (err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))),
  );
  return reply.send(out);
}

/** The documents behind an event, so the UI can show each report and highlight its evidence. */
async function sourceDocuments(deps: ServeDeps, event: ConflictEvent): Promise<StoredDocument[]> {
  const ids = [...new Set(event.sources.map((s) => s.document_id))];
  const docs = await Promise.all(ids.map((id) => deps.store.getDocument(id)));
  return docs.filter((d): d is StoredDocument => d !== null);
}

const EVENT_LIST_KEYS = [...FILTER_KEYS, "limit", "cursor", "sort", "format", "download", "total"];

export function registerEventRoutes(app: FastifyInstance, deps: ServeDeps): void {
  app.get("/api/events", async (request, reply) => {
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, EVENT_LIST_KEYS);
    const filter = parseEventFilter(query);
    const format = wantedFormat(request, query);
    if (format !== "json") return streamExport(deps, reply, filter, format, queryValue(query, "download") === "1");
    const page = parsePage(query);
    const result = await deps.store.listEvents(filter, page);
    const total = queryValue(query, "total") === "true" ? await deps.store.countEvents(filter) : undefined;
    return { events: result.events, next_cursor: result.next_cursor, ...(total === undefined ? {} : { total }) };
  });

  app.get("/api/events/:id", async (request) => {
    const { id } = request.params as { id: string };
    rejectUnknownKeys(request.query as RawQuery, []);
    const event = await deps.store.getEvent(id);
    if (!event) throw notFound("event", id);
    const [documents, audit] = await Promise.all([sourceDocuments(deps, event), deps.store.auditLog(id)]);
    return { event, documents, audit };
  });

  app.get("/api/documents/:id", async (request) => {
    const { id } = request.params as { id: string };
    const doc = await deps.store.getDocument(id);
    if (!doc) throw notFound("document", id);
    return { document: doc };
  });

  /**
   * Compact points for the map: one feature per located event with only what the map draws,
   * newest first, at most `limit` (default 100,000) so a browser stays smooth; the answer says
   * when it was cut. Streamed, so a large answer never becomes one giant string in memory.
   */
  app.get("/api/map/points", async (request, reply) => {
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, [...FILTER_KEYS, "limit"]);
    const filter = parseEventFilter(query);
    const limitText = queryValue(query, "limit");
    const limit = limitText === undefined ? MAP_POINTS_DEFAULT : parseNonNegativeInt("limit", limitText);
    if (limit < 1 || limit > MAP_POINTS_MAX) throw validationError("limit", `must be between 1 and ${MAP_POINTS_MAX}`, limitText);
    const out = new PassThrough();
    reply.header("content-type", "application/geo+json");
    void writePoints(deps, filter, limit, out);
    return reply.send(out);
  });
}

export const MAP_POINTS_DEFAULT = 100_000;
export const MAP_POINTS_MAX = 250_000;
const POINTS_PAGE = 5_000;

/** The old path for a store without mapPoints: full events, page by page, reduced to points. */
async function* pointsFromListing(deps: ServeDeps, filter: EventFilter, wanted: number): AsyncGenerator<MapPoint[]> {
  let cursor: string | null = null;
  let seen = 0;
  do {
    const page: EventPage = await deps.store.listEvents(filter, { limit: Math.min(POINTS_PAGE, wanted - seen), cursor, sort: "date_desc" });
    const points: MapPoint[] = [];
    for (const e of page.events) {
      const loc = e.location;
      if (!loc || loc.latitude === null || loc.longitude === null) continue;
      points.push({
        id: e.id,
        latitude: loc.latitude,
        longitude: loc.longitude,
        event_type: e.event_type,
        fatalities: e.fatalities.best ?? e.fatalities.low ?? 0,
        event_date: e.event_date,
        verification: e.verification,
        place: loc.name,
        geo_precision: loc.geo_precision,
      });
    }
    seen += points.length;
    yield points;
    cursor = seen < wanted ? page.next_cursor : null;
  } while (cursor);
}

/**
 * Points in batches, newest first, at most `wanted`: one query of compact rows when the
 * store offers mapPoints (tens of thousands of points in well under a second at a million
 * events), else full events page by page.
 */
async function* pointBatches(deps: ServeDeps, filter: EventFilter, wanted: number): AsyncGenerator<MapPoint[]> {
  if (deps.store.mapPoints) yield await deps.store.mapPoints(filter, wanted);
  else yield* pointsFromListing(deps, filter, wanted);
}

async function writePoints(deps: ServeDeps, filter: EventFilter, limit: number, out: PassThrough): Promise<void> {
  try {
    out.write('{"type":"FeatureCollection","features":[');
    let written = 0;
    let truncated = false;
    let buffer = "";
    // One point beyond the limit tells whether the answer was cut.
    for await (const points of pointBatches(deps, filter, limit + 1)) {
      for (const p of points) {
        if (written === limit) {
          truncated = true;
          break;
        }
        const feature = {
          type: "Feature",
          geometry: { type: "Point", coordinates: [p.longitude, p.latitude] },
          properties: { id: p.id, type: p.event_type, fat: p.fatalities, date: p.event_date, ver: p.verification, place: p.place, prec: p.geo_precision },
        };
        buffer += (written === 0 ? "" : ",") + JSON.stringify(feature);
        written += 1;
        if (buffer.length > 64_000) {
          if (!out.write(buffer)) await new Promise((r) => out.once("drain", r));
          buffer = "";
        }
      }
      if (truncated) break;
    }
    out.end(`${buffer}],"truncated":${truncated},"limit":${limit}}`);
  } catch (err) {
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  }
}
