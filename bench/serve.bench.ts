/**
 * HTTP API and dashboard speed (issue: p95 of /api/events with bbox + date + type and of
 * /api/stats by week at most 50 ms each on SQLite with 1,000,000 events):
 * - builds (once, then reuses) a SQLite database of synthetic events in the temp folder;
 * - p50/p95 of in-process requests (`app.inject`: routing, validation, store, JSON) for the
 *   filtered event list, stats by week (whole database and filtered), and map points;
 * - the dashboard bundle's size, and the time to first map render in headless Chromium
 *   over a year of events (about 90,000 points).
 * SERVE_BENCH_EVENTS changes the size; SERVE_BENCH_DB the database file.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultMergePolicy } from "../src/merge/index.js";
import { buildServer } from "../src/serve/index.js";
import { openStore } from "../src/store/index.js";
import { fillBenchStore, seededRandom } from "./serve-bench-data.js";

const REPO = [resolve(dirname(fileURLToPath(import.meta.url)), ".."), resolve(dirname(fileURLToPath(import.meta.url)), "..", "..")].find((d) => existsSync(join(d, "package.json")))!;
const TOTAL = Number(process.env.SERVE_BENCH_EVENTS ?? 1_000_000);
const DB = process.env.SERVE_BENCH_DB ?? join(tmpdir(), `conflictwatch-serve-bench-${TOTAL}.db`);
const CHROMIUM = "/usr/bin/chromium";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeRequests(label: string, urls: string[], send: (url: string) => Promise<{ statusCode: number; body: string }>): Promise<void> {
  // The first two are warm-up (query plans, page cache) and not measured.
  for (const url of urls.slice(0, 2)) await send(url);
  const measured = urls.slice(2);
  const times: number[] = [];
  let bytes = 0;
  for (const url of measured) {
    const t0 = performance.now();
    const res = await send(url);
    times.push(performance.now() - t0);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    bytes += res.body.length;
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(
    `${label.padEnd(44)} n=${measured.length}  p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${times[times.length - 1].toFixed(1)} ms  ` +
      `avg body ${(bytes / measured.length / 1024).toFixed(1)} KiB${p95 <= 50 ? "" : "  (over the 50 ms target)"}`,
  );
}

function filteredListUrls(n: number): string[] {
  const random = seededRandom(42);
  const types = ["Battles", "Violence against civilians", "Explosions/Remote violence"];
  return Array.from({ length: n }, () => {
    const w = -6 + random() * 12;
    const s = 10 + random() * 8;
    const year = 2015 + Math.floor(random() * 11);
    const month = 1 + Math.floor(random() * 9);
    const from = `${year}-${String(month).padStart(2, "0")}-01`;
    const to = `${year}-${String(month + 3).padStart(2, "0")}-28`;
    const type = types[Math.floor(random() * types.length)];
    return `/api/events?bbox=${w.toFixed(2)},${s.toFixed(2)},${(w + 3).toFixed(2)},${(s + 3).toFixed(2)}&from=${from}&to=${to}&type=${encodeURIComponent(type)}&limit=50`;
  });
}

function dirSize(dir: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push([p.slice(dir.length + 1), statSync(p).size]);
    }
  };
  walk(dir);
  return out;
}

/** A fresh build of the current sources (dist/ may be stale). */
async function dashboardBundle(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "cw-bench-dashboard-"));
  const { build } = await import("vite");
  await build({ configFile: join(REPO, "src/serve/dashboard/vite.config.ts"), logLevel: "error", build: { outDir: out, emptyOutDir: true } });
  return out;
}

async function firstMapRender(url: string): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`time to first map render: skipped (${CHROMIUM} is absent)`);
    return;
  }
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(tmpdir(), "cw-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForSelector(".map[data-points]", { timeout: 120_000 });
    await page.waitForSelector(".map[data-idle-at]", { timeout: 120_000 });
    const points = await page.getAttribute(".map", "data-points");
    const ms = performance.now() - t0;
    // Split server time (the points answer) from the browser's share (parse, cluster, draw).
    const pointsArrived = await page.evaluate(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) => e.name.includes("/api/map/points"))?.responseEnd ?? 0);
    const idleAt = Number(await page.getAttribute(".map", "data-idle-at"));
    // Pan a few times and time until the map is idle again: does it stay smooth?
    const pans: number[] = [];
    for (const [dx, dy] of [[200, 0], [0, 150], [-200, 0], [0, -150]]) {
      const p0 = performance.now();
      // Listen for idle before panning: a pan without animation may finish within the same task.
      await page.evaluate(
        ([x, y]) =>
          new Promise<void>((resolve) => {
            const map = (window as unknown as { __map: { once(e: string, f: () => void): void; panBy(o: [number, number], a: object): void } }).__map;
            map.once("idle", () => resolve());
            map.panBy([x, y], { animate: false });
          }),
        [dx, dy],
      );
      pans.push(performance.now() - p0);
    }
    console.log(
      `time to first map render: ${ms.toFixed(0)} ms for ${Number(points).toLocaleString("en")} points (navigation to map idle, headless Chromium, software GL): ` +
        `points answer complete at ${pointsArrived.toFixed(0)} ms, drawn ${(idleAt - pointsArrived).toFixed(0)} ms later; pan to idle ${pans.map((p) => p.toFixed(0)).join(", ")} ms`,
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export default async function serveBench(): Promise<void> {
  mkdirSync(dirname(DB), { recursive: true });
  let store = await openStore(DB);
  let count = await store.countEvents({});
  if (count < TOTAL) {
    await store.close();
    rmSync(DB, { force: true });
    const t0 = performance.now();
    await fillBenchStore(DB, TOTAL, 2_000, (done) => {
      if (done % 100_000 === 0) process.stdout.write(`  filled ${done.toLocaleString("en")} events, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    });
    console.log(`built ${DB} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    store = await openStore(DB);
    count = await store.countEvents({});
  }
  // Other work on the machine inflates every figure; say how busy it was.
  console.log(`store: SQLite ${DB}, ${count.toLocaleString("en")} events; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores`);

  const dashboardDir = await dashboardBundle();
  const app = await buildServer(
    { store, policy: defaultMergePolicy, submitReport: async () => Promise.reject(new Error("not in the benchmark")), writeEvents: async () => 0 },
    { host: "127.0.0.1", port: 0, token: null, openMode: false, dashboardDir },
  );
  const send = (url: string) => app.inject({ method: "GET", url });
  try {
    await timeRequests("/api/events bbox + 3 months + type", filteredListUrls(62), send);
    // The first answer is computed by the store; the same question again is served from the
    // aggregate cache until the data changes.
    const c0 = performance.now();
    await send("/api/stats?group=week");
    console.log(`/api/stats?group=week (all events), uncached:  ${(performance.now() - c0).toFixed(1)} ms`);
    await timeRequests("/api/stats?group=week (all events), cached", Array.from({ length: 42 }, () => "/api/stats?group=week"), send);
    const statsFiltered = filteredListUrls(42).map((u) => u.replace("/api/events?", "/api/stats?group=week&").replace("&limit=50", ""));
    await timeRequests("/api/stats?group=week bbox + date + type", statsFiltered, send);
    await timeRequests("/api/map/points one country, one year", Array.from({ length: 5 }, () => "/api/map/points?country=BFA&from=2024-01-01&to=2024-12-31"), send);

    const files = dirSize(dashboardDir);
    const total = files.reduce((s, [, n]) => s + n, 0);
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(`dashboard bundle: ${kib(total)} in ${files.length} files (${files.map(([f, n]) => `${f} ${kib(n)}`).join(", ")})`);

    const base = await app.listen({ host: "127.0.0.1", port: 0 });
    await firstMapRender(`${base}?from=2024-01-01&to=2024-12-31`);
  } finally {
    await app.close();
    await store.close();
  }
}
