import { beforeAll, describe, expect, it } from "vitest";
import type { GeocodeContext, PlaceMention } from "../domain/index.js";
import { reportCountry } from "./code-document.js";
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
