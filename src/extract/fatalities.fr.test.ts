import { describe, expect, it } from "vitest";
import { evidenceFor } from "./testing/test-document.js";
import { onlyFrenchEvent } from "./testing/french-document.js";

// [sentence, low, best, evidence]
const CASES: Array<[string, number | null, number | null, string[]]> = [
  ["Lundi, des hommes armés ont tué quatre civils à Dablo.", 4, 4, ["tué quatre civils"]],
  ["Lundi, des hommes armés ont attaqué Dablo, tuant une dizaine de civils.", 10, 10, ["tuant une dizaine de civils"]],
  ["Lundi, une soixantaine de villageois ont été tués à Dablo par des hommes armés.", 60, 60, ["une soixantaine de villageois ont été tués"]],
  ["Lundi, au moins quatorze civils ont été tués à Dablo.", 14, 14, ["au moins quatorze civils ont été tués"]],
  ["Lundi, des terroristes ont attaqué Djibo, tuant des dizaines de soldats.", 12, 12, ["tuant des dizaines de soldats"]],
  ["Lundi, plusieurs civils ont été tués à Dablo.", 10, 10, ["plusieurs civils ont été tués"]],
  ["Lundi, vingt-deux civils ont été tués dans une attaque à Dablo.", 22, 22, ["vingt-deux civils ont été tués"]],
  ["Lundi, douze civils tués dans une attaque à Dablo.", 12, 12, ["douze civils tués"]],
  ["Lundi, soixante-dix soldats ont perdu la vie dans l'attaque du camp de Djibo.", 70, 70, ["soixante-dix soldats ont perdu la vie"]],
  ["Lundi, 29 soldats sont tombés en héros lors d'une attaque près de Djibo.", 29, 29, ["29 soldats sont tombés en héros"]],
  ["Lundi, l'attaque de Djibo a fait 20 morts.", 20, 20, ["20 morts"]],
  ["Lundi, près de Tessalit, une trentaine de soldats nigériens ont été tués.", 30, 30, ["une trentaine de soldats nigériens ont été tués"]],
  ["Lundi, des hommes armés ont attaqué Dablo, faisant trois morts et cinq blessés.", 3, 3, ["trois morts"]],
  ["Lundi, des hommes armés ont enlevé trois commerçants près de Dablo et les ont exécutés.", 3, 3, ["les ont exécutés"]],
  ["Lundi, des inconnus ont enlevé deux bergers près de Dablo, leurs corps ont été retrouvés dans un puits.", 2, 2, ["leurs corps ont été retrouvés"]],
  ["Lundi, un nombre indéterminé de terroristes ont été neutralisés près de Djibo.", 10, 10, ["un nombre indéterminé de terroristes ont été neutralisés"]],
  ["Lundi, des hommes armés ont attaqué Dablo, blessant cinq civils.", null, null, []],
  ["Lundi, des hommes armés ont attaqué le village de Dablo, sans faire de victimes.", 0, 0, ["sans faire de victimes"]],
];

describe("French fatalities (ACLED's conservative figure; injuries not counted)", () => {
  it.each(CASES)("%s", (text, low, best, evidence) => {
    const e = onlyFrenchEvent(text);
    expect(e.fatalities.low).toBe(low);
    expect(e.fatalities.best).toBe(best);
    expect(evidenceFor(e, text, "fatalities")).toEqual(evidence);
  });
});
