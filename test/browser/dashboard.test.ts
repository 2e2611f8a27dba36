import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/domain/index.js";
import { writeEvents } from "../../src/export/index.js";
import { alertRulesApi, loadServices, openAlertsSession, submitReportCheckingAlerts } from "../../src/pipeline/index.js";
import { buildServer, type ServeDeps } from "../../src/serve/index.js";
import { openStore } from "../../src/store/index.js";
import { HAS_SHARED, REPO_ROOT, SHARED_SKIP_REASON, sharedPath } from "../support/shared-data.js";

/**
 * The dashboard in real headless Chromium over the two seed reports, ingested through the
 * real pipeline by the paste route. Screenshots go to test-output/ (gitignored): look at them.
 */
const CHROMIUM = "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"];
const OUT = join(REPO_ROOT, "test-output");
const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Where EXPECTED.md says each seed event happened, and how far off a marker may be. */
const EXPECTED_PLACES = [
  { name: "Sole", lat: 14.133, lon: -2.109, km: 15 },
  { name: "Gnagna (province)", lat: 12.919, lon: 0.039, km: 60 },
  { name: "Djibo", lat: 14.099, lon: -1.626, km: 15 },
  { name: "Diapaga", lat: 12.073, lon: 1.788, km: 15 },
  { name: "Kaya / Kalamba", lat: 13.092, lon: -1.084, km: 25 },
];

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

interface RenderedPoint { id: string; place: string; type: string; lon: number; lat: number }

async function waitForIdleMap(page: Page): Promise<void> {
  await page.waitForSelector(".map[data-idle-at]", { timeout: 30_000 });
  // One more render after everything settled, so HTML labels drawn on idle are in place.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __map: { once(e: string, f: () => void): void; triggerRepaint(): void } }).__map;
        map.once("idle", () => resolve());
        map.triggerRepaint();
      }),
  );
}

async function renderedPoints(page: Page): Promise<RenderedPoint[]> {
  return page.evaluate(() => {
    const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): Array<{ properties: Record<string, string>; geometry: { coordinates: [number, number] } }> } }).__map;
    return map.queryRenderedFeatures({ layers: ["events"] }).map((f) => ({ id: f.properties.id, place: f.properties.place, type: f.properties.type, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
  });
}

describe.skipIf(!HAS_SHARED || !HAS_CHROMIUM)(`dashboard in headless Chromium (${!HAS_SHARED ? SHARED_SKIP_REASON : !HAS_CHROMIUM ? `skipped: ${CHROMIUM} is absent` : "seeds"})`, () => {
  let store: Store;
  let app: FastifyInstance;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let dashboardDir: string;
  let profileDir: string;
  let alertsSession: Awaited<ReturnType<typeof openAlertsSession>>;
  let deps: ServeDeps;
  /** Servers the browser may reach: the open one, and a read-only one over the same store. */
  const allowed: string[] = [];
  const extraApps: FastifyInstance[] = [];
  const external: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    dashboardDir = mkdtempSync(join(tmpdir(), "cw-dashboard-"));
    await build({ configFile: join(REPO_ROOT, "src/serve/dashboard/vite.config.ts"), logLevel: "error", build: { outDir: dashboardDir, emptyOutDir: true } });

    store = await openStore(":memory:");
    const services = loadServices();
    // Wired as `serve` wires it: a pasted report is checked against the alert rules.
    alertsSession = await openAlertsSession(":memory:", store, {});
    const { registry } = alertsSession;
    app = await buildServer(
      (deps = {
        store,
        policy: services.policy,
        submitReport: (input) => submitReportCheckingAlerts(input, store, services, alertsSession),
        writeEvents,
        alertRules: alertRulesApi(registry, store),
      }),
      { host: "127.0.0.1", port: 0, token: null, openMode: true, dashboardDir },
    );
    // The seeds go in the way an analyst would paste them. The second page has no date of its own.
    const seeds: Array<[string, string | undefined]> = [["000_9fb2e1ee7fd779b9.txt", undefined], ["003_759c32ae1b69e638.txt", "2025-05-13"]];
    for (const [file, published] of seeds) {
      const res = await app.inject({ method: "POST", url: "/api/documents", payload: { text: readFileSync(sharedPath("seeds", file), "utf8"), ...(published ? { published_at: published } : {}) } });
      expect(res.statusCode, res.body).toBe(201);
    }
    base = await app.listen({ host: "127.0.0.1", port: 0 });
    allowed.push(base);

    profileDir = mkdtempSync(join(tmpdir(), "cw-chromium-"));
    context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: CHROME_FLAGS, viewport: { width: 1400, height: 900 } });
    // Nothing may leave the machine: record and refuse any request not to our server.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (allowed.some((a) => url.startsWith(a)) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      external.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
  });

  afterAll(async () => {
    await context?.close();
    for (const extra of extraApps) await extra.close();
    await app?.close();
    await alertsSession?.close();
    await store?.close();
    for (const dir of [dashboardDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("draws a marker for each place the seed reports name, with labels, and no network access", async () => {
    await page.goto(base);
    await waitForIdleMap(page);
    await page.screenshot({ path: join(OUT, "dashboard-map.png") });
    const points = await renderedPoints(page);
    const missing: string[] = [];
    for (const want of EXPECTED_PLACES) {
      const hit = points.find((p) => km(p.lat, p.lon, want.lat, want.lon) <= want.km);
      if (!hit) missing.push(want.name);
    }
    // Labels name drawn points; one that would cover another marker or label is left out (hover shows it).
    const labels = await page.locator(".place-label").allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(points.map((p) => p.place)).toContain(label);
    expect(missing, `no marker near: ${missing.join(", ")}; drawn: ${points.map((p) => `${p.place} (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})`).join("; ")}`).toEqual([]);
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("filters by event type: the URL holds the filter, the map and the list follow it", async () => {
    await page.goto(base);
    await waitForIdleMap(page);
    const before = await renderedPoints(page);
    await page.selectOption('select[aria-label="All event types"]', "Battles");
    await page.waitForURL(/type=Battles/);
    const expected = (await app.inject({ method: "GET", url: "/api/map/points?type=Battles" })).json().features as unknown[];
    // As after a timeline drag: wait for the reloaded points, not for the first idle event.
    await expect.poll(async () => (await renderedPoints(page)).length, { timeout: 20_000, interval: 250 }).toBe(expected.length);
    await waitForIdleMap(page);
    const after = await renderedPoints(page);
    expect(after.length).toBe(expected.length);
    expect(after.every((p) => p.type === "Battles")).toBe(true);
    expect(after.length).toBeLessThanOrEqual(before.length);
    const listed = await page.locator(".event-list li").count();
    const total = (await app.inject({ method: "GET", url: "/api/events?type=Battles&total=true" })).json().total as number;
    expect(listed).toBeLessThanOrEqual(total);
    await page.screenshot({ path: join(OUT, "dashboard-filtered.png") });
    // A shared link restores the view.
    await page.goto(`${base}?type=Battles`);
    await waitForIdleMap(page);
    expect(await page.inputValue('select[aria-label="All event types"]')).toBe("Battles");
  });

  it("drags across the timeline to choose dates: the URL and the list follow", async () => {
    await page.goto(base);
    await waitForIdleMap(page);
    const box = (await page.locator('[data-testid="timeline"] svg').boundingBox())!;
    // From the middle of the timeline to its right end: the 2025 reports, not the 2024 one.
    await page.mouse.move(box.x + box.width * 0.5, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + 40, { steps: 5 });
    await page.mouse.move(box.x + box.width - 5, box.y + 40, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const url = new URL(page.url());
    const from = url.searchParams.get("from")!;
    const to = url.searchParams.get("to")!;
    expect(from < to).toBe(true);
    const expected = (await app.inject({ method: "GET", url: `/api/map/points?from=${from}&to=${to}` })).json().features as unknown[];
    // The map reloads its points after the URL changes: on a loaded machine an earlier idle
    // event can come first, so wait for the rendered points to match rather than for one idle.
    await expect.poll(async () => (await renderedPoints(page)).length, { timeout: 20_000, interval: 250 }).toBe(expected.length);
    await waitForIdleMap(page);
    expect(await page.inputValue('input[aria-label="from"]')).toBe(from);
    await page.screenshot({ path: join(OUT, "dashboard-timeline-range.png") });
  });

  it("codes a pasted report and lists its events", async () => {
    await page.goto(`${base}?view=paste`);
    // A fictional report, written for this test.
    await page.fill('[data-testid="paste-view"] textarea', "Gunmen attacked the market in Markoye, in northern Burkina Faso, on Friday, killing five traders, residents said.");
    await page.fill('[data-testid="paste-view"] input[type="date"]', "2025-06-10");
    await page.click('button:has-text("Code and store")');
    await page.waitForSelector('[data-testid="paste-view"] .ok');
    const result = await page.locator('[data-testid="paste-view"] .ok').innerText();
    expect(result).toMatch(/Stored: \d+ new event/);
    await page.screenshot({ path: join(OUT, "dashboard-paste.png") });
    expect(pageErrors).toEqual([]);
  });

  it("opens an event and highlights its evidence in the report text; hovering a field points at its span", async () => {
    await page.goto(base);
    await waitForIdleMap(page);
    const points = await renderedPoints(page);
    const djibo = points.find((p) => km(p.lat, p.lon, 14.099, -1.626) <= 15) ?? points[0];
    await page.locator(`.event-list li[data-event-id="${djibo.id}"]`).click();
    await page.waitForSelector('[data-testid="event-detail"]');
    expect(page.url()).toContain(`event=${djibo.id}`);
    const marks = page.locator("mark.evidence");
    expect(await marks.count()).toBeGreaterThan(0);
    // Every highlighted passage is really in the document the API returns.
    const detail = (await app.inject({ method: "GET", url: `/api/events/${djibo.id}` })).json();
    const text = (detail.documents as Array<{ text: string }>).map((d) => d.text).join("\n");
    for (const t of await marks.allTextContents()) expect(text).toContain(t);
    const field = (detail.event.sources[0].evidence as Array<{ field: string; text: string }>).find((e) => e.field === "location") ?? detail.event.sources[0].evidence[0];
    await page.hover(`tr[data-field="${field.field}"]`);
    const focused = await page.locator("mark.evidence.focused").allTextContents();
    expect(focused.join("")).toContain(field.text.trim().slice(0, 20));
    // Show the report with its highlighted evidence, as a reader scrolling down would.
    await page.locator("section.source").first().scrollIntoViewIfNeeded();
    await page.locator("mark.evidence").first().hover();
    await page.screenshot({ path: join(OUT, "dashboard-event.png") });

    await page.click('button:has-text("Confirm")');
    await page.waitForSelector('[data-testid="audit"] li');
    expect(await page.locator('[data-testid="audit"]').innerText()).toContain("confirm");
    expect(pageErrors).toEqual([]);
  });

  it("manages alert rules: adds one with a log channel, tests it against the seeds, sees it fire on a pasted report, removes it", async () => {
    const logDir = mkdtempSync(join(tmpdir(), "cw-alert-log-"));
    const logPath = join(logDir, "alerts.jsonl");
    try {
      // Coming from the map, a box rule starts from the map's view.
      await page.goto(base);
      await waitForIdleMap(page);
      await page.click('nav .tab:has-text("Alerts")');
      await page.waitForSelector('[data-testid="alerts-view"]');
      await page.selectOption('select[aria-label="area kind"]', "bbox");
      const box = (await page.inputValue('input[aria-label="area box"]')).split(",").map(Number);
      expect(box).toHaveLength(4);
      expect(box[0] < -1.626 && -1.626 < box[2] && box[1] < 14.099 && 14.099 < box[3], `map box ${box.join(",")} should hold Djibo`).toBe(true);
      await page.goto(`${base}?view=alerts`);
      await page.waitForSelector('[data-testid="alerts-view"]');
      expect(await page.locator("nav .tab.active").innerText()).toBe("Alerts");
      await page.waitForSelector('[data-testid="alerts-view"] .hint:has-text("No rules yet")');
      // A rule the server refuses shows the API's own message (Chromium logs the 422 itself: expected here).
      const errorsBefore = pageErrors.length;
      await page.selectOption('select[aria-label="area kind"]', "none");
      await page.fill('[data-testid="alert-form"] input[placeholder^="e.g."]', "everything");
      await page.click('button:has-text("Add rule")');
      await page.waitForSelector('[data-testid="alert-form-message"].error');
      expect(await page.locator('[data-testid="alert-form-message"]').innerText()).toMatch(/no criteria would fire on every event/);
      expect(pageErrors.slice(errorsBefore).every((m) => m.includes("422"))).toBe(true);
      pageErrors.splice(errorsBefore);

      await page.fill('[data-testid="alert-form"] input[placeholder^="e.g."]', "Burkina attacks");
      await page.selectOption('select[aria-label="area kind"]', "admin");
      const countries = await page.locator('select[aria-label="area country"] option').allTextContents();
      const burkina = countries.find((c) => /burkina|BFA/i.test(c));
      expect(burkina, `countries offered: ${countries.join(", ")}`).toBeTruthy();
      await page.selectOption('select[aria-label="area country"]', burkina!);
      await page.fill('input[aria-label="minimum fatalities"]', "1");
      await page.selectOption('select[aria-label="channel kind"]', "log");
      await page.fill('input[aria-label="channel target"]', logPath);
      await page.click('button:has-text("Add rule")');
      await page.waitForSelector('[data-testid="alert-form-message"].ok');
      const row = page.locator('[data-testid="alert-rules"] tbody tr', { hasText: "Burkina attacks" });
      await row.waitFor();
      expect(await row.innerText()).toContain(`log ${logPath}`);
      expect(page.url()).toContain("view=alerts");

      await row.locator('button:has-text("Test")').click();
      await page.waitForSelector('[data-testid="alert-test"] li[data-event-id]');
      const hits = await page.locator('[data-testid="alert-test"] li[data-event-id]').count();
      const rule = (await app.inject({ method: "GET", url: "/api/alerts/rules" })).json().rules[0] as { id: string };
      const expected = (await app.inject({ method: "GET", url: `/api/alerts/rules/${rule.id}/test` })).json().would_fire as unknown[];
      expect(hits).toBeGreaterThanOrEqual(1);
      expect(hits).toBe(expected.length);
      expect(await page.locator('[data-testid="alert-test"] .hint').innerText()).toContain(`${hits} stored event`);
      await page.screenshot({ path: join(OUT, "dashboard-alerts.png"), fullPage: true });

      // A hit opens its event like the list does.
      const firstHit = await page.locator('[data-testid="alert-test"] li[data-event-id]').first().getAttribute("data-event-id");
      await page.locator('[data-testid="alert-test"] li[data-event-id]').first().click();
      await page.waitForSelector('[data-testid="event-detail"]');
      expect(page.url()).toContain(`event=${firstHit}`);

      // A new report matching the rule fires it, and the log channel delivers it. Fictional, written for this test.
      await page.goto(`${base}?view=paste`);
      await page.fill('[data-testid="paste-view"] textarea', "Armed men attacked a village near Titao, in northern Burkina Faso, on Tuesday, killing seven civilians, local sources said.");
      await page.fill('[data-testid="paste-view"] input[type="date"]', "2025-07-02");
      await page.click('button:has-text("Code and store")');
      await page.waitForSelector('[data-testid="paste-view"] .ok');
      await page.goto(`${base}?view=alerts`);
      await page.waitForSelector('[data-testid="alerts-fired"] tbody tr');
      expect(await page.locator('[data-testid="alerts-fired"] tbody').innerText()).toMatch(/Burkina attacks[\s\S]*delivered · log/);
      expect(readFileSync(logPath, "utf8").trim().split("\n").length).toBeGreaterThanOrEqual(1);
      await page.screenshot({ path: join(OUT, "dashboard-alerts-fired.png"), fullPage: true });

      // A read-only server over the same store lists the rule but offers no way to change it.
      const readOnly = await buildServer(deps, { host: "127.0.0.1", port: 0, token: null, openMode: false, dashboardDir });
      extraApps.push(readOnly);
      const readOnlyBase = await readOnly.listen({ host: "127.0.0.1", port: 0 });
      allowed.push(readOnlyBase);
      await page.goto(`${readOnlyBase}?view=alerts`);
      await page.locator('[data-testid="alert-rules"] tbody tr', { hasText: "Burkina attacks" }).waitFor();
      await page.waitForSelector('[data-testid="alert-form"] .hint:has-text("read-only")');
      expect(await page.locator('[data-testid="alert-form"] button:has-text("Add rule")').isDisabled()).toBe(true);
      expect(await page.locator('[data-testid="alert-form"] input[aria-label="channel target"]').isDisabled()).toBe(true);
      expect(await page.locator('[data-testid="alert-rules"] button:has-text("Remove")').isDisabled()).toBe(true);
      await page.screenshot({ path: join(OUT, "dashboard-alerts-read-only.png"), fullPage: true });

      await page.goto(`${base}?view=alerts`);
      page.once("dialog", (d) => void d.accept());
      await page.locator('[data-testid="alert-rules"] tbody tr', { hasText: "Burkina attacks" }).locator('button:has-text("Remove")').click();
      await page.waitForSelector('[data-testid="alerts-view"] .hint:has-text("No rules yet")');
      expect((await app.inject({ method: "GET", url: "/api/alerts/rules" })).json().rules).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      rmSync(logDir, { recursive: true, force: true });
    }
  });

  it("shows the actor-pair and weapons views", async () => {
    await page.goto(`${base}?view=pairs`);
    await page.waitForSelector('[data-testid="pairs-view"] table.data tbody tr');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, "dashboard-pairs.png") });
    await page.goto(`${base}?view=weapons`);
    await page.waitForSelector('[data-testid="weapons-view"] table.data tbody tr');
    const weapons = await page.locator('[data-testid="weapons-view"] tbody').innerText();
    expect(weapons).toMatch(/Zastava/i);
    await page.screenshot({ path: join(OUT, "dashboard-weapons.png") });
    expect(external).toEqual([]);
  });
});
