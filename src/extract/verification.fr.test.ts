import { describe, expect, it } from "vitest";
import { evidenceFor } from "./testing/test-document.js";
import { onlyFrenchEvent } from "./testing/french-document.js";

// [sentence, verification, claimed_by, evidence]
const CASES: Array<[string, string, string | null, string[]]> = [
  ["Lundi, des hommes armés ont tué quatre civils à Dablo.", "reported", null, []],
  ["Lundi, le JNIM a revendiqué l'attaque du camp militaire de Djibo.", "claimed", "JNIM: Group for Support of Islam and Muslims", ["a revendiqué"]],
  ["Lundi, l'attaque du camp de Djibo, qui a fait dix morts, a été revendiquée par l'État islamique au Sahel.", "claimed", "Islamic State (Sahel)", ["revendiquée"]],
  ["Lundi, une soixantaine de terroristes ont été neutralisés par l'armée près de Djibo, selon un communiqué de l'état-major.", "claimed", "Military Forces of Burkina Faso (2022-)", ["neutralisés"]],
  ["Lundi, les FAMa ont neutralisé une dizaine d'assaillants près de Kidal.", "claimed", "Military Forces of Mali (2021-)", ["neutralisé"]],
  ["Lundi, des hommes armés ont tué quatre civils à Dablo. L'attaque n'a pas été revendiquée.", "reported", null, []],
  ["Lundi, des hommes armés ont tué quatre civils à Dablo, une attaque qui n'a été revendiquée par aucun groupe.", "reported", null, []],
  ["Lundi, des hommes armés auraient tué quatre civils à Dablo, une information qui n'a pas pu être vérifiée de manière indépendante.", "unverified", null, ["n'a pas pu être vérifiée de manière indépendante"]],
  ["Lundi, deux soldats ont été tués dans une embuscade près de Djibo, selon des sources sécuritaires.", "confirmed", null, ["selon des sources sécuritaires"]],
  ["Lundi, le gouverneur a confirmé la mort de deux soldats dans une embuscade près de Djibo.", "confirmed", null, ["le gouverneur a confirmé"]],
];

describe("French verification: claims, hedges, official word", () => {
  it.each(CASES)("%s", (text, verification, claimedBy, evidence) => {
    const e = onlyFrenchEvent(text);
    expect(e.verification).toBe(verification);
    expect(e.claimed_by).toBe(claimedBy);
    expect(evidenceFor(e, text, "verification")).toEqual(evidence);
  });

  it("army tolls of 'neutralised' terrorists are the army's claim, never confirmed, even beside an official source", () => {
    const text = "Lundi à Gorom-Gorom, deux militaires ont été tués en repoussant une attaque au cours de laquelle 80 assaillants ont été neutralisés, selon un communiqué de l'armée.";
    const e = onlyFrenchEvent(text);
    expect(e.verification).toBe("claimed");
    expect(e.claimed_by).toBe("Military Forces of Burkina Faso (2022-)");
    expect(e.fatalities.best).toBe(82);
    expect(e.notes).toContain("claimed by Military Forces of Burkina Faso (2022-)");
  });

  it("a defused device is not a claim of enemy dead", () => {
    const e = onlyFrenchEvent("Lundi, les FDS ont neutralisé un engin explosif improvisé près de Djibo.");
    expect(e.verification).not.toBe("claimed");
    expect(e.sub_event_type).toBe("Disrupted weapons use");
  });
});
