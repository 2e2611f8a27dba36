import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { isCountryName, knownPrefix, mention, NAME_SOURCE } from "./place-name.js";

/** The name just before "'s", read backwards from the apostrophe (cheaper than trying a name at every capital). */
const NAME_BEFORE = new RegExp(`(${NAME_SOURCE})$`, "u");

/** "Djibo's army base", "Kidal's airport": a known town named as the owner of the target. */
export function possessivePlaceRule(lex: CompiledLexicons): Rule<PlaceMention> {
  return {
    name: `${lex.lang}/place-possessive`,
    pattern: /['’]s(?![\p{L}])/gu,
    extract(m, env) {
      const before = NAME_BEFORE.exec(env.text.slice(Math.max(0, m.index - 40), m.index));
      if (!before) return null;
      const words = before[1].split(/[ \t]+/);
      let name: string | null = null;
      for (let n = Math.min(words.length, 3); n >= 1 && name === null; n--) {
        const candidate = words.slice(words.length - n).join(" ");
        if (knownPrefix(env, candidate) === candidate) name = candidate;
      }
      if (!name || isCountryName(env, name)) return null;
      const start = m.index - name.length;
      return { value: mention(env, `${lex.lang}/place-possessive`, start, m.index + m[0].length, name, null, "at", []), start };
    },
  };
}
