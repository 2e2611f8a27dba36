import type { FastifyInstance } from "fastify";
import type { AlertRule, AlertRuleInput } from "../../domain/alerts.js";
import { AppError } from "../../domain/errors.js";
import type { EventFilter } from "../../domain/store.js";
import type { ServeDeps } from "../index.js";
import { notFound } from "./error-shape.js";
import { FILTER_KEYS, parseEventFilter, parseNonNegativeInt, queryValue, rejectUnknownKeys, type RawQuery } from "./query-filters.js";

/**
 * Situation reports and alert rules over HTTP: the dashboard's "report for this
 * view" and rule management. Both are optional collaborators (the report and
 * alerts modules), injected by the CLI; without them the routes answer 501.
 */
export interface BriefingDeps {
  renderReportHtml(filter: EventFilter, options: { title?: string; preparedFor?: string }): Promise<string>;
  printReportPdf(html: string): Promise<Uint8Array>;
}

export interface AlertRulesDeps {
  listRules(): Promise<AlertRule[]>;
  addRule(input: AlertRuleInput): Promise<AlertRule>;
  getRule(idOrName: string): Promise<AlertRule | null>;
  removeRule(idOrName: string): Promise<boolean>;
  /** Validates a JSON body into a rule; throws AppError/InputError with a clear message. */
  parseRuleInput(body: unknown): AlertRuleInput;
  /** Stored events that would have fired the rule. */
  testRule(rule: AlertRule, filter: EventFilter): Promise<unknown[]>;
  listFired(options: { ruleId?: string; eventId?: string; limit?: number }): Promise<unknown[]>;
  listDeliveries(options: { alertId?: string; ruleId?: string; limit?: number }): Promise<unknown[]>;
  /** Hides webhook secrets. */
  redactRule(rule: AlertRule): unknown;
}

/** Watched sources with their polling state and, on PostgreSQL, queue depths and parked jobs. */
export interface SourcesDeps {
  /** All sources, or the one named by id or name (null when there is no such source). */
  overview(source?: string): Promise<unknown | null>;
}

function unavailable(what: string): AppError {
  return new AppError("not_available", 501, `${what} is not available on this server`);
}

function reportOptions(query: RawQuery): { title?: string; preparedFor?: string } {
  const title = queryValue(query, "title");
  const preparedFor = queryValue(query, "prepared_for");
  return { ...(title ? { title } : {}), ...(preparedFor ? { preparedFor } : {}) };
}

export function registerBriefingRoutes(app: FastifyInstance, deps: ServeDeps): void {
  const briefing = deps.briefing;
  const alerts = deps.alertRules;

  app.get("/api/report.html", async (request, reply) => {
    if (!briefing) throw unavailable("the situation report");
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, [...FILTER_KEYS, "title", "prepared_for"]);
    const html = await briefing.renderReportHtml(parseEventFilter(query), reportOptions(query));
    return reply.type("text/html; charset=utf-8").send(html);
  });

  app.get("/api/report.pdf", async (request, reply) => {
    if (!briefing) throw unavailable("the situation report");
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, [...FILTER_KEYS, "title", "prepared_for"]);
    const html = await briefing.renderReportHtml(parseEventFilter(query), reportOptions(query));
    const pdf = await briefing.printReportPdf(html);
    return reply.type("application/pdf").header("content-disposition", 'attachment; filename="situation-report.pdf"').send(Buffer.from(pdf));
  });

  app.get("/api/sources", async (request) => {
    if (!deps.sources) throw unavailable("source watching");
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, ["source"]);
    const which = queryValue(query, "source");
    const overview = await deps.sources.overview(which);
    if (overview === null) throw notFound("source", which ?? "");
    return overview;
  });

  app.get("/api/alerts/rules", async () => {
    if (!alerts) throw unavailable("alerting");
    return { rules: (await alerts.listRules()).map((r) => alerts.redactRule(r)) };
  });

  app.post("/api/alerts/rules", async (request, reply) => {
    if (!alerts) throw unavailable("alerting");
    const rule = await alerts.addRule(alerts.parseRuleInput(request.body));
    return reply.code(201).send({ rule: alerts.redactRule(rule) });
  });

  app.delete("/api/alerts/rules/:id", async (request) => {
    if (!alerts) throw unavailable("alerting");
    const { id } = request.params as { id: string };
    if (!(await alerts.removeRule(id))) throw notFound("alert rule", id);
    return { removed: id };
  });

  app.get("/api/alerts/rules/:id/test", async (request) => {
    if (!alerts) throw unavailable("alerting");
    const { id } = request.params as { id: string };
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, FILTER_KEYS);
    const rule = await alerts.getRule(id);
    if (!rule) throw notFound("alert rule", id);
    return { rule: alerts.redactRule(rule), would_fire: await alerts.testRule(rule, parseEventFilter(query)) };
  });

  app.get("/api/alerts/fired", async (request) => {
    if (!alerts) throw unavailable("alerting");
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, ["rule", "event", "limit"]);
    const limit = queryValue(query, "limit");
    return {
      alerts: await alerts.listFired({
        ruleId: queryValue(query, "rule"),
        eventId: queryValue(query, "event"),
        limit: limit ? parseNonNegativeInt("limit", limit) : 100,
      }),
    };
  });

  app.get("/api/alerts/deliveries", async (request) => {
    if (!alerts) throw unavailable("alerting");
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, ["alert", "rule", "limit"]);
    const limit = queryValue(query, "limit");
    return {
      deliveries: await alerts.listDeliveries({
        alertId: queryValue(query, "alert"),
        ruleId: queryValue(query, "rule"),
        limit: limit ? parseNonNegativeInt("limit", limit) : 100,
      }),
    };
  });
}
