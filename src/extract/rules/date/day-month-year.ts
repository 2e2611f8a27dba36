import type { DateValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { calendarOf, isoDate, monthOf, yearBefore } from "./calendar.js";

/**
 * "9 June 2019", "le 9 juin 2019", "9 June" (year from the publication date, else unknown).
 * A fully written date is exact even without a publication date.
 */
export function dayMonthYearRule(lex: CompiledLexicons): Rule<DateValue> {
  const cal = calendarOf(lex.lang);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?(${cal.monthSource})(?:,?\\s+(\\d{4}))?(?![\\p{L}])`, "giu");
  return {
    name: `${lex.lang}/date-day-month-year`,
    pattern,
    extract(m, env) {
      const day = Number(m[1]);
      const month = monthOf(cal, m[2]);
      if (month === null) return null;
      if (m[3]) {
        const date = isoDate(Number(m[3]), month, day);
        return date ? { value: { date, precision: "day", anchored: true } } : null;
      }
      if (env.publishedAt) {
        const date = isoDate(yearBefore(env.publishedAt, month, day), month, day);
        return date ? { value: { date, precision: "day", anchored: true } } : null;
      }
      return { value: { date: null, precision: "unknown", anchored: true } };
    },
  };
}
