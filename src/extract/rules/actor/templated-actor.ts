import type { ActorValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";
import { AGENT_BEFORE, isFacilityAfter } from "./named-actor.js";

/** Words naming an actor whose label depends on the country: soldiers, gendarmes, civilians, unknown gunmen. */
export function templatedActorRule(lex: CompiledLexicons): Rule<ActorValue> {
  return matcherRule(`${lex.lang}/actor-generic`, lex.templatedActors, (sense, m, env) => {
    const before = env.text.slice(Math.max(0, m.index - 40), m.index);
    // "security sources", "military sources", "army spokesman" are sources, not parties.
    const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    // "military-grade", "army-run": part of a compound adjective, not the army.
    if (/^-[\p{L}]/u.test(after)) return null;
    if (/^\s+(?:sources?|spokes(?:man|person|woman)|officials?|said|told)\b/i.test(after) && sense.entry.id !== "civilians") return null;
    if (sense.entry.id === "civilians" && /^\s+(?:sources?|society)\b/i.test(after)) return null;
    // French names the premises first: "camp militaire", "poste de police"
    const facility = /(?:post|base|camp|outpost|station|checkpoint|position|vehicle|commissariat)s?$/i.test(m[0]) || /^(?:camps?|postes?|bases?|détachements?|garnisons?|emprises?|avant-postes?|brigades?)\s/i.test(m[0]) || isFacilityAfter(env.text, m.index + m[0].length);
    return { value: { sense, agent: AGENT_BEFORE.test(before), facility } };
  });
}
