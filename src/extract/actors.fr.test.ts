import { describe, expect, it } from "vitest";
import { onlyFrenchEvent } from "./testing/french-document.js";

// [sentence, actor1 ACLED name, actor2 ACLED name]
const CASES: Array<[string, string | null, string | null]> = [
  ["Lundi, des hommes armés non identifiés ont tué quatre civils à Dablo.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  ["Lundi, quatre civils ont été tués par des hommes armés à Dablo.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  ["Lundi, trois militaires sont morts près de Gorom-Gorom quand des terroristes ont tendu une embuscade à leur convoi.", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"],
  ["Lundi, le GSIM a attaqué le camp militaire de Djibo.", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso (2022-)"],
  ["Lundi, des combattants du JNIM ont attaqué une position des FAMa près de Kidal.", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)"],
  ["Lundi, des jihadistes de l'État islamique au Sahel ont tué cinq civils près de Ménaka.", "Islamic State (Sahel)", "Civilians (Mali)"],
  ["Lundi, l'EIGS a attaqué à Tillia une patrouille de la garde nationale.", "Islamic State (Sahel)", "Military Forces of Niger (2023-)"],
  ["Lundi, des VDP ont repoussé une attaque terroriste à Dablo.", "Unidentified Armed Group (Burkina Faso)", "VDP: Volunteer for Defense of Homeland"],
  ["Lundi, des Koglweogo ont tué deux voleurs présumés près de Kaya.", "Koglweogo Militia", "Civilians (Burkina Faso)"],
  ["Lundi, des hommes armés ont tué un vigile d'une société minière près de Kaya.", "Unidentified Armed Group (Burkina Faso)", "Private Security Forces (Burkina Faso)"],
  ["Lundi, des hommes armés ont enlevé deux touristes suisses près de Kaya.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Switzerland)"],
  ["Lundi, des hommes armés ont enlevé deux touristes près de Kaya.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  // deux communautés qui s'affrontent : chaque camp est la milice de son ethnie
  ["Lundi, des affrontements entre Peuls et Dogons ont fait cinq morts près de Koro.", "Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"],
  ["Lundi, des chasseurs dozos ont attaqué le village peul d'Ogossagou.", "Dozo Communal Militia (Mali)", "Civilians (Mali)"],
  ["Lundi, deux gendarmes ont été tués lors d'une attaque contre la brigade de Djibo.", "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
  ["Lundi, des militaires nigériens ont été tués dans une embuscade près de Tillia.", "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)"],
  ["Lundi, les FDS et des terroristes se sont affrontés à Djibo.", "Military Forces of Burkina Faso (2022-)", "Unidentified Armed Group (Burkina Faso)"],
  ["Lundi, des assaillants armés ont pris pour cible un convoi de l'armée dans la zone de Banibangou, une région frontalière du Mali.", "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)"],
  ["Lundi, une quarantaine de soldats ont perdu la vie quand des assaillants ont pris d'assaut le camp de Diapaga.", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"],
  ["Lundi, une attaque armée contre le village de Dablo a fait quatre morts parmi les civils.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  ["Lundi, une frappe de drone de l'armée malienne a tué huit terroristes près de Kidal.", "Military Forces of Mali (2021-)", "Unidentified Armed Group (Mali)"],
  ["Lundi, des éléments d'Africa Corps et les FAMa ont attaqué des jihadistes près de Kidal.", "Africa Corps", "Islamist Militia (Mali)"],
  // a former soldier is a civilian; forces facing a crowd are the police
  ["Lundi, des hommes armés ont abattu un ancien militaire à Djibo.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  ["Lundi, les forces de défense et de sécurité ont dispersé les manifestants à Kaya.", "Protesters (Burkina Faso)", "Police Forces of Burkina Faso (2022-)"],
  // "escorté par l'armée": the escort is not the attacker
  ["Lundi, des terroristes ont attaqué un convoi escorté par l'armée près de Djibo.", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"],
  // la revendication d'un groupe nomme l'auteur que le texte ne nomme pas
  ["Lundi, des hommes armés ont attaqué la gendarmerie de Dablo, tuant deux gendarmes. L'attaque a été revendiquée par l'EIGS.", "Islamic State (Sahel)", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
  // bruit : l'armée qui dit avoir tué des terroristes reste l'auteur
  ["Lundi, l'armée a affirmé avoir tué dix terroristes du JNIM près de Dablo.", "Military Forces of Burkina Faso (2022-)", "JNIM: Group for Support of Islam and Muslims"],
];

describe("French actors and who did what to whom", () => {
  it.each(CASES)("%s", (text, actor1, actor2) => {
    const e = onlyFrenchEvent(text);
    expect(e.actor1?.acled_name ?? null).toBe(actor1);
    expect(e.actor2?.acled_name ?? null).toBe(actor2);
  });

  it("the notes are English and the actor evidence points into the French text", () => {
    const text = "Lundi, quatre civils ont été tués par des hommes armés à Dablo.";
    const e = onlyFrenchEvent(text);
    expect(e.notes).toBe("On 12 May 2025, Unidentified Armed Group (Burkina Faso) attacked Civilians (Burkina Faso) in Dablo, killing 4.");
    const ev = e.evidence.find((x) => x.field === "actor1" && x.stated);
    expect(ev && text.slice(ev.start, ev.end)).toBe("hommes armés");
  });
});
