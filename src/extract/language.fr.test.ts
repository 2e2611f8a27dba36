import { describe, expect, it } from "vitest";
import { extractDocument } from "./index.js";
import { guessLanguage, paragraphLanguages } from "./text/paragraph-language.js";
import { TEST_PLACES, testDocument } from "./testing/test-document.js";

const MIXED = "Gunmen attacked the village of Dablo on Sunday, killing four civilians, local sources said.\n\nSelon un communiqué de l'armée, deux soldats ont été tués lundi dans une embuscade près de Djibo, dans la province du Soum.";

describe("language routing", () => {
  it("tells English from French paragraphs, and says nothing about a headline-length line", () => {
    expect(guessLanguage("Des hommes armés ont attaqué le village et tué quatre civils selon des sources locales.")).toBe("fr");
    expect(guessLanguage("Gunmen attacked the village and killed four of the civilians who were there.")).toBe("en");
    expect(guessLanguage("Djibo, 12 mai")).toBeNull();
    const spans = paragraphLanguages(MIXED, MIXED.length, "en");
    expect(spans.map((s) => s.lang)).toEqual(["en", "fr"]);
    expect(spans[1].end).toBe(MIXED.length);
  });

  it("reads each paragraph of a mixed page with its own language's rules", () => {
    const { events } = extractDocument(testDocument(MIXED, "2025-05-13", "en"), { places: TEST_PLACES });
    expect(events.map((e) => [e.place?.name, e.event_date, e.fatalities.best])).toEqual([["Dablo", "2025-05-11", 4], ["Djibo", "2025-05-12", 2]]);
    expect(events[1].evidence.filter((v) => v.stated).every((v) => v.rule.startsWith("fr/"))).toBe(true);
    expect(events[0].evidence.filter((v) => v.stated).every((v) => v.rule.startsWith("en/"))).toBe(true);
  });

  it("a named language (--language) reads every paragraph with its rules", () => {
    const { events } = extractDocument(testDocument(MIXED, "2025-05-13", "en"), { places: TEST_PLACES, language: "en", languageOverride: true });
    expect(events.map((e) => e.place?.name)).toEqual(["Dablo"]);
  });

  it("a document without a language is read in the language of its text", () => {
    const text = "Lundi, des hommes armés ont tué quatre civils dans le village de Dablo, selon des sources locales.";
    const r = extractDocument({ ...testDocument(text), language: null }, { places: TEST_PLACES });
    expect(r.language).toBe("fr");
    expect(r.events[0].fatalities.best).toBe(4);
  });
});
