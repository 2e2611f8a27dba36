import { readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { CleanDocument, ExtractedEvent, PlaceNameIndex } from "../domain/index.js";
import { HAS_SHARED, SHARED_SKIP_REASON, sharedPath } from "../../test/support/shared-data.js";
import { cleanDocument } from "../clean/index.js";
import { Geocoder, loadGazetteer } from "../geocode/index.js";
import { extractDocument } from "./index.js";

// The acceptance test: the two seed reports (third-party text, read from ../shared, never copied here).
// Tests may wire other stages; the extraction code itself imports none of them.
function seedDoc(prefix: string, publishedAt?: string): CleanDocument {
  const name = readdirSync(sharedPath("seeds")).find((f) => f.startsWith(prefix)) as string;
  const path = sharedPath("seeds", name);
  return cleanDocument({ origin: path, url: null, bytes: readFileSync(path), contentType: "text/plain", hints: publishedAt ? { publishedAt, publishedAtOverride: true } : {} });
}

describe.skipIf(!HAS_SHARED)(`seed reports (${HAS_SHARED ? "shared data present" : SHARED_SKIP_REASON})`, () => {
  let places: PlaceNameIndex;
  beforeAll(async () => {
    places = new Geocoder(await loadGazetteer()).names;
  });
  const run = (doc: CleanDocument): ExtractedEvent[] => extractDocument(doc, { places, language: doc.language }).events;

  it("000: one clash, IS against JNIM in Kalamba near Kaya, weapons captured, date not exact", () => {
    const doc = seedDoc("000_");
    expect(doc.publishedAt).toBe("2024-03-30");
    const events = run(doc);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect([e.event_type, e.sub_event_type]).toEqual(["Battles", "Armed clash"]);
    expect(e.actor1?.acled_name).toBe("Islamic State (Sahel)");
    expect(e.actor2?.acled_name).toBe("JNIM: Group for Support of Islam and Muslims");
    expect(e.place?.name).toBe("Kalamba");
    expect([...(e.place?.qualifiers ?? []), e.place?.secondary].includes("Kaya")).toBe(true);
    expect(e.fatalities.best ?? 0).toBe(0);
    expect(e.event_date).toBe("2024-03-30");
    expect(e.date_precision).not.toBe("day");
    expect(e.evidence.find((x) => x.field === "event_date")?.stated).toBe(false);
    const weapons = e.weapons.map((w) => [w.name, w.origin_country, w.captured_by, w.captured_from]);
    const IS = "Islamic State (Sahel)";
    const JNIM = "JNIM: Group for Support of Islam and Muslims";
    expect(weapons).toEqual([
      ["Zastava M05E1", "Serbia", IS, JNIM], ["RPG-7", "Russia", IS, JNIM], ["PG-7V", "Bulgaria", IS, JNIM],
      ["Type 56", "China", IS, JNIM], ["Type 56-1", "China", IS, JNIM], ["Type 56-2", "China", IS, JNIM], ["Zastava M70AB2", "Serbia", IS, JNIM],
    ]);
    for (const ev of e.evidence) expect(doc.text.slice(ev.start, ev.end)).toBe(ev.text);
  });

  function check003(events: ExtractedEvent[]): Record<string, ExtractedEvent> {
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events.length).toBeLessThanOrEqual(6);
    const byPlace: Record<string, ExtractedEvent> = {};
    for (const e of events) if (e.place) byPlace[e.place.name] ??= e;
    for (const forbidden of ["San Jose", "Detroit", "Michigan", "Istanbul", "Ukraine"]) expect(byPlace[forbidden]).toBeUndefined();
    const sole = byPlace["Sole"];
    expect(sole.actor1?.acled_name).toBe("JNIM: Group for Support of Islam and Muslims");
    expect(sole.actor2?.acled_name).toMatch(/^Military Forces of Burkina Faso/);
    expect(sole.place?.qualifiers).toContain("Loroum");
    expect([sole.fatalities.low, sole.verification, sole.claimed_by, sole.claim_relayed_by]).toEqual([60, "claimed", "JNIM: Group for Support of Islam and Muslims", "SITE Intelligence Group"]);
    const gnagna = byPlace["Gnagna"];
    expect(gnagna.actor2?.acled_name).toBe("VDP: Volunteer for Defense of Homeland");
    expect([gnagna.fatalities.low, gnagna.verification, gnagna.claim_relayed_by]).toEqual([10, "claimed", "SITE Intelligence Group"]);
    const djibo = byPlace["Djibo"];
    expect(djibo.actor1?.acled_name).toMatch(/^(?:JNIM|Unidentified Armed Group \(Burkina Faso\))/);
    expect(djibo.actor2?.acled_name).toMatch(/^Military Forces of Burkina Faso/);
    expect(djibo.fatalities.low).toBe(12);
    const diapaga = byPlace["Diapaga"];
    expect(diapaga.actor1?.acled_name).toBe("Unidentified Armed Group (Burkina Faso)");
    expect(diapaga.verification).toBe("unverified");
    for (const e of events) expect(e.fatalities.low === null || e.fatalities.low <= 60).toBe(true);
    return byPlace;
  }

  it("003 without a publication date: four to six events, no invented day", () => {
    const doc = seedDoc("003_");
    expect(doc.publishedAt).toBeNull();
    const byPlace = check003(run(doc));
    expect([byPlace["Djibo"].event_date, byPlace["Djibo"].date_precision]).toEqual([null, "unknown"]);
    expect([byPlace["Diapaga"].event_date, byPlace["Diapaga"].date_precision]).toEqual([null, "unknown"]);
  });

  it("003 published 2025-05-13: weekdays resolve to the latest such day before it", () => {
    const byPlace = check003(run(seedDoc("003_", "2025-05-13")));
    expect([byPlace["Djibo"].event_date, byPlace["Djibo"].date_precision]).toEqual(["2025-05-11", "day"]);
    expect([byPlace["Diapaga"].event_date, byPlace["Diapaga"].date_precision]).toEqual(["2025-05-07", "day"]);
  });
});
