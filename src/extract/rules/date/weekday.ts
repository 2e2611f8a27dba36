import type { DateValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { addDays, calendarOf, weekdayOfIso } from "./calendar.js";

/**
 * "on Sunday", "early Sunday", "last Wednesday", "Monday night": the latest such weekday on
 * or before the publication date (chrono would pick the nearest, even in the future).
 * Without a publication date no day is invented: the date is unknown.
 */
export function weekdayRule(lex: CompiledLexicons): Rule<DateValue> {
  const cal = calendarOf(lex.lang);
  const pattern = new RegExp(`(?<![\\p{L}])(?:(last|past|this|dernier)\\s+)?(${cal.weekdaySource})(?:\\s+(dernier))?(?![\\p{L}])`, "giu");
  return {
    name: `${lex.lang}/date-weekday`,
    pattern,
    extract(m, env) {
      const wd = cal.weekdayIndex.get(m[2].toLowerCase());
      if (wd === undefined) return null;
      // "Monday 9 June" is read by the day-month rule; "Monday's attack" is fine.
      if (!env.publishedAt) return { value: { date: null, precision: "unknown", anchored: true } };
      let back = (weekdayOfIso(env.publishedAt) - wd + 7) % 7;
      if (back === 0 && (m[1] ?? m[3]) && /last|past|dernier/i.test(m[1] ?? m[3] ?? "")) back = 7;
      return { value: { date: addDays(env.publishedAt, -back), precision: "day", anchored: true } };
    },
  };
}
