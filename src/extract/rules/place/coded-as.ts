import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { leadingName, mention, NAME_SOURCE } from "./place-name.js";

/**
 * ACLED notes say where an event was coded: "Materou (coded as Madougou at geoprecision 2)".
 * The written place is the mention; the coded one is its anchor (secondary), near it at precision 2.
 */
export function codedAsRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const pattern = new RegExp(`(?:(${NAME_SOURCE})\\s*)?\\((?:coded|geo-?coded|located)\\s+(?:as|at|in)\\s+(${NAME_SOURCE})(?:\\s+at\\s+geo-?precision\\s+(\\d))?[^)]{0,40}\\)`, "gu");
  return {
    name: `${lex.lang}/place-coded-as`,
    pattern,
    extract(m, env) {
      const coded = leadingName(env, m[2]);
      if (!coded) return null;
      const precision = m[3] ? Number(m[3]) : 1;
      const written = m[1] ? leadingName(env, m[1]) : null;
      const relation = precision >= 3 ? "area" : precision === 2 ? "near" : "at";
      if (written && written !== coded && !env.lex.placeStopwords.has(written)) {
        return { value: mention(env, `${lex.lang}/place-coded-as`, m.index, m.index + m[0].length, written, null, relation, [], coded) };
      }
      return { value: mention(env, `${lex.lang}/place-coded-as`, m.index, m.index + m[0].length, coded, null, relation, []) };
    },
  };
}
