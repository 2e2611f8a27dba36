import { describe, expect, it } from "vitest";
import { blankSpans } from "./blank-spans.js";

describe("blankSpans", () => {
  const text = "Gunmen near the Mali border killed two herders in Kobou.";
  const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it("blanks each span with spaces and keeps every offset", () => {
    const out = blankSpans(text, [at("Kobou"), at("the Mali border")]);
    expect(out).toBe("Gunmen near                 killed two herders in      .");
    expect(out.length).toBe(text.length);
  });

  it("blanks overlapping spans once, in any order", () => {
    expect(blankSpans(text, [at("Mali border"), at("the Mali")])).toBe(blankSpans(text, [at("the Mali border")]));
  });

  it("returns the text unchanged for no span, an empty span or one outside it", () => {
    expect(blankSpans(text, [])).toBe(text);
    expect(blankSpans(text, [{ start: 3, end: 3 }, { start: -4, end: 2 }, { start: 10, end: text.length + 1 }])).toBe(text);
  });
});
