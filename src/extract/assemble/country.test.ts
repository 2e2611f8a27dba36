import { describe, expect, it } from "vitest";
import { extractDocument } from "../index.js";
import { handPlaceIndex } from "../testing/hand-place-index.js";
import { REFERENCE_DATE, testDocument } from "../testing/test-document.js";

describe("a town that is a capital or cercle seat in one country and a village elsewhere is the town", () => {
  const places = handPlaceIndex([
    ["Nioro", "settlement", "BFA"], ["Nioro", "settlement", "MLI"],
    ["Gaoua", "settlement", "NER"], ["Gaoua", "settlement", "BFA"],
    ["Kelbaba", "settlement", "BFA"], ["Kelbaba", "settlement", "MLI"],
  ]);
  it.each([
    ["On 4 May 2019, traders marched through Nioro to protest against new taxes.", "Protesters (Mali)"],
    ["On 4 May 2019, pupils marched through Gaoua to protest against new taxes.", "Protesters (Burkina Faso)"],
  ])("%s", (text, actor1) => {
    const { events } = extractDocument(testDocument(text, REFERENCE_DATE, "en"), { places });
    expect(events[0]?.actor1?.acled_name).toBe(actor1);
  });
});

describe("a country named as a border is not the event's country", () => {
  const places = handPlaceIndex([["Toeni", "settlement", "BFA"], ["Sourou", "admin2", "BFA"], ["Kelbaba", "settlement", "BFA"], ["Kelbaba", "settlement", "MLI"], ["Mali", "country", "MLI"]]);
  it.each([
    ["On 4 May 2019, armed men raided a police post at Toeni in Sourou Province, not far from the Mali border.", "Unidentified Armed Group (Burkina Faso)"],
    ["On 4 May 2019, armed men raided a police post at Toeni, a few kilometres from Mali's border.", "Unidentified Armed Group (Burkina Faso)"],
    // the province written with the name outweighs a country named after it
    ["On 4 May 2019, armed men raided a police post at Kelbaba in Sourou Province, not far from the Mali border.", "Unidentified Armed Group (Burkina Faso)"],
    // a country named as where the place is still decides
    ["On 4 May 2019, armed men raided a police post at Kelbaba, in northern Mali.", "Unidentified Armed Group (Mali)"],
  ])("%s", (text, actor1) => {
    const { events } = extractDocument(testDocument(text, REFERENCE_DATE, "en"), { places });
    expect(events[0]?.actor1?.acled_name).toBe(actor1);
  });
});
