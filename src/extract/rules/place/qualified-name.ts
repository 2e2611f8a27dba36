import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { mention, NAME_SOURCE, readQualifiers } from "./place-name.js";

const NAME_BEFORE = new RegExp(`(${NAME_SOURCE})\\s*$`, "u");
/** A village's number after its name: "II", "2". */
const NUMBER = /^(?:I{1,3}|IV|VI{0,3}|\d{1,2})$/;

/**
 * "Gaskinde (Pobe-Mengao, Soum)": a name followed by its commune/province in brackets, as
 * ACLED notes and many reports write places. The brackets vouch for the name when the
 * gazetteer knows one of them.
 */
export function qualifiedNameRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const pattern = new RegExp(`\\((?=${NAME_SOURCE},)`, "gu");
  return {
    name: `${lex.lang}/place-qualified`,
    pattern,
    extract(m, env) {
      const before = NAME_BEFORE.exec(env.text.slice(Math.max(0, m.index - 50), m.index));
      if (!before) return null;
      const words = before[1].split(/[ \t]+/);
      // keep the last words only: "On Monday Gaskinde" -> "Gaskinde"
      // "Kabonga II (Pama, Kompienga)": a numbered village is the name and its number
      const numbered = words.length >= 2 && NUMBER.test(words[words.length - 1]);
      let name = numbered ? words.slice(-2).join(" ") : words[words.length - 1];
      for (let n = words.length; n >= 1; n--) {
        const candidate = words.slice(words.length - n).join(" ");
        if (numbered && n < 2) break;
        if (!env.lex.placeStopwords.has(candidate.split(" ")[0]) && (env.places.has(candidate) || n === 1 || (numbered && n === 2))) {
          name = candidate;
          break;
        }
      }
      if (env.lex.placeStopwords.has(name)) return null;
      const nameEnd = m.index - (before[0].length - before[1].length);
      const start = nameEnd - name.length;
      const q = readQualifiers(env, nameEnd);
      if (q.names.length === 0 || !q.names.some((n) => env.places.has(n))) return null;
      return { value: mention(env, `${lex.lang}/place-qualified`, start, q.end, name, null, "at", q.names), start, end: q.end };
    },
  };
}
