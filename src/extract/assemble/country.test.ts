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

describe("what the country of an unplaced event is not", () => {
  const places = handPlaceIndex([
    ["Kakoro", "settlement", "NER"], ["Ansongo", "admin2", "MLI"], ["Tiguila", "settlement", "NER"],
    ["Bourem", "admin2", "MLI"], ["Gao", "admin1", "MLI"],
  ]);
  it.each([
    // a namesake village in one country does not outweigh the cercle written with it
    ["On 4 May 2019, gunmen robbed two traders in Kakoro (Ansongo, Gao).", "actor1", "Unidentified Armed Group (Mali)"],
    // the river is not the country
    ["On 4 May 2019, gunmen fired on a pinasse on the Niger river near Bourem.", "actor1", "Unidentified Armed Group (Mali)"],
    // foreign soldiers across the border: the residents are the place's
    ["On 4 May 2019, Nigerien soldiers beat up residents of Tiguila (Ansongo, Gao).", "actor2", "Civilians (Mali)"],
    ["On 4 May 2019, Nigerien soldiers beat up residents of Tiguila (Ansongo, Gao).", "actor1", "Military Forces of Niger (2011-2021)"],
  ])("%s (%s)", (text, field, expected) => {
    const { events } = extractDocument(testDocument(text, REFERENCE_DATE, "en"), { places });
    expect(events[0]?.[field as "actor1" | "actor2"]?.acled_name).toBe(expected);
  });

  it("the river named elsewhere in the report is not the report's country", () => {
    const text = "On 4 May 2019, bandits robbed fishermen of their catch. The fishermen had camped on the banks of the Niger river.";
    const { events } = extractDocument(testDocument(text, REFERENCE_DATE, "en"), { places });
    expect(events[0]?.actor1?.acled_name).toBe("Unidentified Armed Group");
  });

  it("the river named elsewhere in a French report, or the border of a country, is not the report's country", () => {
    for (const text of [
      "Le 4 mai 2019, des bandits ont volé leur prise à des pêcheurs. Les pêcheurs campaient sur les berges du fleuve Niger.",
      "Le 4 mai 2019, des bandits ont volé le bétail de deux éleveurs. Les éleveurs venaient de franchir la frontière avec le Niger.",
    ]) {
      const { events } = extractDocument(testDocument(text, REFERENCE_DATE, "fr"), { places });
      expect(events[0]?.actor1?.acled_name).toBe("Unidentified Armed Group");
    }
  });

  it("noise: the same French report naming Niger as a country is Niger's", () => {
    const text = "Le 4 mai 2019, des bandits ont volé leur prise à des pêcheurs. Les pêcheurs campaient au Niger.";
    const { events } = extractDocument(testDocument(text, REFERENCE_DATE, "fr"), { places });
    expect(events[0]?.actor1?.acled_name).toBe("Unidentified Armed Group (Niger)");
  });

  it("a nationality alone still names the country when no town says otherwise", () => {
    const { events } = extractDocument(testDocument("On 4 May 2019, Nigerien soldiers beat up residents of Tiguila.", REFERENCE_DATE, "en"), { places });
    expect(events[0]?.actor2?.acled_name).toBe("Civilians (Niger)");
  });
});

describe("a village in two countries: the national institutions the report names decide", () => {
  const places = handPlaceIndex([["Sirakoro", "settlement", "BFA"], ["Sirakoro", "settlement", "MLI"]]);
  it.each([
    ["On 4 May 2019, gunmen robbed the nurse of the CSCOM in Sirakoro.", "Civilians (Mali)"],
    ["On 4 May 2019, gunmen robbed a SONABEL technician in Sirakoro.", "Civilians (Burkina Faso)"],
  ])("%s", (text, actor2) => {
    const { events } = extractDocument(testDocument(text, REFERENCE_DATE, "en"), { places });
    expect(events[0]?.actor2?.acled_name).toBe(actor2);
  });
});
