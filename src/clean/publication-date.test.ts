import { describe, expect, it } from "vitest";
import { parsePublicationDate } from "./publication-date.js";

describe("parsePublicationDate", () => {
  it.each([
    ["2024-03-30", "2024-03-30"],
    ["2024-03-30T23:30:00-05:00", "2024-03-30"],
    ["2024/3/5", "2024-03-05"],
    ["20240330T101500Z", "2024-03-30"],
    ["30/03/2024", "2024-03-30"],
    ["05.07.2023", "2023-07-05"],
    ["Sat, 30 Mar 2024 10:00:00 GMT", "2024-03-30"],
    ["30 mars 2024", "2024-03-30"],
    ["le 1er avril 2024 à 10h", "2024-04-01"],
    ["samedi 17 août 2019", "2019-08-17"],
    ["5 juillet 2023 Lecture : 6 minutes.", "2023-07-05"],
    ["17 fév. 2022", "2022-02-17"],
    ["March 30, 2024", "2024-03-30"],
    ["Dec. 3rd 2019", "2019-12-03"],
    ["2024-02-29", "2024-02-29"],
  ])("%s → %s", (input, expected) => {
    expect(parsePublicationDate(input)).toBe(expected);
  });

  it.each([
    ["2024-13-45"],
    ["2023-02-29"],
    ["31/04/2024"],
    ["32 mars 2024"],
    ["30 brumaire 2024"],
    [""],
    ["   "],
    ["yesterday"],
    ["Published by Reuters"],
    ["1850-01-01"],
  ])("%s → null", (input) => {
    expect(parsePublicationDate(input)).toBeNull();
  });

  it("null and undefined → null", () => {
    expect(parsePublicationDate(null)).toBeNull();
    expect(parsePublicationDate(undefined)).toBeNull();
  });
});
