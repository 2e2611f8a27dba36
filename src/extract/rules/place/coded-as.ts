import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { leadingName, mention, NAME_SOURCE } from "./place-name.js";

/** The name written just before the bracket. */
const NAME_BEFORE = new RegExp(`(${NAME_SOURCE})\\s*$`, "u");

/**
 * ACLED notes say where an event was coded: "Sira (coded as Barani at geoprecision 2)".
 * The written place is the mention; the coded one is its anchor (secondary), near it at precision 2.
 */
export function codedAsRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const pattern = new RegExp(`\\((?:coded|geo-?coded|located)\\s+(?:as|at|in)\\s+(${NAME_SOURCE})(?:\\s+at\\s+geo-?precision\\s+(\\d))?[^)]{0,40}\\)`, "gu");
  return {
    name: `${lex.lang}/place-coded-as`,
    pattern,
    extract(m, env) {
      const before = NAME_BEFORE.exec(env.text.slice(Math.max(0, m.index - 50), m.index));
      const writtenRun = before ? before[1] : null;
      const start = before ? m.index - before[0].length : m.index;
      const coded = leadingName(env, m[1]);
      if (!coded) return null;
      const precision = m[2] ? Number(m[2]) : 1;
      const words = writtenRun ? writtenRun.split(/[ \t]+/) : [];
      const written = words.length > 0 ? leadingName(env, words.slice(Math.max(0, words.length - 2)).join(" ")) : null;
      const relation = precision >= 3 ? "area" : precision === 2 ? "near" : "at";
      if (written && written !== coded && !env.lex.placeStopwords.has(written)) {
        const found = env.text.lastIndexOf(written, m.index);
        const s0 = found >= start ? found : start;
        return { value: mention(env, `${lex.lang}/place-coded-as`, s0, m.index + m[0].length, written, null, relation, [], coded), start: s0 };
      }
      return { value: mention(env, `${lex.lang}/place-coded-as`, m.index, m.index + m[0].length, coded, null, relation, []) };
    },
  };
}
