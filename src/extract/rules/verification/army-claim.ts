import type { VerificationValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

/**
 * Army communiqués' English wording: "neutralised about twenty terrorists". Enemy losses that
 * only the army reports are a party's claim (the English twin of fr-army-claim): verification
 * "claimed", claimed by the military.
 */
export function armyClaimRule(lex: CompiledLexicons): Rule<VerificationValue> {
  return {
    name: `${lex.lang}/verification-army-claim`,
    pattern: /(?<![\p{L}])neutrali[sz](?:ed|ing)(?![\p{L}])/giu,
    extract(m, env) {
      // "neutralised an IED" is a disrupted device, not a claim of enemy dead
      const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/^["”’']?\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:improvised\s+)?(?:ieds?|explosives?|devices?|mines?|bombs?|landmines?)\b/i.test(after)) return null;
      return { value: { kind: "claim", claimant: "military" } };
    },
  };
}
