import { describe, expect, it } from "vitest";
import { countriesNamedIn, cuedCountry, forcesCountry } from "./country-cues.js";

describe("the country a report's words point to when it names no place the gazetteer resolves", () => {
  it.each([
    ["Lorry drivers blocked the Ouaga-Kaya road for a whole morning.", "BFA"],
    ["A Koglweogo patrol beat up two suspected cattle thieves.", "BFA"],
    ["Teachers of the SYNATEB union held a sit-in before the regional directorate.", "BFA"],
    ["Nurses at the Yalgado hospital stopped work for two days.", "BFA"],
    ["Volunteer fighters drove off raiders who had come for the cattle.", "BFA"],
    ["Gunmen set fire to an ONASER road-safety post on the highway.", "BFA"],
    ["Soldiers arrested three herders in the areas of Tongomayel and Kelbo.", "BFA"],
    ["Gunmen stole the motorbike of a CSREF nurse.", "MLI"],
    ["Gunmen shot a FAMa soldier on leave at a roadside stall.", "MLI"],
    ["Supporters of the URD marched through the market.", "MLI"],
    ["A Malinke trader was robbed on the road out of town.", "MLI"],
    ["Officers of the FORSAT unit were sent to guard the bank after the robbery.", "MLI"],
    ["Moba and Yaana farmers quarrelled over a field boundary.", "BFA"],
    ["Crowds gathered in the streets of the capital Bamako on Sunday.", "MLI"],
    // place names are read whatever their capitals
    ["Militants burned a clinic in a hamlet (Fada Ngourma, Gourma).", "BFA"],
    ["Relatives marched to mark the anniversary of the Yirgou killings.", "BFA"],
  ])("%s → %s", (text, iso3) => {
    expect(cuedCountry(text)).toBe(iso3);
  });

  it.each([
    // nothing national: no country is assumed
    ["Unknown gunmen stole cattle from a hamlet and fled."],
    // a group named after a Malian region fights in Burkina Faso too...
    ["Katiba Macina fighters burned a school."],
    // so does a group born in northern Burkina Faso that fights across the Malian border too
    ["Ansaroul Islam gunmen shot a soldier at the market."],
    // ordinary words that are also short place names
    ["Residents say the attackers came at night."],
    ["Violence keeps spreading across the Sahel."],
    // cues of two countries: no country
    ["A Koglweogo leader from Ouahigouya was abducted near a FAMa post."],
  ])("%s → no country", (text) => {
    expect(cuedCountry(text)).toBeNull();
  });

  it("names, nationalities and cues all count as naming a country", () => {
    expect(countriesNamedIn("Nigerien herders were robbed near a Koglweogo checkpoint.").sort()).toEqual(["BFA", "NER"]);
    expect(countriesNamedIn("des soldats maliens ont été blessés")).toEqual(["MLI"]);
    expect(countriesNamedIn("Gunmen robbed a shop.")).toEqual([]);
  });

  it("a place names nobody's country", () => {
    expect(countriesNamedIn("Gunmen raided a market in Konna.")).toEqual([]);
  });

  // borders and rivers ("near the Mali border", "le fleuve Niger") are blanked by the caller from the
  // extraction's landmark mentions: see src/pipeline/code-document.test.ts
  it("a blanked landmark names nothing; a nationality beside it still does", () => {
    expect(countriesNamedIn("A patrol was ambushed near the             .")).toEqual([]);
    expect(countriesNamedIn("Herders crossed the                 with Nigerien traders.")).toEqual(["NER"]);
  });

  it("without cues: names and nationalities only", () => {
    expect(countriesNamedIn("Two FAMa soldiers and a Nigerien trader were wounded.", { cues: false })).toEqual(["NER"]);
    expect(countriesNamedIn("A Koglweogo patrol was ambushed.", { cues: false })).toEqual([]);
  });
});

describe("the country whose own forces the text names", () => {
  it.each([
    ["A Malian army truck struck a mine on the road to the market.", "MLI"],
    ["The Burkinabe air force bombed a camp in the forest.", "BFA"],
    ["Nigerien troops repelled the raid after an hour.", "NER"],
    ["Des soldats maliens ont essuyé des tirs près du fleuve.", "MLI"],
    ["Les forces armées burkinabè ont neutralisé deux assaillants.", "BFA"],
    ["A Nigerien soldier was wounded at the checkpoint.", "NER"],
  ])("%s → %s", (text, iso3) => {
    expect(forcesCountry(text)).toBe(iso3);
  });

  it.each([
    ["A Malian trader was robbed on his way home."],
    ["Malian soldiers and Nigerien troops patrolled the border area together."],
    ["Soldiers arrested three herders near the well."],
    // foreign forces act abroad: their nationality says nothing of where
    ["French forces struck a camp in the forest."],
  ])("noise: %s → none", (text) => {
    expect(forcesCountry(text)).toBeNull();
  });
});

describe("major places are read apart from the event's own place", () => {
  const text = "Gunmen raided the hamlet of Seno Edal at dawn.";
  const blanked = text.replace("Seno Edal", "         ");
  it("a major place's name inside the village's own name cues nothing (Seno Edal is not the Séno province)", () => {
    expect(cuedCountry(text)).toBe("BFA");
    expect(cuedCountry(text, blanked)).toBeNull();
  });

  it("noise: an institution or community named in the place still counts (Singa-Mossi names the Mossi)", () => {
    const mossi = "Gunmen killed two men in Singa-Mossi.";
    expect(cuedCountry(mossi, mossi.replace("Singa-Mossi", "           "))).toBe("BFA");
  });
});
