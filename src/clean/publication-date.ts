/**
 * Publication dates as pages and headers write them, to ISO `YYYY-MM-DD`.
 * The calendar day is kept as the publisher wrote it: "2024-03-30T23:30:00-05:00" is
 * 30 March for the reader of that page, so no conversion to UTC happens here.
 * Anything that is not a real calendar day (2024-13-45, 2023-02-29) yields null.
 */

import { MONTH_NUMBERS } from "../domain/month-names.js";

/** The shared month names, plus "aoû." as French page headers abbreviate August. */
const MONTHS: Record<string, number> = { ...MONTH_NUMBERS, aou: 8 };

function stripAccents(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date string for a real calendar day in a plausible range for news, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function monthNumber(word: string): number | null {
  const key = stripAccents(word.toLowerCase()).replace(/\.$/, "");
  return MONTHS[key] ?? null;
}

/** A publication date in one of the forms pages use, as `YYYY-MM-DD`, or null. */
export function parsePublicationDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = stripAccents(value.trim()).replace(/\s+/g, " ");
  if (s.length === 0 || s.length > 120) return null;

  // ISO 8601 and its relatives: 2024-03-30, 2024-03-30T10:00Z, 2024/03/30, 20240330T..., 2024.03.30
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s);
  if (m) return isoDay(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return isoDay(+m[1], +m[2], +m[3]);

  // Day first, numeric: 30/03/2024, 30.03.2024, 30-03-2024 (the French and British order).
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(s);
  if (m) return isoDay(+m[3], +m[2], +m[1]);

  // "Sat, 30 Mar 2024 10:00:00 GMT", "30 mars 2024", "le 1er avril 2024", "samedi 30 mars 2024 a 10h"
  m = /(?:^|[\s,])(\d{1,2})(?:er|st|nd|rd|th)?\.? ([a-z]{3,9}\.?),? (\d{4})\b/i.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    if (month) return isoDay(+m[3], month, +m[1]);
  }
  // "March 30, 2024", "Mar. 30 2024"
  m = /(?:^|[\s,])([a-z]{3,9}\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/i.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    if (month) return isoDay(+m[3], month, +m[2]);
  }
  return null;
}
