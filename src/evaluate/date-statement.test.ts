import { describe, expect, it } from "vitest";
import { parseGoldDate, statedDateKind } from "./date-statement.js";

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
