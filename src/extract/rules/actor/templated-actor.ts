import type { ActorValue } from "../../facts.js";
import type { ActorSense } from "../../lexicon/types.js";
import { foreignCiviliansOf, foreignNationalityAfter, type CompiledLexicons } from "../../lexicon/compiled.js";
import { aliasSource } from "../../lexicon/alias-pattern.js";
import type { Rule, RuleValue } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";
import { localityBefore, namesAnActor } from "./locality.js";
import { AGENT_BEFORE, isFacilityAfter } from "./named-actor.js";
import { villageDefenceSense } from "./village-defence.js";

/** "said it had killed", "said that they neutralised": the speaker reports its own act. */
const SPEAKS_OF_OWN_ACT = /^\s+(?:said|told\s+\p{L}+|announced|claimed)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|have\s+)?(?:killed|neutrali[sz]ed|repelled|destroyed|arrested|captured|struck|carried\s+out|conducted)\b/iu;

/** "near the", "in front of the": what follows is where something happened. */
const NEAR_PREMISES = /\b(?:near|outside|behind|opposite|next\s+to|close\s+to|in\s+front\s+of|not\s+far\s+from)\s+(?:the\s+)?$/i;

/** Words naming an actor whose label depends on the country: soldiers, gendarmes, civilians, unknown gunmen. */
export function templatedActorRule(lex: CompiledLexicons): Rule<ActorValue> {
  return matcherRule(`${lex.lang}/actor-generic`, lex.templatedActors, (sense, m, env): RuleValue<ActorValue> | null => {
    const before = env.text.slice(Math.max(0, m.index - 40), m.index);
    // "security sources", "military sources", "army spokesman" are sources, not parties.
    const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    // "military-grade", "army-run": part of a compound adjective, not the army.
    if (/^-[\p{L}]/u.test(after)) return null;
    // but "the army said it killed five militants": the force speaks of its own act and is its actor
    if (/^\s+(?:sources?|spokes(?:man|person|woman)|officials?|said|told)\b/i.test(after) && sense.entry.id !== "civilians" && !SPEAKS_OF_OWN_ACT.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
    if (sense.entry.id === "civilians" && /^\s+(?:sources?|society)\b/i.test(after)) return null;
    // "prison guards began a strike", "guards who have been on strike": staff on strike are protesters, not a force
    if ((sense.entry.inter === 1 || sense.entry.inter === 8) && ON_STRIKE_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 70).split(/[.;]/)[0])) {
      const strikers = lex.actorById.get("protesters");
      return strikers ? { value: { sense: { entry: strikers, country: null }, agent: false } } : null;
    }
    // French names the premises first: "camp militaire", "poste de police"
    // "the army camp sentinel", "the police station commander": the person at the premises acts
    const personAtPremises = /^\s+(?:sentinels?|sentry|sentries|guards?|commanders?|chiefs?|officers?|personnel|staff|soldiers?)\b/i.test(after);
    // "near the gendarmerie", "in front of the police": a place named after a force's premises, not the force acting
    const facility = !personAtPremises && (/(?:post|base|camp|outpost|station|checkpoint|position|vehicle|commissariat)s?$/i.test(m[0]) || NEAR_PREMISES.test(before) || /^(?:camps?|postes?|bases?|détachements?|garnisons?|emprises?|avant-postes?|brigades?)\s/i.test(m[0]) || isFacilityAfter(env.text, m.index + m[0].length));
    // "a Canadian national", "deux ressortissants italiens": the country the nationality names ("Civilians (Canada)"), or several
    const foreign = foreignSense(lex, sense, m, env.text);
    if (foreign === null) return null;
    const local = sense.entry.id === "communal-militia" ? localityBefore(env.text, m.index, namesAnActor(lex)) : null;
    const placed = local ? { ...sense, locality: local } : villageDefenceSense(lex, foreign.sense, env.text, m.index, m.index + m[0].length);
    return {
      value: { sense: offDutySense(lex, namedDozoSense(lex, crowdControlSense(lex, placed, m, env.text), env.text, m.index, m.index + m[0].length), before, after), agent: AGENT_BEFORE.test(before), facility },
      end: m.index + m[0].length + foreign.extra,
    };
  });
}

/**
 * Civilians named by a foreign nationality. English matches carry it ("Canadian national"); French
 * names it after the noun ("ressortissants italiens"), read here. A French people noun with no
 * nationality after it stays an ordinary civilian; an English match that names none is no hit (null).
 */
function foreignSense(lex: CompiledLexicons, sense: ActorSense, m: RegExpExecArray, text: string): { sense: ActorSense; extra: number } | null {
  const isForeign = sense.entry.id === "foreign-civilians" && sense.ethnic === undefined;
  if (lex.lang === "fr" && (isForeign || sense.entry.id === "civilians")) {
    const after = foreignNationalityAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    const foreignEntry = lex.actorById.get("foreign-civilians");
    if (after && foreignEntry) return { sense: { entry: foreignEntry, country: null, ethnic: after.nationality }, extra: after.length };
    const civilians = lex.actorById.get("civilians");
    return { sense: isForeign && civilians ? { entry: civilians, country: null } : sense, extra: 0 };
  }
  if (!isForeign) return { sense, extra: 0 };
  const nationality = foreignCiviliansOf(m[0], lex.lang);
  return nationality ? { sense: { ...sense, ethnic: nationality }, extra: 0 } : null;
}

const dozoGroups = new Map<string, RegExp | null>();

/**
 * "Dan Na Ambassagou militiamen clashed with militants, who overpowered the Dozos", "Dozos (Dan Na
 * Ambassagou)": Dan Na Ambassagou is a Dozo militia, so Dozos the report glosses as that group, or
 * refers back to once it named it ("the Dozos"), are the group itself.
 */
function namedDozoSense(lex: CompiledLexicons, sense: ActorSense, text: string, start: number, end: number): ActorSense {
  if (sense.entry.id !== "dozo") return sense;
  const glossed = /^\s*\(/.test(text.slice(end, end + 3));
  const anaphor = /\b(?:the|these|those|les|ces)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
  if (!glossed && !anaphor) return sense;
  const group = lex.actorById.get("dan-na-ambassagou");
  if (!group) return sense;
  let re = dozoGroups.get(lex.lang);
  if (re === undefined) {
    const aliases = group.aliases[lex.lang].filter((a) => !a.startsWith("cs:")).map(aliasSource);
    re = aliases.length > 0 ? new RegExp(`(?:${aliases.join("|")})`, "i") : null;
    dozoGroups.set(lex.lang, re);
  }
  const named = glossed ? text.slice(end, end + 60) : text.slice(0, start);
  return re && re.test(named) ? { ...sense, entry: group, country: group.country ?? null } : sense;
}

/** A labour strike named right after the staff ("began a strike", "on strike", "en grève"), not an air strike. */
const ON_STRIKE_AFTER = /\b(?:on\s+strike|(?:began|launched|started|staged|called|held|announced|observed|went\s+on)\s+an?\s+(?:\w+\s+)?strike|en\s+gr(?:è|e)ve|(?:une|la|leur)\s+gr(?:è|e)ve)\b/i;

/** "security forces", "forces de sécurité": words that name no branch. */
const UNSPECIFIED_FORCES = /^(?:security\s+(?:forces|personnel|services)|forces\s+de\s+s(?:é|e)curit(?:é|e)|forces\s+de\s+d(?:é|e)fense\s+et\s+de\s+s(?:é|e)curit(?:é|e))$/iu;
/** A crowd being policed: protest, march, sit-in, strike, riot, dispersal, tear gas. */
const CROWD_CONTEXT = /\b(?:protest|demonstrat|marched|marchers|rall(?:y|ies)\b|sit-in|on\s+strike|strikers|riot|crowd|dispers|tear\s*gas|manifest|grève|grévistes|lacrymog)/iu;

/**
 * Unspecified "security forces" that face a crowd are the police: ACLED codes the forces that
 * break up protests and riots as the country's police unless the report names the army.
 */
function crowdControlSense(lex: CompiledLexicons, sense: ActorSense, m: RegExpExecArray, text: string): ActorSense {
  if (sense.entry.id !== "military" || !UNSPECIFIED_FORCES.test(m[0].trim())) return sense;
  const police = lex.actorById.get("police");
  if (!police) return sense;
  const from = Math.max(text.lastIndexOf(".", m.index) + 1, m.index - 200);
  const stop = text.indexOf(".", m.index + m[0].length);
  const to = Math.min(stop < 0 ? text.length : stop, m.index + m[0].length + 200);
  return CROWD_CONTEXT.test(text.slice(from, to)) ? { ...sense, entry: police } : sense;
}

/** "an off-duty gendarme", "a retired policeman", "a former soldier", "un ancien militaire", "a police interpreter". */
const OFF_DUTY_BEFORE = /(?<![\p{L}])(?:off[- ]duty|retired|former|ex-|ancien(?:ne)?s?|ex)\s*(?:(?:[\p{L}]+)\s+)?$/iu;
const OFF_DUTY_AFTER = /^\s+(?:interpreters?|informants?|on\s+leave|à\s+la\s+retraite|retraités?|en\s+retraite|en\s+(?:congé|permission))\b|^\s*\(\s*(?:retired|off[- ]duty|on\s+leave)\b/iu;

/** State personnel who are not on duty are civilians for ACLED: the attack on them is violence against civilians. */
function offDutySense(lex: CompiledLexicons, sense: ActorSense, before: string, after: string): ActorSense {
  if (sense.entry.inter !== 1 || sense.entry.id === "government") return sense;
  if (!OFF_DUTY_BEFORE.test(before) && !OFF_DUTY_AFTER.test(after)) return sense;
  const civilians = lex.actorById.get("civilians");
  return civilians ? { ...sense, entry: civilians } : sense;
}
