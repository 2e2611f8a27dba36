import type { FastifyInstance, FastifyRequest } from "fastify";
import type { EventValues } from "../../domain/event.js";
import type { ReviewAction } from "../../domain/store.js";
import type { ServeDeps } from "../index.js";
import { BodyFields } from "./body-fields.js";
import { notFound, validationError } from "./error-shape.js";
import { CORRECTABLE_FIELDS, correctedValue } from "./correction-values.js";
import { queryValue, rejectUnknownKeys, type RawQuery } from "./query-filters.js";

/** The analyst's name: the body's `who`, else the X-Analyst header, else "anonymous". */
function who(fields: BodyFields, request: FastifyRequest): string {
  const fromBody = fields.optionalString("who", 100)?.trim();
  if (fromBody) return fromBody;
  const header = request.headers["x-analyst"];
  return typeof header === "string" && header.trim() !== "" ? header.trim().slice(0, 100) : "anonymous";
}

function why(fields: BodyFields): string | undefined {
  const text = fields.optionalString("why", 2_000)?.trim();
  return text ? text : undefined;
}

async function mustExist(deps: ServeDeps, id: string): Promise<void> {
  if (!(await deps.store.getEvent(id))) throw notFound("event", id);
}

/**
 * Review actions, one route each. The store records every change in the audit log
 * (who, when, before, after, why) and keeps it across re-extraction.
 */
export function registerReviewRoutes(app: FastifyInstance, deps: ServeDeps): void {
  const apply = async (action: ReviewAction) => {
    const events = await deps.store.review(action, deps.policy);
    try {
      await deps.afterReview?.(events.map((e) => e.id));
    } catch (error) {
      app.log.error({ err: error, action: action.kind }, "checking alert rules after a review failed; the review is stored");
    }
    return { action: action.kind, events };
  };

  app.post("/api/events/:id/confirm", async (request) => {
    const { id } = request.params as { id: string };
    const fields = new BodyFields(request.body ?? {}, ["who", "why"]);
    await mustExist(deps, id);
    return apply({ kind: "confirm", eventId: id, who: who(fields, request), why: why(fields) });
  });

  app.post("/api/events/:id/reject", async (request) => {
    const { id } = request.params as { id: string };
    const fields = new BodyFields(request.body ?? {}, ["who", "why"]);
    await mustExist(deps, id);
    return apply({ kind: "reject", eventId: id, who: who(fields, request), why: why(fields) });
  });

  app.post("/api/events/:id/correct", async (request) => {
    const { id } = request.params as { id: string };
    const fields = new BodyFields(request.body, ["field", "value", "who", "why"]);
    const field = fields.requiredString("field", 50);
    if (!(CORRECTABLE_FIELDS as readonly string[]).includes(field)) {
      throw validationError("field", `must be one of ${CORRECTABLE_FIELDS.join(", ")}`, field);
    }
    if (!fields.has("value")) throw validationError("value", "is required (use null to clear a field)");
    const value = correctedValue(field as keyof EventValues, fields.raw("value"));
    await mustExist(deps, id);
    return apply({ kind: "correct", eventId: id, field: field as keyof EventValues, value, who: who(fields, request), why: why(fields) });
  });

  app.post("/api/events/:id/merge", async (request) => {
    const { id } = request.params as { id: string };
    const fields = new BodyFields(request.body, ["with", "who", "why"]);
    const other = fields.requiredString("with", 200);
    if (other === id) throw validationError("with", "must name a different event than the one merged into");
    await mustExist(deps, id);
    await mustExist(deps, other);
    return apply({ kind: "merge", eventIds: [id, other], who: who(fields, request), why: why(fields) });
  });

  app.post("/api/events/:id/split", async (request) => {
    const { id } = request.params as { id: string };
    const fields = new BodyFields(request.body, ["document_ids", "who", "why"]);
    const documentIds = fields.stringArray("document_ids", 1_000);
    const event = await deps.store.getEvent(id);
    if (!event) throw notFound("event", id);
    const own = new Set(event.sources.map((s) => s.document_id));
    const foreign = documentIds.filter((d) => !own.has(d));
    if (foreign.length > 0) throw validationError("document_ids", "name documents that are sources of this event", foreign);
    if (documentIds.length >= own.size) throw validationError("document_ids", "must leave at least one source in the original event");
    return apply({ kind: "split", eventId: id, documentIds, who: who(fields, request), why: why(fields) });
  });

  app.get("/api/events/:id/audit", async (request) => {
    const { id } = request.params as { id: string };
    return { entries: await deps.store.auditLog(id) };
  });

  app.get("/api/audit", async (request) => {
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, ["event_id"]);
    return { entries: await deps.store.auditLog(queryValue(query, "event_id")) };
  });
}
