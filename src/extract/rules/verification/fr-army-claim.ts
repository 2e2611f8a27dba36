import type { VerificationValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

/**
 * Army communiqués' wording: "80 terroristes ont été neutralisés", "neutralisé une dizaine
 * d'assaillants", "bilan côté ennemi", "plusieurs terroristes mis hors d'état de nuire".
 * Enemy losses that only the army reports are a party's claim, not a confirmed fact: the event
 * is coded "claimed", claimed by the military.
 */
export function frenchArmyClaimRule(lex: CompiledLexicons): Rule<VerificationValue> {
  const pattern = /(?<![\p{L}])(?:neutralis(?:é|és|ée|ées|ant|er)|mis\s+hors\s+d['’]état\s+de\s+nuire|(?:bilan\s+)?côté\s+(?:ennemi|terroristes?|assaillants?)|pertes\s+(?:dans\s+les\s+rangs\s+)?(?:ennemies|de\s+l['’]ennemi|des\s+terroristes))(?![\p{L}])/giu;
  return {
    name: `${lex.lang}/verification-army-claim`,
    pattern,
    extract(m, env) {
      // "neutralisé un engin explosif" is a disrupted device, not a claim of enemy dead
      if (/^neutralis/i.test(m[0]) && /^\s+(?:un|une|des|l['’]|les)?\s*(?:engins?|eei|mines?|bombes?|explosifs?)/i.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return null;
      return { value: { kind: "claim", claimant: "military" } };
    },
  };
}
