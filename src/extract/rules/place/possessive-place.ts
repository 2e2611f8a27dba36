import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { isCountryName, knownPrefix, mention, NAME_SOURCE } from "./place-name.js";

/** "Djibo's army base", "Kidal's airport": a known town named as the owner of the target. */
export function possessivePlaceRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const pattern = new RegExp(`(?<![\\p{L}])(${NAME_SOURCE})['’]s(?![\\p{L}])`, "gu");
  return {
    name: `${lex.lang}/place-possessive`,
    pattern,
    extract(m, env) {
      const name = knownPrefix(env, m[1]);
      if (!name || name !== m[1] || isCountryName(env, name)) return null;
      return { value: mention(env, `${lex.lang}/place-possessive`, m.index, m.index + m[0].length, name, null, "at", []) };
    },
  };
}
