import type { DateValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import { parseNumber } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { addDays } from "./calendar.js";

/** "il y a trois jours", "il y a 48 heures", "il y a une semaine": counted back from the publication date. */
export function frenchDaysAgoRule(lex: CompiledLexicons): Rule<DateValue> {
  const pattern = new RegExp(`(?<![\\p{L}])il\\s+y\\s+a\\s+(${lex.numberSource}|quelques)\\s+(jours?|heures|semaines?)(?![\\p{L}])`, "giu");
  return {
    name: `${lex.lang}/date-days-ago`,
    pattern,
    extract(m, env) {
      if (!env.publishedAt) return { value: { date: null, precision: "unknown", anchored: true } };
      const unit = m[2].toLowerCase();
      if (/^quelques$/i.test(m[1])) return { value: { date: addDays(env.publishedAt, unit.startsWith("sem") ? -7 : -1), precision: "week", anchored: true } };
      const n = parseNumber(lex, m[1]);
      if (n === null || n > 60) return null;
      if (unit.startsWith("heure")) return { value: { date: addDays(env.publishedAt, -Math.floor(n / 24)), precision: "day", anchored: true } };
      if (unit.startsWith("sem")) return { value: { date: addDays(env.publishedAt, -7 * (n - 1)), precision: "week", anchored: true } };
      return { value: { date: addDays(env.publishedAt, -n), precision: "day", anchored: true } };
    },
  };
}
