import type { ActorValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { ActorSense } from "../../lexicon/types.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";
import { FR_AGENT_BEFORE } from "./fr-voice.js";

/** "MINUSMA camp", "JNIM position": the group named through its premises is a target. */
const FACILITY_AFTER = /^\s+(?:camps?|bases?|posts?|outposts?|convoys?|vehicles?|positions?|checkpoints?|stations?|headquarters|hideouts?|strongholds?|(?:tank\s+)?trucks?|tankers?|(?:military\s+)?camps?)\b/i;

export function isFacilityAfter(text: string, end: number): boolean {
  return FACILITY_AFTER.test(text.slice(end, end + 24));
}

// "escorted by the army", "a truck chartered by MINUSMA": a "by" that names who protects or owns, not who attacks
// "supported by volunteer fighters", "backed by French aircraft": a "by" that names an ally of the subject
// "a town controlled by the CMA", "a group founded by": a "by" that says who holds or made something
const EN_AGENT_BEFORE = /(?<!\b(?:escorted|accompanied|guarded|protected|secured|manned|owned|chartered|rented|operated|commanded|led|trained|hired|used|run|held|followed|replaced|supported|backed|assisted|aided|helped|reinforced|joined|guided|flanked|seconded|controlled|administered|governed|ruled|dominated|occupied|founded|created|formed|recruited|wanted)\s)\bby\s+(?:(?:the|an?|presumed|suspected|alleged|unknown|unidentified|armed|some)\s+)*['"‘“]?$/i;
/** "by unknown gunmen", "by 'jihadists'", "par des hommes armés": the agent of a passive, in either language. */
const AGENT_BEFORE = { test: (s: string): boolean => EN_AGENT_BEFORE.test(s) || FR_AGENT_BEFORE.test(s) };

/** "JNIM claimed responsibility", "l'EIGS a revendiqué": the claimant is named as the one who did it. */
const CLAIMS_AFTER = /^\s+(?:(?:later|has|had|have|subsequently|also|quickly|officially|reportedly)\s+)*(?:claimed|claims|claiming)\s+(?:responsibility|the\s+(?:attack|ambush|killing|abduction|operation|assault|explosion|blast|bombing))|^\s+(?:a|ont|avait|avaient)\s+(?:(?:rapidement|ensuite|officiellement|aussitôt)\s+)*revendiqu/iu;

function isAgent(text: string, start: number, end: number): boolean {
  return AGENT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || CLAIMS_AFTER.test(text.slice(end, end + 60));
}

/** "peacekeepers on leave", "an off-duty Barkhane soldier": foreign or state troops off duty. */
const ON_LEAVE_AFTER = /^\s+(?:on\s+leave|en\s+(?:congé|permission))\b|^\s*\(\s*(?:off[- ]duty|on\s+leave)\b/iu;
const OFF_DUTY_BEFORE = /\boff[- ]duty\s+$/i;

/** "the Koglweogo chief", "a Koglweogo leader": one militia's leader, named by his office. */
const LEADER_AFTER = /^\s+(?:chief|leader|head|chef|responsable)\b/i;

/**
 * Troops or militiamen who are not on duty are civilians for ACLED, whichever force they belong to; so is a local
 * militia's leader targeted on his own (the chief killed at home or abducted on the road).
 */
function offDuty(lex: CompiledLexicons, sense: ActorSense, text: string, start: number, end: number): ActorSense {
  if (sense.entry.inter === 4 && sense.entry.id === "koglweogo" && LEADER_AFTER.test(text.slice(end, end + 12))) {
    const civilians = lex.actorById.get("civilians");
    return civilians ? { entry: civilians, country: sense.entry.country ?? null } : sense;
  }
  if (sense.entry.inter >= 5 && sense.entry.inter <= 7) return sense;
  if (!ON_LEAVE_AFTER.test(text.slice(end, end + 16)) && !OFF_DUTY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return sense;
  const civilians = lex.actorById.get("civilians");
  // ...of the force's country when it has one ("Malian soldiers on leave")
  return civilians ? { entry: civilians, country: sense.country ?? sense.entry.country ?? null } : sense;
}

/** "CMA sources", "the CMA condemned", "GATIA accused the CMA of": a group that speaks of the event, not a party to it. */
const SPEAKS_AFTER = /^\s+(?:(?:has|have|had|also|later|publicly|strongly)\s+)*(?:sources?|spokes(?:man|person|woman)|condemn(?:s|ed)|denounc(?:es|ed)|accus(?:es|ed)(?!\s+of\b))\b/i;

/** Named groups (JNIM, Islamic State Sahel, VDP, Barkhane...), with a trailing "militants"/"fighters". */
export function namedActorRule(lex: CompiledLexicons): Rule<ActorValue> {
  return matcherRule(`${lex.lang}/actor-named`, lex.namedActors, (sense, m, env) => SPEAKS_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 40)) ? null : ({
    value: {
      sense: offDuty(lex, sense, env.text, m.index, m.index + m[0].length),
      agent: isAgent(env.text, m.index, m.index + m[0].length),
      facility: isFacilityAfter(env.text, m.index + m[0].length),
    },
  }));
}

/** Case-sensitive acronyms that are also words ("IS" but not "is"). */
export function namedActorCaseSensitiveRule(lex: CompiledLexicons): Rule<ActorValue> {
  return matcherRule(`${lex.lang}/actor-named-acronym`, lex.namedActorsCaseSensitive, (sense, m, env) => ({
    value: { sense, agent: isAgent(env.text, m.index, m.index + m[0].length) },
  }));
}

export { AGENT_BEFORE };
