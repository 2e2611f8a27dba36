import type { ActorValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";
import { FR_AGENT_BEFORE } from "./fr-voice.js";

/** "MINUSMA camp", "JNIM position": the group named through its premises is a target. */
const FACILITY_AFTER = /^\s+(?:camps?|bases?|posts?|outposts?|convoys?|vehicles?|positions?|checkpoints?|stations?|headquarters|hideouts?|strongholds?|(?:tank\s+)?trucks?|tankers?|(?:military\s+)?camps?)\b/i;

export function isFacilityAfter(text: string, end: number): boolean {
  return FACILITY_AFTER.test(text.slice(end, end + 24));
}

const EN_AGENT_BEFORE = /\bby\s+(?:(?:the|an?|presumed|suspected|alleged|unknown|unidentified|armed|some)\s+)*$/i;
/** "by unknown gunmen", "par des hommes armés": the agent of a passive, in either language. */
const AGENT_BEFORE = { test: (s: string): boolean => EN_AGENT_BEFORE.test(s) || FR_AGENT_BEFORE.test(s) };

/** Named groups (JNIM, Islamic State Sahel, VDP, Barkhane...), with a trailing "militants"/"fighters". */
export function namedActorRule(lex: CompiledLexicons): Rule<ActorValue> {
  return matcherRule(`${lex.lang}/actor-named`, lex.namedActors, (sense, m, env) => ({
    value: { sense, agent: AGENT_BEFORE.test(env.text.slice(Math.max(0, m.index - 40), m.index)), facility: isFacilityAfter(env.text, m.index + m[0].length) },
  }));
}

/** Case-sensitive acronyms that are also words ("IS" but not "is"). */
export function namedActorCaseSensitiveRule(lex: CompiledLexicons): Rule<ActorValue> {
  return matcherRule(`${lex.lang}/actor-named-acronym`, lex.namedActorsCaseSensitive, (sense, m, env) => ({
    value: { sense, agent: AGENT_BEFORE.test(env.text.slice(Math.max(0, m.index - 40), m.index)) },
  }));
}

export { AGENT_BEFORE };
