import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { knownPrefix, mention, NAME_SOURCE, readQualifiers } from "./place-name.js";

const PAIR_BEFORE = new RegExp(`(${NAME_SOURCE})\\s*[-–]\\s*(${NAME_SOURCE})\\s+$`, "u");

/**
 * "between Mamba and Toye", "between Wendou & Kobou", "the Lere-Nampala axis", "axis Aguelhok-Tessalit",
 * "the road linking Kobou and Sira", "between Wendou-Kobou": a stretch between two places.
 */
export function betweenPlacesRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const between = lex.lang === "fr" ? "entre" : "between";
  const and = lex.lang === "fr" ? "et" : "and";
  // "on the axis Wendou and Kobou", "the road linking Kobou and Sira", "reliant Kobou et Sira"
  const linking = lex.lang === "fr" ? "(?:axe|route)\\s+(?:reliant\\s+)?|reliant" : "(?:axis|road)(?:\\s+(?:linking|connecting|between))?|linking|connecting";
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:(?:${between}|${linking})\\s+(?:the\\s+)?(?:(?:towns?|villages?|localités?)\\s+(?:of\\s+|de\\s+)?)?(${NAME_SOURCE})(?:\\s*\\([^)]{1,60}\\))?\\s*(?:${and}|&)\\s*(${NAME_SOURCE})|(?:axis|road|axe|route)\\s+(${NAME_SOURCE})\\s*[-–]\\s*(${NAME_SOURCE})|(?<=\\s)(?:axis|road|highway)(?![\\p{L}])|${between}\\s+([\\p{Lu}][\\p{L}'’]+)[-–]([\\p{Lu}][\\p{L}'’]+)(?![\\p{L}-]))`,
    "gu",
  );
  return {
    name: `${lex.lang}/place-between`,
    pattern,
    extract(m, env) {
      // "between Tessit-Kobou": a pair written with a hyphen, unless the gazetteer knows the whole ("Gorom-Gorom")
      if (m[5] && env.places.has(`${m[5]}-${m[6]}`)) return null;
      let a = m[1] ?? m[3] ?? m[5];
      let b = m[2] ?? m[4] ?? m[6];
      let start = m.index;
      if (!a || !b) {
        // "the Lere-Nampala axis": read the two names back from the keyword
        const pair = PAIR_BEFORE.exec(env.text.slice(Math.max(0, m.index - 70), m.index));
        if (!pair) return null;
        a = pair[1];
        b = pair[2];
        start = m.index - pair[0].length;
      }
      const x = knownPrefix(env, a);
      const y = knownPrefix(env, b);
      if (!x && !y) return null;
      const relation = m[1] || m[5] ? "between" : "axis";
      if (!x && !y) return null;
      const first = x ?? a.split(/\s+/)[0];
      const second = y ?? b.split(/\s+/)[0];
      // "between Kobou (Pama, Kompienga) and Sira (Koro, Mopti)": the first place's own bracket qualifies it, not the second's
      const own = m[1] ? readQualifiers(env, m.index + m[0].indexOf(m[1]) + m[1].length) : null;
      const q = own && own.names.length > 0 ? own : readQualifiers(env, m.index + m[0].length);
      return { value: mention(env, `${lex.lang}/place-between`, start, m.index + m[0].length, first, null, relation, q.names, second), start };
    },
  };
}
