import { EVENT_TYPES } from "../../domain/taxonomy.js";
import { CORRECTABLE_FIELDS } from "./correction-values.js";
import { MAX_PAGE, SORTS, STATS_GROUPS, VERIFICATIONS } from "./query-filters.js";

/** OpenAPI 3.1 description of every route, served at /api/openapi.json. */

const q = (name: string, description: string, schema: object = { type: "string" }) => ({ name, in: "query", required: false, description, schema });
const pathId = (what: string) => ({ name: "id", in: "path", required: true, description: `${what} id`, schema: { type: "string" } });

const FILTERS = [
  q("from", "Earliest event date (inclusive), YYYY-MM-DD", { type: "string", format: "date" }),
  q("to", "Latest event date (inclusive), YYYY-MM-DD", { type: "string", format: "date" }),
  q("country", "Country name or ISO3"),
  q("admin1", "First-level division (region)"),
  q("admin2", "Second-level division (province / cercle)"),
  q("type", "Event type or sub-event type; repeat or comma-separate for several", { type: "string", examples: EVENT_TYPES }),
  q("actor", "Actor name (short or ACLED), matched as a case-insensitive substring on either side"),
  q("min_fatalities", "Minimum fatalities", { type: "integer", minimum: 0 }),
  q("bbox", "west,south,east,north in degrees", { type: "string", example: "-6,9,3,16" }),
  q("verification", `Comma-separated: ${VERIFICATIONS.join(", ")}`),
  q("q", "Full-text search over notes, source titles and document text"),
  q("include_rejected", "Also return events marked not an event", { type: "boolean" }),
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });
const ERRORS = {
  "400": { $ref: "#/components/responses/Error" },
  "401": { $ref: "#/components/responses/Error" },
  "403": { $ref: "#/components/responses/Error" },
  "404": { $ref: "#/components/responses/Error" },
  "413": { $ref: "#/components/responses/Error" },
  "500": { $ref: "#/components/responses/Error" },
};
const WHO_WHY = { who: { type: "string", description: "Analyst's name (else the X-Analyst header)" }, why: { type: "string" } };
const reviewBody = (properties: object, required: string[] = []) => ({
  required: true,
  content: { "application/json": { schema: { type: "object", additionalProperties: false, required, properties: { ...properties, ...WHO_WHY } } } },
});
const reviewResult = json({ type: "object", properties: { action: { type: "string" }, events: { type: "array", items: ref("Event") } } });

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "conflictwatch API",
    version: "0.1.0",
    description:
      "Coded, geolocated, deduplicated conflict events with their sources and evidence. Reads are open on loopback; writes need 'Authorization: Bearer <token>' (or open mode on loopback). Every error is {error: {code, message, details}}.",
  },
  servers: [{ url: "/" }],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: { error: { type: "object", required: ["code", "message", "details"], properties: { code: { type: "string" }, message: { type: "string" }, details: {} } } },
      },
      Event: { type: "object", description: "A stored event (see src/domain/event.ts): ACLED-style values, sources with their own values and evidence spans, review_status." },
      Document: { type: "object", description: "A stored document; `text` is the cleaned text the evidence spans point into." },
      StatsRow: { type: "object", properties: { key: { type: "string" }, key2: { type: "string" }, events: { type: "integer" }, fatalities: { type: "integer" } } },
      AuditEntry: { type: "object", properties: { id: { type: "integer" }, event_id: { type: "string" }, action: { type: "string" }, who: { type: "string" }, at: { type: "string" }, before: {}, after: {}, why: { type: ["string", "null"] } } },
    },
    responses: { Error: json(ref("Error"), "Error") },
  },
  paths: {
    "/api/events": {
      get: {
        summary: "List events (JSON pages, or CSV / GeoJSON / JSONL export of every match)",
        parameters: [
          ...FILTERS,
          q("sort", SORTS.join(" | ")),
          q("limit", `Page size 1..${MAX_PAGE} (default 50)`, { type: "integer" }),
          q("cursor", "next_cursor of the previous page"),
          q("format", "json | csv | geojson | jsonl (else from Accept: text/csv, application/geo+json, application/x-ndjson)"),
          q("download", "1 to answer as an attachment"),
          q("total", "true to include the total count"),
        ],
        responses: {
          "200": {
            description: "A page of events, or the export",
            content: {
              "application/json": { schema: { type: "object", properties: { events: { type: "array", items: ref("Event") }, next_cursor: { type: ["string", "null"] }, total: { type: "integer" } } } },
              "text/csv": {}, "application/geo+json": {}, "application/x-ndjson": {},
            },
          },
          ...ERRORS,
        },
      },
    },
    "/api/events/{id}": {
      get: {
        summary: "One event with every source, each source's values and evidence, the source documents' texts and the audit trail",
        parameters: [pathId("event")],
        responses: { "200": json({ type: "object", properties: { event: ref("Event"), documents: { type: "array", items: ref("Document") }, audit: { type: "array", items: ref("AuditEntry") } } }), ...ERRORS },
      },
    },
    "/api/documents/{id}": {
      get: { summary: "One stored document (cleaned text and metadata)", parameters: [pathId("document")], responses: { "200": json({ type: "object", properties: { document: ref("Document") } }), ...ERRORS } },
    },
    "/api/documents": {
      post: {
        summary: "Paste a report (text, HTML or URL): it is coded and stored by the same pipeline as `ingest`",
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { type: "object", additionalProperties: false, properties: { text: { type: "string" }, html: { type: "string" }, url: { type: "string" }, title: { type: "string" }, published_at: { type: "string", format: "date" }, source: { type: "string" } } } },
            "text/plain": { schema: { type: "string" } },
            "text/html": { schema: { type: "string" } },
          },
        },
        responses: { "201": json({ type: "object", properties: { outcome: { type: "object" }, events: { type: "array", items: ref("Event") } } }, "Stored"), "200": { description: "Already stored (duplicate)" }, "422": { $ref: "#/components/responses/Error" }, ...ERRORS },
      },
    },
    "/api/map/points": {
      get: { summary: "Compact GeoJSON points of located events for the map (id, type, fat, date, ver, place, prec), newest first; `truncated` says whether `limit` cut it", parameters: [...FILTERS, q("limit", "At most this many points (default 100000, max 250000)", { type: "integer" })], responses: { "200": { description: "FeatureCollection", content: { "application/geo+json": {} } }, ...ERRORS } },
    },
    "/api/stats": {
      get: {
        summary: "Counts and fatalities grouped by week (Monday), month, type, actor, admin1/admin2, actor pair or country, under the event filters",
        parameters: [...FILTERS, q("group", `Comma-separated: ${STATS_GROUPS.join(", ")} (default week)`)],
        responses: { "200": json({ type: "object", properties: { groups: { type: "object", additionalProperties: { type: "array", items: ref("StatsRow") } } } }), ...ERRORS },
      },
    },
    "/api/stats/weapons": {
      get: { summary: "Weapons captured: model, category, origin country, captor, from whom, where, when", parameters: FILTERS, responses: { "200": json({ type: "object", properties: { rows: { type: "array" } } }), ...ERRORS } },
    },
    "/api/stats/pair": {
      get: {
        summary: "One actor pair over time (e.g. a=IS Sahel, b=JNIM)",
        parameters: [...FILTERS, { ...q("a", "First actor"), required: true }, { ...q("b", "Second actor"), required: true }, q("interval", "week | month")],
        responses: { "200": json({ type: "object", properties: { rows: { type: "array", items: ref("StatsRow") }, events: { type: "array" } } }), ...ERRORS },
      },
    },
    "/api/meta": { get: { summary: "Vocabularies and facets for the dashboard's controls, tile URL, store kind, write mode", responses: { "200": json({ type: "object" }) } } },
    "/api/events/{id}/confirm": { post: { summary: "Confirm an event", security: [{ bearer: [] }], parameters: [pathId("event")], requestBody: reviewBody({}), responses: { "200": reviewResult, ...ERRORS } } },
    "/api/events/{id}/reject": { post: { summary: "Mark as not an event", security: [{ bearer: [] }], parameters: [pathId("event")], requestBody: reviewBody({}), responses: { "200": reviewResult, ...ERRORS } } },
    "/api/events/{id}/correct": {
      post: {
        summary: "Correct one field",
        security: [{ bearer: [] }],
        parameters: [pathId("event")],
        requestBody: reviewBody({ field: { type: "string", enum: CORRECTABLE_FIELDS }, value: { description: "New value; fatalities may be a number, actors a name" } }, ["field", "value"]),
        responses: { "200": reviewResult, ...ERRORS },
      },
    },
    "/api/events/{id}/merge": { post: { summary: "Merge another event into this one", security: [{ bearer: [] }], parameters: [pathId("event")], requestBody: reviewBody({ with: { type: "string" } }, ["with"]), responses: { "200": reviewResult, ...ERRORS } } },
    "/api/events/{id}/split": {
      post: { summary: "Split the named source documents off into a new event", security: [{ bearer: [] }], parameters: [pathId("event")], requestBody: reviewBody({ document_ids: { type: "array", items: { type: "string" } } }, ["document_ids"]), responses: { "200": reviewResult, ...ERRORS } },
    },
    "/api/events/{id}/audit": { get: { summary: "Audit trail of one event", parameters: [pathId("event")], responses: { "200": json({ type: "object", properties: { entries: { type: "array", items: ref("AuditEntry") } } }) } } },
    "/api/audit": { get: { summary: "Audit log (all events, or event_id=)", parameters: [q("event_id", "Only this event")], responses: { "200": json({ type: "object", properties: { entries: { type: "array", items: ref("AuditEntry") } } }), ...ERRORS } } },
    "/api/report.html": {
      get: { summary: "Situation report for the view (same filters as /api/events): one self-contained HTML briefing", parameters: [...FILTERS, q("title", "Heading"), q("prepared_for", "Organisation named in the masthead")], responses: { "200": { description: "HTML", content: { "text/html": {} } }, ...ERRORS } },
    },
    "/api/report.pdf": {
      get: { summary: "The same situation report printed to PDF by headless Chromium", parameters: [...FILTERS, q("title", "Heading"), q("prepared_for", "Organisation named in the masthead")], responses: { "200": { description: "PDF", content: { "application/pdf": {} } }, ...ERRORS } },
    },
    "/api/sources": {
      get: { summary: "Watched sources with polling state (last poll, errors, backoff) and, on PostgreSQL, queue depths and parked jobs with their errors", parameters: [q("source", "Only this source (id or name)")], responses: { "200": json({ type: "object" }), ...ERRORS } },
    },
    "/api/alerts/rules": {
      get: { summary: "Alert rules (webhook secrets hidden)", responses: { "200": json({ type: "object" }), ...ERRORS } },
      post: { summary: "Add an alert rule: {name, kind: match|first-actor-in-area|weekly-increase, criteria: {area, actors, types, minFatalities, verification, keywords}, channels: [{kind: webhook|email|log, ...}]}", security: [{ bearer: [] }], requestBody: { content: { "application/json": { schema: { type: "object" } } } }, responses: { "201": json({ type: "object" }), ...ERRORS } },
    },
    "/api/alerts/rules/{id}": {
      delete: { summary: "Remove an alert rule (by id or name); its fired alerts stay as history", security: [{ bearer: [] }], parameters: [pathId("alert rule")], responses: { "200": json({ type: "object" }), ...ERRORS } },
    },
    "/api/alerts/rules/{id}/test": {
      get: { summary: "Stored events that would have fired the rule (same filters as /api/events)", parameters: [pathId("alert rule"), ...FILTERS], responses: { "200": json({ type: "object" }), ...ERRORS } },
    },
    "/api/alerts/fired": {
      get: { summary: "Alerts fired (new and updates)", parameters: [q("rule", "Only this rule's"), q("event", "Only this event's"), q("limit", "At most this many (default 100)", { type: "integer" })], responses: { "200": json({ type: "object" }), ...ERRORS } },
    },
    "/api/alerts/deliveries": {
      get: { summary: "Delivery log: every attempt with its status", parameters: [q("alert", "Only this alert's"), q("rule", "Only this rule's"), q("limit", "At most this many (default 100)", { type: "integer" })], responses: { "200": json({ type: "object" }), ...ERRORS } },
    },
    "/api/openapi.json": { get: { summary: "This document", responses: { "200": json({ type: "object" }) } } },
  },
} as const;
