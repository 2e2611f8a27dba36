import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { isCountryName, knownPrefix, mention, NAME_SOURCE, readQualifiers } from "./place-name.js";

/**
 * "ont attaqué Djibo", "ont pris d'assaut Arbinda", "a visé Kaya": a town as the object of an
 * attack verb. The object may also be a group ("ont attaqué le JNIM"), so only names the
 * gazetteer knows count, and never a country.
 */
export function frenchVerbObjectPlaceRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const pattern = new RegExp(`(?<![\\p{L}])(?:attaqu(?:é|ée|és|ées|ent|ant|er)|pris\\s+d['’]assaut|assiég(?:é|ée|ent|eant)|investi|envahi|vis(?:é|ée|ant|ent)|cibl(?:é|ée|ant|ent)|frapp(?:é|ée|ant|ent))\\s+(${NAME_SOURCE})`, "gu");
  const name = `${lex.lang}/place-verb-object`;
  return {
    name,
    pattern,
    extract(m, env) {
      const found = knownPrefix(env, m[1]);
      if (!found || isCountryName(env, found)) return null;
      const start = m.index + m[0].length - m[1].length;
      const q = readQualifiers(env, start + found.length);
      const end = Math.max(start + found.length, q.end);
      return { value: mention(env, name, start, end, found, null, "at", q.names), start, end };
    },
  };
}
