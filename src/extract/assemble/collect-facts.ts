import type { DocumentFacts } from "../facts.js";
import type { RuleSet } from "../rule-order.js";
import { dropOverlaps, keepLongest, runRules, type RuleEnv } from "../rule.js";

/** Runs every rule family over the readable part of the text: one pass per rule, hits sorted by position. */
export function collectFacts(rules: RuleSet, env: RuleEnv, limit: number): DocumentFacts {
  const byPos = <T>(hits: T[]): T[] => hits;
  return {
    triggers: keepLongest(runRules(rules.triggers, env, limit)),
    actors: keepLongest(runRules(rules.actors, env, limit)),
    fatalities: dropOverlaps(runRules(rules.fatalities, env, limit)),
    dates: dropOverlaps(runRules(rules.dates, env, limit)),
    places: dropOverlaps(runRules(rules.places, env, limit)),
    verification: dropOverlaps(runRules(rules.verification, env, limit)),
    monitors: dropOverlaps(runRules(rules.monitors, env, limit)),
    weapons: keepLongest(runRules(rules.weapons, env, limit)),
    captureCues: byPos(runRules(rules.captureCues, env, limit)),
    background: byPos(runRules(rules.background, env, limit)),
    countries: byPos(runRules(rules.countries, env, limit)),
  };
}
