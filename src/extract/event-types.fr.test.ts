import { describe, expect, it } from "vitest";
import { evidenceFor } from "./testing/test-document.js";
import { onlyFrenchEvent } from "./testing/french-document.js";

// [sentence, sub-event type, decisive trigger evidence]
const CASES: Array<[string, string, string]> = [
  ["Lundi, des hommes armés ont attaqué le village de Dablo, tuant quatre civils.", "Attack", "attaqué"],
  ["Lundi, deux soldats ont été tués dans une embuscade près de Djibo.", "Armed clash", "tués"],
  ["Lundi, un assaut contre le camp militaire de Djibo a fait dix morts parmi les soldats.", "Armed clash", "assaut"],
  ["Lundi, des accrochages ont opposé les FDS à des terroristes près de Djibo.", "Armed clash", "accrochages"],
  ["Lundi, des affrontements entre Peuls et Dogons ont fait douze morts près de Bankass.", "Armed clash", "affrontements"],
  ["Lundi, des hommes armés ont mené une incursion dans le village de Dablo.", "Attack", "incursion"],
  ["Lundi, des hommes armés ont enlevé trois enseignants près de Djibo.", "Abduction/forced disappearance", "enlevé"],
  ["Lundi, l'enlèvement de deux commerçants a eu lieu près de Djibo.", "Abduction/forced disappearance", "enlèvement"],
  ["Lundi, près de Tongomayel, trois gendarmes sont morts quand leur pick-up a sauté sur un engin explosif.", "Remote explosive/landmine/IED", "sauté sur un engin"],
  ["Lundi, un bus a sauté sur une mine près de Djibo, tuant dix civils.", "Remote explosive/landmine/IED", "sauté sur une mine"],
  ["Lundi, un EEI a explosé au passage d'une patrouille près de Djibo.", "Remote explosive/landmine/IED", "EEI"],
  ["Lundi, une frappe aérienne de l'armée a visé des terroristes près de Djibo.", "Air/drone strike", "frappe aérienne"],
  ["Lundi, une frappe de drone a tué une dizaine de personnes au marché de Kidal.", "Air/drone strike", "frappe de drone"],
  ["Lundi, des terroristes ont pillé et incendié le marché de Dablo.", "Looting/property destruction", "pillé"],
  ["Lundi, un incendie criminel a détruit l'école de Dablo, selon des habitants.", "Looting/property destruction", "incendie"],
  ["Lundi, des centaines de personnes ont manifesté à Ouagadougou contre l'insécurité.", "Peaceful protest", "manifesté"],
  ["Lundi, une marche pacifique a été organisée à Kaya pour la paix.", "Peaceful protest", "marche pacifique"],
  ["Lundi, les enseignants de Kaya ont entamé une grève de trois jours.", "Peaceful protest", "grève"],
  ["Lundi, la police a dispersé à coups de gaz lacrymogènes des manifestants à Bamako.", "Protest with intervention", "manifestants"],
  ["Lundi, les gendarmes ont arrêté cinq suspects à Djibo.", "Arrests", "arrêté"],
  ["Lundi, les chefs des communautés peule et bella ont signé un accord de paix à Gorom-Gorom.", "Agreement", "signé un accord"],
  ["Lundi, des manifestants en colère ont saccagé la mairie de Kaya; la police les a dispersés.", "Violent demonstration", "manifestants"],
  ["Lundi, des hommes armés ont abattu un gendarme à la retraite à son domicile de Titao.", "Attack", "abattu"],
  ["Lundi, des terroristes ont attaqué la brigade de gendarmerie de Titao; un commerçant a été tué par une balle perdue.", "Armed clash", "attaqué"],
  ["Lundi, des hommes armés ont fait sauter le pont de Kalsaka à la dynamite.", "Remote explosive/landmine/IED", "fait sauter"],
];

describe("French event types (ACLED taxonomy)", () => {
  it.each(CASES)("%s", (text, sub, trigger) => {
    const e = onlyFrenchEvent(text);
    expect(e.sub_event_type).toBe(sub);
    expect(evidenceFor(e, text, "event_type")).toEqual([trigger]);
  });
});
