/**
 * The order of every rule and refiner, as data. Where hits of one field overlap, the rule
 * listed first wins (dropOverlaps), except where a field says "longest wins".
 */
import type { PlaceMention } from "../domain/index.js";
import type { ActorValue, DateValue, FatalityValue, VerificationValue, WeaponValue } from "./facts.js";
import type { CompiledLexicons, CountryMention, TriggerKind } from "./lexicon/compiled.js";
import type { Lang } from "./lexicon/types.js";
import { compiledLexicons } from "./lexicon/compiled.js";
import { ethnicAgentRule } from "./rules/actor/ethnic-agent.js";
import { communityMembersRule } from "./rules/actor/community-members.js";
import { ethnicMilitiaRule } from "./rules/actor/ethnic-militia.js";
import { namedActorCaseSensitiveRule, namedActorRule } from "./rules/actor/named-actor.js";
import { misspeltAcronymRule } from "./rules/actor/misspelt-acronym.js";
import { templatedActorRule } from "./rules/actor/templated-actor.js";
import { backgroundCueRule } from "./rules/context/background-cue.js";
import { countryMentionRule } from "./rules/context/country-mention.js";
import { dayMonthYearRule } from "./rules/date/day-month-year.js";
import { isoDateRule } from "./rules/date/iso-date.js";
import { monthDayYearRule } from "./rules/date/month-day-year.js";
import { monthYearRule } from "./rules/date/month-year.js";
import { relativeDayRule } from "./rules/date/relative-day.js";
import { weekdayRule } from "./rules/date/weekday.js";
import { countKilledRule } from "./rules/fatalities/count-killed.js";
import { deathTollRule } from "./rules/fatalities/death-toll.js";
import { killedCountRule } from "./rules/fatalities/killed-count.js";
import { captivesKilledRule } from "./rules/fatalities/captives-killed.js";
import { noCasualtiesRule } from "./rules/fatalities/no-casualties.js";
import { toDeathRule } from "./rules/fatalities/to-death.js";
import { diedOfInjuriesRule } from "./rules/fatalities/died-of-injuries.js";
import { woundedLaterDiedRule } from "./rules/fatalities/wounded-later-died.js";
import { singularVictimKilledRule } from "./rules/fatalities/singular-victim-killed.js";
import { betweenPlacesRule } from "./rules/place/between-places.js";
import { borderOrRiverRule } from "./rules/place/border-or-river.js";
import { codedAsRule } from "./rules/place/coded-as.js";
import { distanceFromRule } from "./rules/place/distance-from.js";
import { kindPrefixRule } from "./rules/place/kind-prefix.js";
import { kindSuffixRule } from "./rules/place/kind-suffix.js";
import { placeModifierRule } from "./rules/place/place-modifier.js";
import { possessivePlaceRule } from "./rules/place/possessive-place.js";
import { prepositionPlaceRule } from "./rules/place/preposition-place.js";
import { qualifiedNameRule } from "./rules/place/qualified-name.js";
import { quarterOfTownRule } from "./rules/place/quarter-of-town.js";
import { lexiconTriggerRule } from "./rules/trigger/lexicon-trigger.js";
import { armyClaimRule } from "./rules/verification/army-claim.js";
import { claimCueRule } from "./rules/verification/claim-cue.js";
import { claimRelayRule } from "./rules/verification/claim-relay.js";
import { confirmedCueRule } from "./rules/verification/confirmed-cue.js";
import { hedgeCueRule } from "./rules/verification/hedge-cue.js";
import { captureCueRule } from "./rules/weapon/capture-cue.js";
import { weaponAcronymRule, weaponModelRule } from "./rules/weapon/weapon-model.js";
import type { Rule } from "./rule.js";
import { frenchRules, NO_LANGUAGE_RULES } from "./rule-order-fr.js";

export interface RuleSet {
  lex: CompiledLexicons;
  /** Longest wins: "killed" inside "shot and killed". */
  triggers: Rule<TriggerKind>[];
  /** Longest wins: "JNIM militants" over "militants"; "Fulani militiamen" over "men". */
  actors: Rule<ActorValue>[];
  /** Order wins: "no casualties" before counts; a toll before "N killed"; "N were killed" before "killed N" (same words read once). */
  fatalities: Rule<FatalityValue>[];
  /** Order wins: full numeric and written dates before partial ones ("9 June 2019" before "June 2019"), weekdays and relative words last. */
  dates: Rule<DateValue>[];
  /**
   * Order wins: ACLED's "(coded as X)" first (it names the coded place), then borders and rivers
   * ("near the Mali border": a landmark, not the place's country), then two-place forms,
   * then a town's quarter ("the X quarter of Timbuktu"), then names the text vouches for ("the town of X", "X province", "X (Commune, Province)"), then gazetteer-checked
   * names after prepositions, then possessives, then known names before a noun ("the Tamkoutat market").
   */
  places: Rule<PlaceMention>[];
  verification: Rule<VerificationValue>[];
  monitors: Rule<string>[];
  /** Longest wins: "Zastava M70AB2" over "Zastava M70". */
  weapons: Rule<WeaponValue>[];
  captureCues: Rule<true>[];
  background: Rule<true>[];
  countries: Rule<CountryMention>[];
}

const cache = new Map<Lang, RuleSet>();

export function ruleSet(lang: Lang): RuleSet {
  let set = cache.get(lang);
  if (set) return set;
  const lex = compiledLexicons(lang);
  const own = lang === "fr" ? frenchRules(lex) : NO_LANGUAGE_RULES;
  set = {
    lex,
    triggers: [lexiconTriggerRule(lex)],
    actors: [namedActorRule(lex), namedActorCaseSensitiveRule(lex), misspeltAcronymRule(lex), ethnicMilitiaRule(lex), ethnicAgentRule(lex), communityMembersRule(lex), templatedActorRule(lex)],
    fatalities: [noCasualtiesRule(lex), deathTollRule(lex), countKilledRule(lex), killedCountRule(lex), captivesKilledRule(lex), toDeathRule(lex), woundedLaterDiedRule(lex), diedOfInjuriesRule(lex), singularVictimKilledRule(lex), ...own.fatalitiesLast],
    dates: [...own.datesFirst, isoDateRule(lex), dayMonthYearRule(lex), monthDayYearRule(lex), monthYearRule(lex), weekdayRule(lex), relativeDayRule(lex)],
    places: [codedAsRule(lex), borderOrRiverRule(lex), betweenPlacesRule(lex), quarterOfTownRule(lex), ...own.placesBeforeKinds, kindPrefixRule(lex), kindSuffixRule(lex), distanceFromRule(lex), qualifiedNameRule(lex), prepositionPlaceRule(lex), possessivePlaceRule(lex), placeModifierRule(lex)],
    verification: [claimCueRule(lex), ...own.verification, ...(lang === "en" ? [armyClaimRule(lex)] : []), hedgeCueRule(lex), confirmedCueRule(lex)],
    monitors: [claimRelayRule(lex)],
    weapons: [weaponModelRule(lex), weaponAcronymRule(lex)],
    captureCues: [captureCueRule(lex)],
    background: [backgroundCueRule(lex)],
    countries: [countryMentionRule(lex)],
  };
  cache.set(lang, set);
  return set;
}

/**
 * Refiners run in this order on the drafts of one document:
 * 1. attach-continuations: sentences that go on about the event join it (built while drafting);
 * 2. drop-unanchored: a draft with no place, date or count is commentary, not an event;
 * 3. merge-definite-reference: "The attack in Kalamba..." / "The most lethal of the reported
 *    incidents..." join the earlier draft they refer to (lede + detail become one event);
 * 4. drop-duplicates: identical events from restated sentences collapse.
 * Order matters: merging before dropping would let commentary absorb real events.
 */
export const REFINER_ORDER = ["attach-continuations", "drop-unanchored", "merge-definite-reference", "drop-duplicates"] as const;
