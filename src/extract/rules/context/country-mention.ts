import type { CompiledLexicons, CountryMention } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";

/**
 * "near the border with Mali", "proche du Mali", "région frontalière du Niger", "frontière malienne":
 * a neighbour named as a landmark, not the country the event is in (French reports from Niger
 * and Burkina Faso name the Malian border in most ledes).
 */
const BORDER_BEFORE = /(?:[Bb]order(?:s|ing)?|frontier|neighbou?ring|near\s+the\s+border\s+with|frontières?|frontali(?:er|ère|ers|ères)|proches?|près|limitrophes?|voisin(?:e|s|es)?)\s+(?:(?:with|of|avec|du|de\s+la|de\s+l['’]|de|d['’]|le|la|l['’]|the|entre)\s*)*(?:[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?\s*(?:,|\s+and|\s+et|\s+or|\s+ou)\s+(?:(?:le|la|the)\s+|l['’])?)?$/u;

/** "near the Mali border", "Burkina Faso's border", "the Mali-Niger borderland": a neighbour named as a landmark (see BORDER_BEFORE). */
const BORDER_AFTER = /^(?:['’]s)?(?:\s*-\s*[\p{Lu}][\p{L}]+)?\s+(?:borders?|borderlands?|frontiers?|border\s+(?:area|region|zone))\b/u;

/** "Burkina Faso", "Malian": the country an actor or place belongs to. */
export function countryMentionRule(lex: CompiledLexicons): Rule<CountryMention> {
  // "the border with Niger and Mali": both named as the border
  return matcherRule(`${lex.lang}/country-mention`, lex.countries, (value, m, env) => {
    if (BORDER_BEFORE.test(env.text.slice(Math.max(0, m.index - 40), m.index))) return null;
    if (BORDER_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
    return { value };
  });
}
