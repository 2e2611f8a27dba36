/**
 * Dates on both sides of the comparison: ACLED's event_date column in its
 * several export spellings, and whether a row's notes state a full date at
 * all. A note that says "On September 11" gives no year, and the evaluation
 * codes notes without a publication date, so no coder can recover the year:
 * those rows are counted apart instead of being scored as if they could be.
 */

import { MONTH_NUMBERS as MONTHS } from "../domain/month-names.js";

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?`;
const MONTH = String.raw`(?:${MONTH_ALT})\.?`;
const YEAR = String.raw`(?:19|20)\d\d`;

/** "9 June 2019", "9-June-2019", "June 9, 2019", "09/06/2019". */
const FULL_DATE = new RegExp(
  String.raw`\b${DAY}[\s-]+${MONTH}[\s,-]+${YEAR}\b|\b${MONTH}\s*${DAY},?\s+${YEAR}\b|\b${DAY}/(?:0?[1-9]|1[0-2])/${YEAR}\b`,
  "i",
);
/** "9 June", "June 9", "Apr.24": a day and month without a year. */
const DAY_MONTH = new RegExp(String.raw`\b${DAY}[\s-]+${MONTH}(?![a-z])|\b${MONTH}\s*${DAY}\b`, "i");

export type StatedDate = "full" | "day-month" | "none";

function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** Does the text state a full date (day, month and year), a day and month only, or neither? */
export function statedDateKind(notes: string): StatedDate {
  const t = fold(notes);
  if (FULL_DATE.test(t)) return "full";
  if (DAY_MONTH.test(t)) return "day-month";
  return "none";
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 June
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * ACLED's event_date as ISO: "2019-06-09" (API), "09 June 2019" (website
 * exports), "09-June-2019" (older files), "June 9, 2019". Slash dates are
 * ambiguous between day-first and month-first spreadsheets: null.
 */
export function parseGoldDate(value: string): string | null {
  const t = fold(value.trim()).toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s,-]+(\d{4})$/.exec(t);
  if (m && MONTHS[m[2]]) return iso(Number(m[3]), MONTHS[m[2]], Number(m[1]));
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m && MONTHS[m[1]]) return iso(Number(m[3]), MONTHS[m[1]], Number(m[2]));
  return null;
}

/**
 * The "MM-DD" a date's evidence text states ("December 3", "3 Dec.", "3 décembre"), or null.
 * Extraction gives no event_date when a note has no year and there is no publication date;
 * its evidence still shows which day and month it read, and that reading is checkable.
 */
export function statedDayMonth(text: string): string | null {
  const t = fold(text).toLowerCase();
  let m = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|er)?[\s-]+(${MONTH_ALT})\b`).exec(t);
  let day = m ? Number(m[1]) : NaN;
  let month = m ? MONTHS[m[2]] : undefined;
  if (!m) {
    m = new RegExp(String.raw`\b(${MONTH_ALT})\.?\s*(\d{1,2})\b`).exec(t);
    day = m ? Number(m[2]) : NaN;
    month = m ? MONTHS[m[1]] : undefined;
  }
  if (!month || !(day >= 1 && day <= 31)) return null;
  return `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
