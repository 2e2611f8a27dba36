import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExtractedEvent } from "../domain/index.js";
import type { SubEventType } from "../domain/taxonomy.js";
import { evaluateNewsSet, formatNewsScorecard, type NewsDoc } from "./index.js";
import { codedEvent } from "./testing/coded-event.js";

/* Four invented pages (not from any publisher). */
const PAGES = [
  { id: "p1", url: null, title: "Attaque à Tamaro", published_at: "2024-05-02", language: "fr", text: "Des hommes armés ont attaqué un poste militaire à Tamaro.", label: "event", countries: "BF" },
  { id: "p2", url: null, title: null, published_at: null, language: "fr", text: "Un convoi a été pris pour cible près de Keldi.", label: "event", countries: "ML" },
  { id: "p3", url: null, title: null, published_at: null, language: "fr", text: "La gendarmerie a procédé à l'arrestation de trois suspects à Vanta.", label: "negative", countries: "NE" },
  { id: "p4", url: null, title: null, published_at: null, language: "en", text: "Gunmen killed two herders near Doro, officials said.", label: "negative", countries: "BF;ML" },
];

function event(sub: SubEventType, iso3: string | null): ExtractedEvent {
  return codedEvent(sub, {
    location: iso3 ? { name: "x", country: iso3, iso3, admin1: null, admin2: null, admin3: null, latitude: 0, longitude: 0, geo_precision: 1, gazetteer_id: null } : null,
  });
}

/** Keyword stand-in for the pipeline: misses p2, codes p3's arrest (non-violent), puts p4's killing in Niger. */
function toyCoder(doc: NewsDoc): ExtractedEvent[] {
  if (doc.text.includes("attaqué")) return [event("Armed clash", "BFA")];
  if (doc.text.includes("arrestation")) return [event("Arrests", "NER")];
  if (doc.text.includes("killed")) return [event("Attack", "NER"), event("Attack", null)];
  return [];
}

describe("French news scorecard", () => {
  it("scores event pages, negative pages (violent types only) and countries, per language", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-news-"));
    const path = join(dir, "news.jsonl");
    writeFileSync(path, PAGES.map((p) => JSON.stringify(p)).join("\n") + "\n\n");
    const seen: NewsDoc[] = [];
    const card = await evaluateNewsSet({ jsonlPath: path, coder: (d) => (seen.push(d), toyCoder(d)) });
    expect(seen[0]).toEqual({ id: "p1", text: PAGES[0].text, title: "Attaque à Tamaro", publishedAt: "2024-05-02", language: "fr", url: null });
    expect(card.pages).toBe(4);
    const [fr, en] = card.languages;
    expect(fr.language).toBe("fr");
    const m = (lang: typeof fr, key: string) => lang.metrics.find((x) => x.key === key)!;
    expect(m(fr, "event_pages_with_event")).toMatchObject({ correct: 1, n: 2, value: 0.5, pass: false });
    expect(m(fr, "negative_pages_without_violence")).toMatchObject({ correct: 1, n: 1, pass: true }); // an arrest is not violence
    expect(m(fr, "events_in_labelled_country")).toMatchObject({ correct: 2, n: 2, pass: true });
    expect(en.language).toBe("en");
    expect(m(en, "event_pages_with_event")).toMatchObject({ n: 0, value: null, pass: null });
    expect(m(en, "negative_pages_without_violence")).toMatchObject({ correct: 0, n: 1, pass: false });
    expect(m(en, "events_in_labelled_country")).toMatchObject({ correct: 0, n: 2, pass: false });
    expect(m(en, "located_events_in_labelled_country")).toMatchObject({ correct: 0, n: 1 });
    expect(en.failures.map((f) => f.problem)).toEqual([
      "violent event(s): Attack, Attack",
      "event located in NER, page is about BFA/MLI",
      "event without a location (Attack)",
    ]);
    const text = formatNewsScorecard(card);
    expect(text).toMatch(/Language fr: 3 pages, 2 events/);
    expect(text).toMatch(/`event` pages with >= 1 event\s+0\.500\s+1\/2\s+>= 0\.95\s+FAIL/);
    expect(text).toContain("p2 [event]: no event extracted");
  });

  it("names the file and line of a malformed page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-news-"));
    const path = join(dir, "bad.jsonl");
    writeFileSync(path, `${JSON.stringify(PAGES[0])}\n{"id": "x", "text": "t"}\n`);
    await expect(evaluateNewsSet({ jsonlPath: path, coder: toyCoder })).rejects.toThrow(/bad\.jsonl: line 2 has no "label"/);
    writeFileSync(path, "{not json\n");
    await expect(evaluateNewsSet({ jsonlPath: path, coder: toyCoder })).rejects.toThrow(/line 1 is not valid JSON/);
    await expect(evaluateNewsSet({ jsonlPath: join(dir, "none.jsonl"), coder: toyCoder })).rejects.toThrow(/none\.jsonl: no such file/);
  });
});
