/**
 * French-only rules and where they go in each field's order (rule-order.ts splices them in).
 * The shared rules already read both languages through the lexicons; these cover what French
 * writes differently: weekdays before dates, nights named by two days, elided "d'" before
 * place names, euphemisms for the dead, and army communiqués' "neutralisés".
 */
import type { PlaceMention } from "../domain/index.js";
import type { DateValue, FatalityValue, VerificationValue } from "./facts.js";
import type { CompiledLexicons } from "./lexicon/compiled.js";
import type { Rule } from "./rule.js";
import { frenchDaysAgoRule } from "./rules/date/fr-days-ago.js";
import { frenchMonthPartRule } from "./rules/date/fr-month-part.js";
import { frenchNightOfRule } from "./rules/date/fr-night-of.js";
import { frenchWeekdayDateRule } from "./rules/date/fr-weekday-date.js";
import { frenchDeathPhraseRule } from "./rules/fatalities/fr-death-phrases.js";
import { frenchNounPlaceRule } from "./rules/place/fr-noun-place.js";
import { frenchRegionPlaceRule } from "./rules/place/fr-region-place.js";
import { frenchVerbObjectPlaceRule } from "./rules/place/fr-verb-object-place.js";
import { frenchArmyClaimRule } from "./rules/verification/fr-army-claim.js";

export interface LanguageRules {
  /** Before every shared date rule: they span what a shared rule would read in part. */
  datesFirst: Rule<DateValue>[];
  /** After the shared count rules: they read what those leave. */
  fatalitiesLast: Rule<FatalityValue>[];
  /** After the coded-as and two-place rules, before the shared kind-word rules: they also read an elided "d'" and an anchor after the name. */
  placesBeforeKinds: Rule<PlaceMention>[];
  verification: Rule<VerificationValue>[];
}

export const NO_LANGUAGE_RULES: LanguageRules = { datesFirst: [], fatalitiesLast: [], placesBeforeKinds: [], verification: [] };

export function frenchRules(lex: CompiledLexicons): LanguageRules {
  return {
    datesFirst: [frenchNightOfRule(lex), frenchWeekdayDateRule(lex), frenchMonthPartRule(lex), frenchDaysAgoRule(lex)],
    fatalitiesLast: [frenchDeathPhraseRule(lex)],
    placesBeforeKinds: [frenchNounPlaceRule(lex), frenchVerbObjectPlaceRule(lex), frenchRegionPlaceRule(lex)],
    verification: [frenchArmyClaimRule(lex)],
  };
}
