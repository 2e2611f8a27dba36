import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { mention } from "./place-name.js";

/**
 * "au Nord", "dans l'Est", "au Centre-Nord": a capitalised compass name that the gazetteer knows
 * as a first-level region (Burkina Faso's regions). Not when it only orients another place
 * ("au Nord du Mali"), which is the direction, not the region.
 */
export function frenchRegionPlaceRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const pattern = /(?<![\p{L}])(?:au|dans\s+le|dans\s+l['’]|de\s+l['’]|du|vers\s+le|vers\s+l['’])\s*((?:Centre|Nord|Sud|Est|Ouest)(?:-(?:Nord|Sud|Est|Ouest))?)(?![\p{L}-])(?!\s+(?:du|de|des|d['’]))/gu;
  const name = `${lex.lang}/place-region`;
  return {
    name,
    pattern,
    extract(m, env) {
      const region = m[1];
      if (!env.places.kinds(region).includes("admin1")) return null;
      return { value: mention(env, name, m.index, m.index + m[0].length, region, "admin1", "area", []) };
    },
  };
}
