import type { CompiledLexicons, TriggerKind } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";

const VEHICLE_AFTER = /^\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+){0,2}(?:trucks?|trailers?|lorr(?:y|ies)|vehicles?|buses|bus|cars?|pirogues?|boats?|convoys?|tankers?|motorbikes?|tricycles?)\b/i;
const NO_RIOT_BEFORE = /\b(?:no\s+(?:mention\s+of\s+(?:a\s+)?|reports?\s+of\s+)?|without\s+(?:any\s+)?|removal\s+of\s+(?:the\s+)?|remove\s+(?:the\s+)?|dismantl\w+\s+(?:of\s+)?(?:the\s+)?|lift(?:ing)?\s+(?:of\s+)?(?:the\s+)?)$/i;
const NAMED_MINE_BEFORE = /(?:[a-z,]\s+[A-Z][\p{L}-]+|\b(?:to|at|attacked|near|of|from|around|inside|into)\s+the)\s+$/u;
const MINE_SITE_AFTER = /^\s*(?:planters?|layers?|sites?|workers|employees|company|companies|convoy|owners?|operators?|staff|security|guards?|facility|facilities|perimeter|area)\b/i;
/** "militants equipped with an IED", "in possession of grenades": weapons carried, not used. */
const CARRIED_BEFORE = /\b(?:equipped\s+with|carrying|in\s+possession\s+of|armed\s+with|porteurs?\s+d['’]|en\s+possession\s+d['’]?)\s*(?:an?\s+|one\s+|two\s+|three\s+|several\s+|\d+\s+|des\s+|une?\s+)?$/i;
/** "IEDs, documents and materiel were seized", "IED-making materials": a list of what was taken. */
const SEIZED_AFTER = /^(?:[\s-]+making\b|[^.;]{0,80}?\b(?:were|was|had\s+been)\s+(?:\w+\s+)?(?:seized|recovered|confiscated)\b|[^.;]{0,60}?\b(?:ont\s+été|a\s+été)\s+(?:saisi|récupéré)\w*)/i;
const SEIZED_BEFORE = /\b(?:seiz(?:ed|ing)|recover(?:ed|ing)|discover(?:ed|ing)|found|caches?\s+of|dismantl(?:ed|ing)|defus(?:ed|ing)|saisi|découvert)\b[^.;]*$/i;

/** "killed two sheep", "shot dead livestock": animals killed are property destroyed, not people killed. */
const ANIMALS_AFTER = /^\s+(?:(?:two|three|four|five|several|many|some|the|their|his|her|\d+|dozens\s+of|hundreds\s+of)\s+)?(?:head\s+of\s+)?(?:livestock|cattle|sheep|goats?|cows?|animals|donkeys?|camels?|oxen)\b(?!\s+(?:traders?|owners?|herders?|breeders?|dealers?|merchants?|markets?))/i;

/** Event words from triggers.json ("attacked", "ambush", "IED", "abducted", "staged a sit-in"). */
export function lexiconTriggerRule(lex: CompiledLexicons): Rule<TriggerKind> {
  return matcherRule(`${lex.lang}/trigger-lexicon`, lex.triggers, (kind, m, env) => {
    // "attack" as a noun in sports or metaphor is left to the assembly (it needs an armed actor nearby).
    if (kind.kind === "ied" && /^mines?$/i.test(m[0]) && /\b(?:gold|artisanal|mining|coal)\s*$/i.test(env.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    // "the Inata mine", "mine planters", "attacked the mine": a gold mine or the people who lay mines, not a blast
    if (kind.kind === "ied" && /^mines?$/.test(m[0]) && (NAMED_MINE_BEFORE.test(env.text.slice(Math.max(0, m.index - 30), m.index)) || MINE_SITE_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 30)))) return null;
    // "seized arms, ammunition, IEDs", "discovered a mine": explosives taken or found, not set off
    if ((kind.kind === "ied" || kind.kind === "grenade") && (SEIZED_BEFORE.test(env.text.slice(Math.max(0, m.index - 70), m.index)) || CARRIED_BEFORE.test(env.text.slice(Math.max(0, m.index - 40), m.index)) || SEIZED_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 100)))) return { value: { kind: "seizure", weight: 22 } };
    if (kind.kind === "kill" && ANIMALS_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 50))) return { value: { kind: "loot", weight: 40 } };
    // "intercepted a truck": a hold-up on the road, not a kidnapping (unless people are said to be taken)
    if (kind.kind === "abduct" && /^intercepted$/i.test(m[0]) && VEHICLE_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return { value: { kind: "loot", weight: 40 } };
    // "demanding the removal of barricades", "no mention of riot": the words without the deed
    if (kind.kind === "riot" && NO_RIOT_BEFORE.test(env.text.slice(Math.max(0, m.index - 30), m.index))) return null;
    // "March" the month, "May" the verb: not protests.
    if (kind.kind === "protest" && /^March(?:es)?$/.test(m[0])) return null;
    return { value: kind };
  });
}
