import type { DateValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { addDays, calendarOf, weekdayOfIso } from "./calendar.js";

/** "yesterday", "last night", "last week", "last month": counted back from the publication date. */
export function relativeDayRule(lex: CompiledLexicons): Rule<DateValue> {
  const cal = calendarOf(lex.lang);
  const pattern = new RegExp(`(?<![\\p{L}])(?:(${cal.relativeSource})|(${cal.lastWeekSource})|(${cal.lastMonthSource}))(?![\\p{L}])`, "giu");
  return {
    name: `${lex.lang}/date-relative`,
    pattern,
    extract(m, env) {
      if (!env.publishedAt) return { value: { date: null, precision: "unknown", anchored: true } };
      const pub = env.publishedAt;
      if (m[1]) {
        const back = cal.relativeDays.get(m[1].toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'"));
        return back === undefined ? null : { value: { date: addDays(pub, -back), precision: "day", anchored: true } };
      }
      if (m[2]) {
        // "last week": latest possible day is the Sunday ending the previous week; "this week": the publication date.
        if (/last|derni|passée/i.test(m[2])) return { value: { date: addDays(pub, -((weekdayOfIso(pub) + 7) % 7 || 7)), precision: "week", anchored: true } };
        return { value: { date: pub, precision: "week", anchored: true } };
      }
      if (/last|dernier|passé/i.test(m[3])) {
        const d = new Date(`${pub.slice(0, 7)}-01T00:00:00Z`);
        d.setUTCDate(0);
        return { value: { date: d.toISOString().slice(0, 10), precision: "month", anchored: true } };
      }
      return { value: { date: pub, precision: "month", anchored: true } };
    },
  };
}
