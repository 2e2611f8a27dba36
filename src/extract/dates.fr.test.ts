import { describe, expect, it } from "vitest";
import { evidenceFor } from "./testing/test-document.js";
import { onlyFrenchEvent } from "./testing/french-document.js";

// Reference date 2025-05-13 is a Tuesday. [sentence, date, precision, evidence]
const CASES: Array<[string, string | null, string, string]> = [
  ["Dimanche matin, des hommes armés ont attaqué le village de Dablo, tuant quatre civils.", "2025-05-11", "day", "Dimanche"],
  ["Des hommes armés ont tué deux civils hier à Djibo.", "2025-05-12", "day", "hier"],
  ["Des hommes armés ont tué deux civils mardi dernier à Djibo.", "2025-05-06", "day", "mardi dernier"],
  ["Dans la nuit de samedi à dimanche, des terroristes ont attaqué le poste de Namsiguian.", "2025-05-10", "day", "samedi à dimanche"],
  ["Des jihadistes ont attaqué la brigade de Gorom-Gorom dans la nuit du mardi 8 au mercredi 9 novembre 2022.", "2022-11-08", "day", "mardi 8 au mercredi 9 novembre 2022"],
  ["Ce samedi 22 février, une dizaine de gardes ont été tués à Tessit quand leur position a été attaquée.", "2025-02-22", "day", "samedi 22 février"],
  ["Le 12 mai, des jihadistes ont attaqué le village de Dablo.", "2025-05-12", "day", "12 mai"],
  ["Le 1er mars 2024, des hommes armés ont enlevé trois enseignants à Kaya.", "2024-03-01", "day", "1er mars 2024"],
  ["Il y a trois jours, 18 civils ont été tués à Barsalogho.", "2025-05-10", "day", "Il y a trois jours"],
  ["Mi-avril, des hommes armés ont attaqué le village de Dablo.", "2025-04-30", "month", "Mi-avril"],
  ["En janvier dernier, une trentaine de civils ont été tués à Kongoussi.", "2025-01-31", "month", "En janvier dernier"],
  ["La semaine dernière, des terroristes ont incendié l'école de Dablo.", "2025-05-11", "week", "La semaine dernière"],
];

describe("French dates (publication date 2025-05-13, a Tuesday)", () => {
  it.each(CASES)("%s", (text, date, precision, evidence) => {
    const e = onlyFrenchEvent(text);
    expect(e.event_date).toBe(date);
    expect(e.date_precision).toBe(precision);
    expect(evidenceFor(e, text, "event_date")).toEqual([evidence]);
  });

  it("without a publication date a weekday gives no day, and a written date still does", () => {
    expect(onlyFrenchEvent("Dimanche, des hommes armés ont tué quatre civils à Dablo.", null).event_date).toBeNull();
    expect(onlyFrenchEvent("Le 9 juin 2019, des hommes armés ont tué quatre civils à Dablo.", null).event_date).toBe("2019-06-09");
  });

  it("a night named by two days that do not follow each other is not read as one", () => {
    const e = onlyFrenchEvent("Dans la nuit de lundi à jeudi, des hommes armés ont tué quatre civils à Dablo.");
    expect(evidenceFor(e, "Dans la nuit de lundi à jeudi, des hommes armés ont tué quatre civils à Dablo.", "event_date")).not.toContain("lundi à jeudi");
  });
});
