import type { CompiledLexicons, CountryMention } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";

/** "Burkina Faso", "Malian": the country an actor or place belongs to. */
export function countryMentionRule(lex: CompiledLexicons): Rule<CountryMention> {
  return matcherRule(`${lex.lang}/country-mention`, lex.countries, (value) => ({ value }));
}
