import { describe, expect, it } from "vitest";
import { evidenceFor, onlyEvent, REFERENCE_DATE } from "./testing/test-document.js";

const BASE = "unknown gunmen attacked the army post in Djibo";

// [sentence, publication date, event_date, precision, evidence (null: inferred)]
const CASES: Array<[string, string | null, string | null, string, string | null]> = [
  [`On 9 June 2019, ${BASE}.`, REFERENCE_DATE, "2019-06-09", "day", "9 June 2019"],
  [`On 9 June 2019, ${BASE}.`, null, "2019-06-09", "day", "9 June 2019"],
  [`On June 9, 2019, ${BASE}.`, null, "2019-06-09", "day", "June 9, 2019"],
  [`On 9 June, ${BASE}.`, REFERENCE_DATE, "2024-06-09", "day", "9 June"],
  [`On 9 May, ${BASE}.`, REFERENCE_DATE, "2025-05-09", "day", "9 May"],
  [`On 9 June, ${BASE}.`, null, null, "unknown", "9 June"],
  [`Early Sunday, ${BASE}.`, REFERENCE_DATE, "2025-05-11", "day", "Sunday"],
  [`On Wednesday, ${BASE}.`, REFERENCE_DATE, "2025-05-07", "day", "Wednesday"],
  [`On Tuesday, ${BASE}.`, REFERENCE_DATE, "2025-05-13", "day", "Tuesday"],
  [`On Wednesday, ${BASE}.`, null, null, "unknown", "Wednesday"],
  [`Yesterday ${BASE}.`, REFERENCE_DATE, "2025-05-12", "day", "Yesterday"],
  [`Last week ${BASE}.`, REFERENCE_DATE, "2025-05-11", "week", "Last week"],
  [`In March 2020, ${BASE}.`, null, "2020-03-31", "month", "March 2020"],
  // the day a source spoke is not the day of the strike
  [`Burkina Faso's army said on Monday that a drone strike on Saturday had neutralised about twenty terrorists near Djibo.`, REFERENCE_DATE, "2025-05-10", "day", "Saturday"],
  [`Militants attacked the army post in Djibo on Sunday, killing three soldiers, the army announced on Monday.`, REFERENCE_DATE, "2025-05-11", "day", "Sunday"],
  [`Unknown gunmen attacked the army post in Djibo.`, REFERENCE_DATE, REFERENCE_DATE, "week", null],
  [`Unknown gunmen attacked the army post in Djibo.`, null, null, "unknown", null],
  // a date stated in an earlier sentence of the paragraph dates the violence told after it
  [`On 14 March 2021, a convoy of lorries left Dori for Sebba. Unknown gunmen ambushed it near Seytenga.`, null, "2021-03-14", "day", "14 March 2021"],
  [`On Sunday, a convoy of lorries left Dori for Sebba. Unknown gunmen ambushed it near Seytenga.`, REFERENCE_DATE, "2025-05-11", "day", "Sunday"],
  [`On 14 March, a convoy of lorries left Dori for Sebba. Unknown gunmen ambushed it near Seytenga.`, null, null, "unknown", "14 March"],
  // ...but not across a paragraph, nor the day a source spoke
  [`On 14 March 2021, the governor toured Dori.\n\nUnknown gunmen attacked the army post in Djibo.`, null, null, "unknown", null],
  [`The governor said on 14 March 2021 that Dori was calm. Unknown gunmen attacked the army post in Djibo.`, null, null, "unknown", null],
];

describe("event dates against the publication date", () => {
  it.each(CASES)("%s (published %s)", (text, pub, date, precision, evidence) => {
    const e = onlyEvent(text, pub);
    expect(e.event_date).toBe(date);
    expect(e.date_precision).toBe(precision);
    const ev = e.evidence.filter((x) => x.field === "event_date");
    if (evidence === null) {
      expect(ev.every((x) => !x.stated)).toBe(true);
      expect(ev.length).toBe(pub ? 1 : 0);
    } else {
      expect(evidenceFor(e, text, "event_date")).toEqual([evidence]);
      expect(ev[0].stated).toBe(true);
    }
  });

  it("a page's own date line is not an event date", () => {
    const text = "date 2024-03-30 Unknown gunmen attacked the army post in Djibo.";
    const e = onlyEvent(text, "2024-03-30");
    expect(e.date_precision).not.toBe("day");
  });
});
