import type { DateValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { isoDate } from "./calendar.js";

/** "2019-06-09" and "09/06/2019" (day first, as in French and West African usage). */
export function isoDateRule(lex: CompiledLexicons): Rule<DateValue> {
  return {
    name: `${lex.lang}/date-numeric`,
    pattern: /(?<![\p{N}\/-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\p{N}\/-])/gu,
    extract(m, env) {
      // "date 2024-03-30", "Published: 2024-03-30" is the page's own date line, not an event date.
      if (/(?:date|published|updated|posted|publié|mis\s+à\s+jour)\s*:?\s*$/i.test(env.text.slice(Math.max(0, m.index - 16), m.index))) return null;
      const date = m[1] ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : isoDate(Number(m[6]), Number(m[5]), Number(m[4]));
      return date ? { value: { date, precision: "day", anchored: true } } : null;
    },
  };
}
