import type { DateValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { addDays, calendarOf, isoDate, monthOf, weekdayOfIso, yearBefore } from "./calendar.js";

/**
 * "dans la nuit de samedi à dimanche", "dans la nuit du mardi 8 au mercredi 9 novembre 2022":
 * French names a night by the two days it spans. The event is dated to the evening it began,
 * as ACLED codes an overnight attack; without a publication date only written days give a date.
 */
export function frenchNightOfRule(lex: CompiledLexicons): Rule<DateValue> {
  const cal = calendarOf(lex.lang);
  const day = `(${cal.weekdaySource})(?:\\s+(\\d{1,2})(?:er)?)?(?:\\s+(${cal.monthSource}))?(?:\\s+(\\d{4}))?`;
  const pattern = new RegExp(`(?<![\\p{L}])nuit\\s+(?:de|du)\\s+${day}\\s+(?:au|à)\\s+${day}(?![\\p{L}])`, "giu");
  return {
    name: `${lex.lang}/date-night-of`,
    pattern,
    extract(m, env) {
      const [first, day1, month1, year1, second, day2, month2, year2] = m.slice(1);
      const wd1 = cal.weekdayIndex.get(first.toLowerCase());
      const wd2 = cal.weekdayIndex.get(second.toLowerCase());
      if (wd1 === undefined || wd2 === undefined || (wd1 + 1) % 7 !== wd2) return null;
      const start = m.index + m[0].toLowerCase().indexOf(first.toLowerCase());
      const monthWord = month1 ?? month2;
      if (day1 || day2) {
        const month = monthWord ? monthOf(cal, monthWord) : null;
        const year = year1 ?? year2;
        const d = day1 ? Number(day1) : Number(day2) - 1;
        if (month !== null && d >= 1) {
          const y = year ? Number(year) : env.publishedAt ? yearBefore(env.publishedAt, month, d) : null;
          const date = y === null ? null : isoDate(y, month, d);
          if (date) return { value: { date, precision: "day", anchored: true }, start };
          if (y === null) return { value: { date: null, precision: "unknown", anchored: true }, start };
        }
      }
      if (!env.publishedAt) return { value: { date: null, precision: "unknown", anchored: true }, start };
      // the night ended on the latest such second day on or before publication
      const back = (weekdayOfIso(env.publishedAt) - wd2 + 7) % 7;
      return { value: { date: addDays(env.publishedAt, -back - 1), precision: "day", anchored: true }, start };
    },
  };
}
