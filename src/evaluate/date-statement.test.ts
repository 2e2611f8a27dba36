import { describe, expect, it } from "vitest";
import { parseGoldDate, statedDateKind, statedDayMonth } from "./date-statement.js";

describe("dates stated in notes", () => {
  it.each([
    ["On 9 June 2019, gunmen attacked a village.", "full"],
    ["On the night of 9-10 June 2019, ...", "full"],
    ["On June 9, 2019 militants ...", "full"],
    ["Le 3 février 2021, des hommes armés ...", "full"],
    ["Claimed on 26/12/2018 by the group.", "full"],
    ["On September 11, soldiers clashed with militants.", "day-month"],
    ["On 22 March, youths protested.", "day-month"],
    ["IED attacks were reported on Apr.24-25 east of the town.", "day-month"],
    ["Unknown gunmen seized 178 cows in 2017.", "none"],
    ["Militants may 2 times have attacked.", "day-month"],
    ["A soldier was killed.", "none"],
  ])("%s -> %s", (notes, kind) => {
    expect(statedDateKind(notes)).toBe(kind);
  });
});

describe("ACLED event_date spellings", () => {
  it.each([
    ["2019-06-09", "2019-06-09"],
    ["09 June 2019", "2019-06-09"],
    ["9-June-2019", "2019-06-09"],
    ["June 9, 2019", "2019-06-09"],
    ["2019-06-09T00:00:00Z", "2019-06-09"],
    ["31 June 2019", null],
    ["09/06/2019", null],
    ["yesterday", null],
  ])("%s -> %s", (value, iso) => {
    expect(parseGoldDate(value)).toBe(iso);
  });
});

describe("day and month read from a date's evidence text", () => {
  it.each([
    ["December 3", "12-03"],
    ["3 Dec.", "12-03"],
    ["Sept. 21", "09-21"],
    ["21st of", null],
    ["le 3 décembre", "12-03"],
    ["1er août", "08-01"],
    ["night of 9-10 June", "06-10"],
    ["Sunday", null],
    ["32 May", null],
  ])("%s -> %s", (text, mmdd) => {
    expect(statedDayMonth(text)).toBe(mmdd);
  });
});
