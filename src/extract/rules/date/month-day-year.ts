import type { DateValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { calendarOf, isoDate, monthOf, yearBefore } from "./calendar.js";

/** "June 9, 2019", "September 11" (year from the publication date, else unknown). */
export function monthDayYearRule(lex: CompiledLexicons): Rule<DateValue> {
  const cal = calendarOf(lex.lang);
  const pattern = new RegExp(`(?<![\\p{L}])(${cal.monthSource})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, "giu");
  return {
    name: `${lex.lang}/date-month-day-year`,
    pattern,
    extract(m, env) {
      const month = monthOf(cal, m[1]);
      const day = Number(m[2]);
      // "May 2" is a date; "may 2 soldiers" is not: a lower-case "may" needs a year or a preceding "on".
      if (month === null) return null;
      if (m[1] === "may" && !m[3]) return null;
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
