import { describe, expect, it } from "vitest";
import { MONTH_NUMBERS } from "./month-names.js";

describe("MONTH_NUMBERS", () => {
  it("names every month in English and French, accent-free", () => {
    const en = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    const fr = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];
    en.forEach((name, i) => expect(MONTH_NUMBERS[name]).toBe(i + 1));
    fr.forEach((name, i) => expect(MONTH_NUMBERS[name]).toBe(i + 1));
  });

  it("has only lower-case ASCII keys and month numbers 1-12", () => {
    for (const [key, month] of Object.entries(MONTH_NUMBERS)) {
      expect(key).toMatch(/^[a-z]+$/);
      expect(month).toBeGreaterThanOrEqual(1);
      expect(month).toBeLessThanOrEqual(12);
    }
  });
});
