import { beforeAll, describe, expect, it } from "vitest";
import type { GeocodeContext, PlaceMention } from "../domain/index.js";
import { reportCountry } from "./code-document.js";
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
