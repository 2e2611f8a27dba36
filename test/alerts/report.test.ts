import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { command as reportCommand } from "../../src/cli/commands/report.js";
import type { EventFilter, Store } from "../../src/domain/index.js";
import { DEFAULT_INGEST_OPTIONS, ingestInputs, loadServices } from "../../src/pipeline/index.js";
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM, renderReportHtml } from "../../src/report/index.js";
import { openStore } from "../../src/store/index.js";
import { HAS_SHARED, SHARED_SKIP_REASON, sharedPath } from "../support/shared-data.js";
import { seedMonth } from "./report-fixtures.js";
import { runCommand } from "./run-command.js";

const HAS_CHROMIUM = existsSync(process.env.CONFLICTWATCH_CHROMIUM ?? DEFAULT_CHROMIUM);
const CHROMIUM_SKIP = `skipped: no Chromium at ${process.env.CONFLICTWATCH_CHROMIUM ?? DEFAULT_CHROMIUM}`;
const SECTIONS = ["Key figures", "Map of events", "Events and fatalities by week", "By type of event", "By region", "By actor", "Who fought whom", "Weapons captured", "The ten deadliest events", "Claims and disagreements: treat with caution"];

let context: BrowserContext;
let profile: string;

/** Opens the report in Chromium with every network request refused and counted. */
async function open(html: string): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  await page.route("**/*", (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: "load" });
  return { page, requests };
}

const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();
/** SVG elements have no innerText. */
const svgTexts = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ""));
const count = (text: string) => Number(text.replace(/[^\d]/g, ""));

describe.skipIf(!HAS_CHROMIUM)(`situation report in Chromium ${HAS_CHROMIUM ? "" : CHROMIUM_SKIP}`, () => {
  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), "cw-report-chromium-"));
    context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CONFLICTWATCH_CHROMIUM ?? DEFAULT_CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  describe("a month of hand-built events", () => {
    let store: Store;
    beforeAll(async () => {
      store = await openStore(":memory:");
      await seedMonth(store);
    });
    afterAll(async () => store.close());

    it("has every section, figures that match the store, and needs no network", async () => {
      const filter: EventFilter = { from: "2025-05-05", to: "2025-06-01" };
      const html = await renderReportHtml(store, filter, { generatedAt: new Date("2025-06-02T08:00:00Z") });
      const { page, requests } = await open(html);
      expect(await texts(page, "h2")).toEqual(SECTIONS);
      expect(requests).toEqual([]);

      const events = await store.countEvents(filter);
      const previous = await store.countEvents({ from: "2025-04-07", to: "2025-05-04" });
      const figure = (key: string) => page.locator(`.figure[data-figure="${key}"]`);
      expect(count(await figure("events").locator(".value").innerText())).toBe(events);
      expect(await figure("events").locator(".delta").first().innerText()).toContain(`was ${previous}`);
      let fatalities = 0;
      for await (const e of store.iterateEvents(filter)) fatalities += e.fatalities.best ?? 0;
      expect(count(await figure("fatalities").locator(".value").innerText())).toBe(fatalities);

      // Every event with coordinates is a point on the map, over bundled country outlines.
      let located = 0;
      for await (const e of store.iterateEvents(filter)) if (e.location?.latitude != null) located += 1;
      expect(await page.locator("svg.event-map circle").count()).toBe(located);
      expect(await page.locator("svg.event-map path.focus").count()).toBeGreaterThanOrEqual(3);
      expect(await svgTexts(page, "svg.event-map text.country")).toEqual(expect.arrayContaining(["BURKINA FASO", "NIGER"]));

      // Weekly bars: four weeks, adding up to the period's events.
      const bars = await page.locator("#trend figure.chart").first().locator("rect").evaluateAll((rs) => rs.map((r) => r.querySelector("title")?.textContent ?? ""));
      expect(bars).toHaveLength(4);
      expect(bars.reduce((sum, t) => sum + Number(t.split(": ")[1]), 0)).toBe(events);

      // Deadliest: ten rows, tolls descending, each with its sources.
      const tolls = (await texts(page, "#deadliest tbody tr td:nth-child(4)")).map(count);
      expect(tolls).toHaveLength(10);
      expect([...tolls].sort((a, b) => b - a)).toEqual(tolls);
      expect(await page.locator("#deadliest tbody tr .sources").count()).toBe(10);

      // The caution list names the claims and the event whose outlets disagree on the toll.
      const caution = (await texts(page, "#caution tbody tr")).join("\n");
      expect(caution).toMatch(/only claimed by/);
      expect(caution).toMatch(/Dori[\s\S]*sources give [\d, ]*9, 31 killed/);
      const weapons = await store.weaponsCaptured(filter);
      expect(await page.locator("#weapons tbody li").count()).toBe(weapons.length);
      await page.close();
    });

    it("`report --pdf` writes the HTML file and a PDF printed by Chromium", async () => {
      const dir = mkdtempSync(join(tmpdir(), "cw-report-cli-"));
      try {
        const db = join(dir, "cw.db");
        const seeded = await openStore(db);
        await seedMonth(seeded);
        await seeded.close();
        const run = await runCommand(reportCommand, ["--from", "2025-05-05", "--to", "2025-06-01", "--country", "Burkina Faso", "--pdf", "--out", "brief.html"], { CONFLICTWATCH_DB: db }, dir);
        expect(run).toMatchObject({ code: 0, stderr: "" });
        const html = readFileSync(join(dir, "brief.html"), "utf8");
        expect(html).toContain("<h1>Situation report in Burkina Faso</h1>");
        const pdf = readFileSync(join(dir, "brief.pdf"));
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
        expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
        const missing = await runCommand(reportCommand, ["--from", "2025-05-05"], { CONFLICTWATCH_DB: db }, dir);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toMatch(/--from and --to/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe.skipIf(!HAS_SHARED)(`the two seed reports through the real pipeline ${HAS_SHARED ? "" : SHARED_SKIP_REASON}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await openStore(":memory:");
      const services = loadServices();
      await ingestInputs([sharedPath("seeds", "000_9fb2e1ee7fd779b9.txt")], DEFAULT_INGEST_OPTIONS, store, services);
      // EXPECTED.md: the second page has no date; an analyst supplies 2025-05-13.
      await ingestInputs([sharedPath("seeds", "003_759c32ae1b69e638.txt")], { ...DEFAULT_INGEST_OPTIONS, hints: { publishedAt: "2025-05-13", publishedAtOverride: true } }, store, services);
    });
    afterAll(async () => store.close());

    it("renders every section, with the stored events, weapons and claims", async () => {
      const filter: EventFilter = { from: "2024-03-01", to: "2025-05-31", country: "Burkina Faso" };
      const html = await renderReportHtml(store, filter);
      const { page, requests } = await open(html);
      expect(requests).toEqual([]);
      expect(await texts(page, "h2")).toEqual(SECTIONS.map((s) => s.replace("by week", "by month")));
      const events = await store.countEvents(filter);
      expect(events).toBeGreaterThan(0);
      expect(count(await page.locator('.figure[data-figure="events"] .value').innerText())).toBe(events);
      expect(await svgTexts(page, "svg.event-map text.focus-label")).toContain("BURKINA FASO");
      // The Kalamba clash's captured weapons, and the JNIM claims relayed by SITE.
      const weapons = await store.weaponsCaptured(filter);
      expect(await page.locator("#weapons tbody li").count()).toBe(weapons.length);
      let claims = 0;
      for await (const e of store.iterateEvents(filter)) if (e.verification === "claimed") claims += 1;
      expect(await page.locator("#caution tbody tr .pill.claimed").count()).toBe(claims);
      await page.close();
    });
  });
});
