import { beforeAll, describe, expect, it } from "vitest";
import type { GeocodeContext, PlaceMention } from "../domain/index.js";
import { countriesNamedIn, extractDocument, isLandmark } from "../extract/index.js";
import { testDocument } from "../extract/testing/test-document.js";
import { reportCountry, withoutLandmarks } from "./code-document.js";
import { codeTextReport } from "./code-text.js";
import { loadServices, type Services } from "./services.js";

let services: Services;
beforeAll(() => {
  services = loadServices();
});

function mention(name: string, start: number, qualifiers: string[] = []): PlaceMention {
  return { start, end: start + name.length, text: name, name, kindHint: null, relation: "at", qualifiers, secondary: null, countryHint: null, rule: "test" };
}

const context = (places: PlaceMention[]): GeocodeContext => ({ documentPlaces: places, countryHints: [] });

describe("an event that could not be placed takes the country of the report's other places", () => {
  it("a hamlet not in the gazetteer, with its commune and province named as qualifiers: their country", () => {
    const places = [mention("Zarbalmoussa", 0, ["Gorgadji", "Seno"])];
    expect(reportCountry(places, services, context(places))).toBe("BFA");
  });

  it("another place of the report, in one country", () => {
    const places = [mention("Zarbalmoussa", 0), mention("Ansongo", 300)];
    expect(reportCountry(places, services, context(places))).toBe("MLI");
  });

  it("places in two countries: no country", () => {
    const places = [mention("Ansongo", 0), mention("Djibo", 300)];
    expect(reportCountry(places, services, context(places))).toBeNull();
  });

  it("nothing placed: no country is assumed", () => {
    const places = [mention("Zarbalmoussa", 0)];
    expect(reportCountry(places, services, context(places))).toBeNull();
    expect(reportCountry([], services, context([]))).toBeNull();
  });
});

describe("an event with no place takes the country its words point to", () => {
  const code = (text: string) => codeTextReport({ origin: "test", text, publishedAt: "2019-06-20" }, services)[0];

  it.each([
    ["On 12 June 2019, lorry drivers marched along the Ouaga-Kaya road to protest against police checks.", "Protesters (Burkina Faso)"],
    ["On 12 June 2019, nurses of the Gabriel Toure hospital staged a sit-in over unpaid bonuses.", "Protesters (Mali)"],
  ])("%s", (text, actor1) => {
    expect(code(text)?.actor1?.acled_name).toBe(actor1);
  });

  it("no cue, or cues of two countries: the names stay without a country", () => {
    expect(code("On 12 June 2019, hundreds of traders marched to protest against a new market tax.")?.actor1?.acled_name).toBe("Protesters");
    expect(code("On 12 June 2019, supporters of the URD and of the MPP marched together to protest against a new tax.")?.actor1?.acled_name).toBe("Protesters");
  });
});

describe("a placed event's actors follow the place's country", () => {
  it("names guessed from a village shared by two countries take the gazetteer's country", () => {
    const e = codeTextReport({ origin: "test", text: "On 12 June 2019, gunmen looted shops in Kayan (Kayan, Kenedougou).", publishedAt: "2019-06-20" }, services)[0];
    expect(e?.location?.iso3).toBe("BFA");
    expect(e?.actor1?.acled_name).toBe("Unidentified Armed Group (Burkina Faso)");
  });
});

describe("a village name shared by two countries is looked for where the report's words point", () => {
  it("a Malian health centre's nurse robbed in a village both countries have", () => {
    const e = codeTextReport({ origin: "test", text: "On 12 June 2019, gunmen robbed a CSCOM nurse in Madougou.", publishedAt: "2019-06-20" }, services)[0];
    expect(e?.location?.iso3).toBe("MLI");
    expect(e?.actor2?.acled_name).toBe("Civilians (Mali)");
  });
});

describe("the country hint the geocoder gets is what the words say, never a guess from the place's own name", () => {
  const code = (text: string) => codeTextReport({ origin: "test", text, publishedAt: "2019-06-20" }, services)[0];

  it("a village both Burkina Faso and Mali have, and nothing else: not placed in whichever country a tie named the actors after", () => {
    expect(code("On 12 June 2019, gunmen shot dead two traders in Madougou.")?.location).toBeNull();
  });

  it.each([
    ["On 12 June 2019, gunmen shot dead two Malian traders in Madougou.", "MLI"],
    ["On 12 June 2019, gunmen shot dead two traders in Madougou, in northern Burkina Faso.", "BFA"],
    // a town the major-places lexicon knows, though villages elsewhere share its name
    ["On 12 June 2019, gunmen set fire to the town hall of Boni.", "MLI"],
  ])("%s → %s", (text, iso3) => {
    const e = code(text);
    expect(e?.location?.iso3).toBe(iso3);
    expect(e?.actor1?.acled_name).toBe(iso3 === "MLI" ? "Unidentified Armed Group (Mali)" : "Unidentified Armed Group (Burkina Faso)");
  });
});

describe("the nationality of the forces chooses among the report's countries, never over a place hint", () => {
  it("a Malian army truck hit by a mine between Manga and Koina: Mali's Manga, by Koina, not Burkina's town", () => {
    const [e] = codeTextReport({ origin: "t", text: "On 3 March 2018, a Malian army truck struck a mine between Manga and Koina, wounding four soldiers." }, services);
    expect(e.location?.iso3).toBe("MLI");
  });

  it("noise: without the forces' nationality the same road is Burkina's Manga", () => {
    const [e] = codeTextReport({ origin: "t", text: "On 3 March 2018, a truck struck a mine between Manga and Koina, wounding four people." }, services);
    expect(e.location?.iso3).toBe("BFA");
  });

  it("noise: Malian soldiers in a place the text puts in Burkina Faso are there", () => {
    const [e] = codeTextReport({ origin: "t", text: "On 5 April 2019, Malian soldiers pursuing militants clashed with them in Tin-Akoff, in Burkina Faso." }, services);
    expect(e.location?.iso3).toBe("BFA");
  });
});

describe("a country written after another place of the report is that place's, not the event's", () => {
  it("a driver shot near Kamgala, a Malian village, bringing traders home from the market in Ayorou, Niger: Mali", () => {
    const [e] = codeTextReport({ origin: "t", text: "On 4 June 2018, bandits shot dead the driver of a minibus in the area of Kamgala, which was bringing traders home from the weekly market in Ayorou, Niger." }, services);
    expect(e.location?.iso3).toBe("MLI");
    expect(e.location?.name).toBe("Kamgala");
  });

  it("noise: the event's own place keeps the country written after it", () => {
    const [e] = codeTextReport({ origin: "t", text: "On 4 June 2018, bandits robbed three traders at the market of Ayorou, Niger." }, services);
    expect(e.location?.iso3).toBe("NER");
  });
});

describe("a town the major-places list knows is that country's, whatever village abroad shares its name", () => {
  it("the army camp of Boulikessi (Mali) is not the Burkinabe village of Boulikéssi in Oudalan", () => {
    const [e] = codeTextReport({ origin: "t", text: "On 7 May 2019, militants fired mortar rounds at the army camp in Boulikessi overnight." }, services);
    expect(e.location?.iso3 ?? null).not.toBe("BFA");
    expect(e.actor2?.acled_name).toMatch(/Military Forces of Mali/);
  });
});

describe("the event's own place name cues no country", () => {
  it("Lere-Mbardi, a village of Burkina Faso whose name starts with that of Léré, a Malian town: Burkina's", () => {
    const [e] = codeTextReport({ origin: "t", text: "On 2 March 2020, suspected ISGS militants stole two motorbikes in the village of Lere-Mbardi." }, services);
    expect(e.location?.iso3).toBe("BFA");
  });

  it("noise: Léré itself is still the Malian town", () => {
    const [e] = codeTextReport({ origin: "t", text: "On 2 March 2020, gunmen stole two motorbikes in Léré." }, services);
    expect(e.location?.iso3).toBe("MLI");
  });
});

describe("a border or a river names nobody's country, for the extraction and the pipeline alike", () => {
  // the border-or-river rule's landmark mentions are the one judgement: the pipeline reads the countries
  // named for someone in the text with those spans blanked
  it.each([
    ["en", "On 12 June 2019, gunmen killed two herders near the Mali border, close to Djibo.", "Mali border", "BFA"],
    ["fr", "Le 12 juin 2019, des hommes armés ont tué deux éleveurs près de la frontière malienne, non loin de Djibo.", "frontière malienne", "BFA"],
    ["fr", "Le 12 juin 2019, des bandits ont attaqué une pirogue sur le fleuve Niger près de Bourem.", "fleuve Niger", "MLI"],
    // a village both Burkina Faso and Mali have: the border's country is no place of the event, for the extraction's actor names either
    ["en", "On 12 June 2019, gunmen shot dead two traders in Madougou, near the Mali border.", "Mali border", "BFA"],
    ["fr", "Le 12 juin 2019, des hommes armés ont tué deux commerçants à Madougou, près de la frontière avec le Mali.", "frontière avec le Mali", "BFA"],
  ])("%s: %s", (language, text, landmark, iso3) => {
    const extraction = extractDocument(testDocument(text, "2019-06-20", language), { places: services.geocoder.names, language, languageOverride: true });
    expect(extraction.places.filter(isLandmark).map((p) => p.text)).toEqual([landmark]);
    // the raw text names the border's country; what the extraction read as a landmark names none
    expect(countriesNamedIn(text, { cues: false })).not.toEqual([]);
    expect(countriesNamedIn(withoutLandmarks(text, extraction.places), { cues: false })).toEqual([]);
    const [coded] = codeTextReport({ origin: "t", text, publishedAt: "2019-06-20", language }, services);
    expect(coded.location?.iso3).toBe(iso3);
    expect(coded.actor1?.acled_name).toBe(extraction.events[0]?.actor1?.acled_name);
    expect(coded.actor2?.acled_name).toBe(extraction.events[0]?.actor2?.acled_name);
  });

  it("noise: a nationality outside the landmark still counts", () => {
    const text = "On 12 June 2019, gunmen killed two Malian herders near the Niger border, close to Djibo.";
    const extraction = extractDocument(testDocument(text, "2019-06-20", "en"), { places: services.geocoder.names, language: "en", languageOverride: true });
    expect(countriesNamedIn(withoutLandmarks(text, extraction.places), { cues: false })).toEqual(["MLI"]);
  });
});
