import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** dist/dashboard of the repository this file belongs to, whether run from src/ (tests) or dist/src/ (built). */
export function defaultDashboardDir(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "dist", "dashboard");
    dir = resolve(dir, "..");
  }
  return null;
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>conflictwatch: dashboard not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The dashboard has not been built</h1>
<p>The API is running (see <a href="/api/openapi.json">/api/openapi.json</a>), but the dashboard's files are missing.</p>
<p>Run <code>npm run build</code> in the conflictwatch folder, then restart the server.</p>
</body></html>`;

/** Serves the built single-page app, or a page saying how to build it. */
export async function registerDashboard(app: FastifyInstance, dashboardDir: string | null): Promise<void> {
  if (dashboardDir && existsSync(join(dashboardDir, "index.html"))) {
    await app.register(fastifyStatic, { root: dashboardDir, prefix: "/", index: ["index.html"], wildcard: true, cacheControl: true, maxAge: "1h" });
    return;
  }
  app.get("/", async (_request, reply) => {
    reply.status(503).header("content-type", "text/html; charset=utf-8");
    return NOT_BUILT;
  });
}
