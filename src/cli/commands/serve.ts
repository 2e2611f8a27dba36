import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Store } from "../../domain/index.js";
import { InputError } from "../../domain/index.js";
import { writeEvents } from "../../export/index.js";
import { alertRulesApi, loadServices, openAlertsSession, submitReportCheckingAlerts, type Services } from "../../pipeline/index.js";
import { sourcesOverview } from "../../pipeline/jobs/index.js";
import { printReportPdf, renderReportHtml } from "../../report/index.js";
import { openSourceRegistry } from "../../store/sources/index.js";
import { buildServer } from "../../serve/index.js";
import type { CliCommand, CliContext, OptionValues } from "../command.js";
import { UsageError } from "../command.js";
import { packageRoot } from "../package-root.js";
import { parseNonNegativeInteger, stringOption } from "../option-values.js";
import { DB_OPTION, DB_OPTION_HELP, withStore } from "../store-session.js";

export const SERVE_OPTIONS = {
  ...DB_OPTION,
  host: { type: "string" },
  port: { type: "string" },
  token: { type: "string" },
  open: { type: "boolean" },
  "tile-url": { type: "string" },
} as const;

export const SERVE_OPTION_HELP: Record<string, string> = {
  ...DB_OPTION_HELP,
  host: "address to listen on (default 127.0.0.1; anything else requires --token)",
  port: "port (default $CONFLICTWATCH_PORT, else 8765)",
  token: "token required for writes (default $CONFLICTWATCH_TOKEN)",
  open: "allow writes without a token; only when listening on loopback",
  "tile-url": "optional raster tile URL template for users who are online, e.g. https://tile.example/{z}/{x}/{y}.png",
};

export const command: CliCommand = {
  name: "serve",
  summary: "serve the analyst dashboard and the HTTP API from the database",
  usage: ["serve [--port N] [--host 127.0.0.1] [--token T | --open] [--db LOCATION]"],
  options: SERVE_OPTIONS,
  optionHelp: SERVE_OPTION_HELP,
  allowPositionals: false,
  async run(values, _positionals, ctx) {
    const settings = serveSettings(values, ctx);
    const services = loadServices();
    await withStore(values, ctx, (store, location) => serveUntilStopped(store, services, settings, ctx, location));
    return 0;
  },
};

/** The built dashboard (dist/dashboard, made by `npm run build`), or null when it has not been built. */
function dashboardDir(): string | null {
  const dir = join(packageRoot(), "dist", "dashboard");
  return existsSync(join(dir, "index.html")) ? dir : null;
}

async function listenOrExplain(app: Awaited<ReturnType<typeof buildServer>>, host: string, port: number): Promise<string> {
  try {
    return await app.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    await app.close();
    if (code === "EADDRINUSE") throw new InputError(`${host}:${port}`, "the port is already in use: choose another with --port or $CONFLICTWATCH_PORT");
    if (code === "EACCES") throw new InputError(`${host}:${port}`, "not allowed to listen there (ports below 1024 need privileges): choose another with --port");
    if (code === "EADDRNOTAVAIL") throw new InputError(host, "this machine has no such address to listen on");
    throw error;
  }
}

/** Listens until SIGINT/SIGTERM, then closes the server (the caller closes the store). */
export interface ServeSettings {
  host: string;
  port: number;
  token: string | null;
  openMode: boolean;
  tileUrl: string | null;
}

/** Reads and checks the serve options before anything slow starts, so a refusal comes at once. */
export function serveSettings(values: OptionValues, ctx: CliContext): ServeSettings {
  const host = stringOption(values, "host") ?? ctx.env.CONFLICTWATCH_HOST ?? "127.0.0.1";
  const portText = stringOption(values, "port") ?? ctx.env.CONFLICTWATCH_PORT ?? "8765";
  const port = parseNonNegativeInteger("port", portText);
  const token = stringOption(values, "token") ?? ctx.env.CONFLICTWATCH_TOKEN ?? null;
  const openMode = Boolean(values.open);
  const loopback = host === "127.0.0.1" || host === "localhost" || host === "::1";
  if (openMode && !loopback) throw new UsageError("--open is only allowed when listening on loopback (127.0.0.1)");
  if (!loopback && !token) throw new UsageError(`listening on ${host} needs --token (or $CONFLICTWATCH_TOKEN)`);
  return { host, port, token, openMode, tileUrl: stringOption(values, "tile-url") ?? null };
}

export async function serveUntilStopped(store: Store, services: Services, settings: ServeSettings, ctx: CliContext, location: string): Promise<void> {
  const { host, port, token, openMode, tileUrl } = settings;
  const alertsSession = await openAlertsSession(location, store, ctx.env);
  const sourceRegistry = await openSourceRegistry(location);
  try {
    const { registry } = alertsSession;
    const app = await buildServer(
      {
        store,
        policy: services.policy,
        // A pasted report is checked against the alert rules like an ingested one.
        submitReport: (input) => submitReportCheckingAlerts(input, store, services, alertsSession),
        writeEvents,
        briefing: {
          renderReportHtml: (filter, options) => renderReportHtml(store, filter, options),
          printReportPdf: (html) => printReportPdf(html),
        },
        alertRules: alertRulesApi(registry, store),
        // A correction, merge or split can make an event match a rule, or change one that fired.
        afterReview: (eventIds) => alertsSession.check(eventIds),
      },
      { host, port, token, openMode, dashboardDir: dashboardDir(), tileUrl },
    );
    const address = await listenOrExplain(app, host, port);
    ctx.stdout.write(`conflictwatch dashboard and API at ${address.replace("[::1]", "localhost")}/  (Ctrl-C to stop)\n`);
    if (!token && !openMode) ctx.stdout.write("read-only: start with --open (loopback only) or --token to allow edits from the dashboard\n");
    await new Promise<void>((resolveStop) => {
      const stop = () => resolveStop();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await app.close();
  } finally {
    await alertsSession.close();
    await sourceRegistry.close();
  }
}
