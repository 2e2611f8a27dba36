import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

describe("sentence splitter", () => {
  it("keeps exact offsets and skips abbreviations and initials", () => {
    const text = "Gen. Traoré spoke. The U.S. envoy left at 3 p.m. on Monday.\n\nNew paragraph here! Another one?";
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(["Gen. Traoré spoke.", "The U.S. envoy left at 3 p.m. on Monday.", "New paragraph here!", "Another one?"]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it("does not split after 'incl.' or 'esp.'", () => {
    const text = "Gunmen killed six people, incl. Two teachers. Police arrived later.";
    expect(splitSentences(text).map((x) => text.slice(x.start, x.end))).toEqual(["Gunmen killed six people, incl. Two teachers.", "Police arrived later."]);
  });

  it("splits before and after French guillemets", () => {
    const text = "Le bilan est lourd. « Nous avons 20 morts. » Le chef du village a parlé.";
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(["Le bilan est lourd.", "« Nous avons 20 morts. »", "Le chef du village a parlé."]);
  });

  it("splits headline lines and stops at the limit", () => {
    const text = "Headline without stop\nBody sentence one. Body two.";
    expect(splitSentences(text).length).toBe(3);
    expect(splitSentences(text, 21).length).toBe(1);
  });
});
