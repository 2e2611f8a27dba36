import { describe, expect, it } from "vitest";
import { detectLanguage, detectParagraphLanguages } from "./language.js";

const EN = "Gunmen on motorbikes attacked the village on Sunday evening, killing several civilians and burning the market, residents told reporters by telephone.";
const FR = "Des hommes armés à moto ont attaqué le village dimanche soir, tuant plusieurs civils et incendiant le marché, ont indiqué des habitants joints par téléphone.";

describe("language detection", () => {
  it("tells English from French, and gives null for text too short to tell", () => {
    expect(detectLanguage(EN)).toBe("en");
    expect(detectLanguage(FR)).toBe("fr");
    expect(detectLanguage("Djibo 2024")).toBeNull();
    expect(detectLanguage("")).toBeNull();
  });

  it("labels each paragraph of a mixed page, with offsets into the text; short ones inherit", () => {
    const text = `${EN}\n\nSource: AFP\n\n${FR}`;
    const spans = detectParagraphLanguages(text);
    expect(spans.map((s) => s.language)).toEqual(["en", "en", "fr"]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([EN, "Source: AFP", FR]);
  });

  it("splits on single line breaks when the text has no blank lines", () => {
    const text = `Djibo\n${FR}\n${EN}`;
    const spans = detectParagraphLanguages(text);
    expect(spans.map((s) => s.language)).toEqual(["fr", "fr", "en"]);
    expect(text.slice(spans[2].start, spans[2].end)).toBe(EN);
  });

  it("returns no spans for empty text", () => {
    expect(detectParagraphLanguages("")).toEqual([]);
  });
});
