import Fastify, { type FastifyInstance } from "fastify";
import type { ConflictEvent } from "../domain/event.js";
import type { IngestOutcome, MergePolicy, Store } from "../domain/store.js";
import { accessPolicyFor, installAccessRules } from "./http/access-rules.js";
import { defaultDashboardDir, registerDashboard } from "./http/dashboard-static.js";
import { installErrorHandling } from "./http/error-shape.js";
import { OPENAPI } from "./http/openapi.js";
import { registerDocumentRoutes } from "./http/routes-documents.js";
import { registerEventRoutes } from "./http/routes-events.js";
import { registerBriefingRoutes, type AlertRulesDeps, type BriefingDeps, type SourcesDeps } from "./http/routes-briefing.js";
import { registerReviewRoutes } from "./http/routes-review.js";
import { registerStatsRoutes } from "./http/routes-stats.js";

/** A report pasted into the dashboard or POSTed to /api/documents. */
export interface PastedReport {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  published_at?: string;
  source?: string;
}

/** The server's collaborators, injected by pipeline/ (serve may not import other stages). */
export interface ServeDeps {
  store: Store;
  /** For review merge/split. */
  policy: MergePolicy;
  submitReport(input: PastedReport): Promise<{ outcome: IngestOutcome; events: ConflictEvent[] }>;
  writeEvents(events: AsyncIterable<ConflictEvent>, format: "csv" | "geojson" | "jsonl", out: NodeJS.WritableStream): Promise<number>;
  /** Situation reports for the current view (/api/report.html, /api/report.pdf); absent = 501. */
  briefing?: BriefingDeps;
  /** Alert rule management (/api/alerts/...); absent = 501. */
  alertRules?: AlertRulesDeps;
  /** Watched sources, polling state and parked jobs (/api/sources); absent = 501. */
  sources?: SourcesDeps;
  /**
   * Called with the ids of the events a review action changed (a correction can make an event
   * match an alert rule, a merge can change its toll). A failure is logged; the review stands.
   */
  afterReview?(eventIds: string[]): Promise<unknown>;
}

export interface ServeOptions {
  host: string;
  port: number;
  /** Writes (and, beyond loopback, reads) need it; null = no token. */
  token: string | null;
  /** Allow writes without a token; only accepted on a loopback host. */
  openMode: boolean;
  /** Default 2 MiB: a pasted HTML page fits, a runaway upload does not. */
  bodyLimitBytes?: number;
  /** Built dashboard folder; undefined = this repository's dist/dashboard; null = none. */
  dashboardDir?: string | null;
  /** Raster tile URL template for users who are online (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png). */
  tileUrl?: string | null;
}

export type { AlertRulesDeps, BriefingDeps, SourcesDeps } from "./http/routes-briefing.js";

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/** Builds the API and dashboard server without listening; tests use `app.inject()`. */
export async function buildServer(deps: ServeDeps, options: ServeOptions): Promise<FastifyInstance> {
  const access = accessPolicyFor(options.host, options.token, options.openMode);
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({ bodyLimit, logger: false, routerOptions: { ignoreTrailingSlash: true } });
  // Pasted reports may arrive as the page itself.
  app.addContentTypeParser(["text/html"], { parseAs: "string", bodyLimit }, (_req, body, done) => done(null, body));
  installErrorHandling(app, bodyLimit);
  installAccessRules(app, access);
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("x-content-type-options", "nosniff");
    return payload;
  });

  app.get("/api/openapi.json", async () => OPENAPI);
  app.get("/api/health", async () => ({ ok: true, store: deps.store.kind }));
  registerEventRoutes(app, deps);
  registerStatsRoutes(app, deps, options);
  registerDocumentRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerBriefingRoutes(app, deps);
  await registerDashboard(app, options.dashboardDir === undefined ? defaultDashboardDir() : options.dashboardDir);
  return app;
}

/** Builds, listens, and returns the address to print (`http://127.0.0.1:8080/`). */
export async function startServer(deps: ServeDeps, options: ServeOptions): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildServer(deps, options);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return { app, url: `http://${host}:${port}/` };
}
