import type { DateValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { calendarOf, lastDayOfMonth, monthOf } from "./calendar.js";

/**
 * "mi-août", "fin décembre 2022", "début janvier", "en janvier dernier": part of a month, coded
 * at month precision. Without a year the month is the latest one on or before publication.
 */
export function frenchMonthPartRule(lex: CompiledLexicons): Rule<DateValue> {
  const cal = calendarOf(lex.lang);
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:(?:mi|fin|début|courant|d[ée]but)[-\\s]+(?:du\\s+mois\\s+d['’]\\s*|de\\s+)?(${cal.monthSource})|en\\s+(${cal.monthSource})\\s+derni(?:er|ère))(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return {
    name: `${lex.lang}/date-month-part`,
    pattern,
    extract(m, env) {
      const month = monthOf(cal, m[1] ?? m[2]);
      if (month === null) return null;
      let year: number | null = m[3] ? Number(m[3]) : null;
      if (year === null && env.publishedAt) {
        const pubYear = Number(env.publishedAt.slice(0, 4));
        const pubMonth = Number(env.publishedAt.slice(5, 7));
        // "en janvier dernier" published in January means the previous January
        year = month < pubMonth || (month === pubMonth && !m[2]) ? pubYear : pubYear - 1;
      }
      if (year === null) return { value: { date: null, precision: "unknown", anchored: true } };
      return { value: { date: lastDayOfMonth(year, month), precision: "month", anchored: true } };
    },
  };
}
