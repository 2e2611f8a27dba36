import type { DateValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { calendarOf, isoDate, monthOf, yearBefore } from "./calendar.js";

/**
 * "dimanche 17 mars", "ce jeudi 12 mai 2022", "mardi 1er août": French writes the weekday
 * before the date. Read as one date so that the bare weekday (which comes first in the text)
 * cannot win over the written day.
 */
export function frenchWeekdayDateRule(lex: CompiledLexicons): Rule<DateValue> {
  const cal = calendarOf(lex.lang);
  const pattern = new RegExp(`(?<![\\p{L}])(${cal.weekdaySource})\\s+(\\d{1,2})(?:er)?\\s+(${cal.monthSource})(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, "giu");
  return {
    name: `${lex.lang}/date-weekday-day-month`,
    pattern,
    extract(m, env) {
      const day = Number(m[2]);
      const month = monthOf(cal, m[3]);
      if (month === null) return null;
      const year = m[4] ? Number(m[4]) : env.publishedAt ? yearBefore(env.publishedAt, month, day) : null;
      if (year === null) return { value: { date: null, precision: "unknown", anchored: true } };
      const date = isoDate(year, month, day);
      return date ? { value: { date, precision: "day", anchored: true } } : null;
    },
  };
}
