import actorsJson from "../../lexicons/actors.json" with { type: "json" };
import type { ActorValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { ActorSense } from "../../lexicon/types.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";
import { AGENT_BEFORE } from "./named-actor.js";

/** Communities whose hunters are the dozo brotherhood ("Bambara hunters" are Dozos). */
const DOZO_HUNTERS = new Set(actorsJson.ethnic_militia.groups.filter((g) => (g as { hunters_are_dozo?: boolean }).hunters_are_dozo).map((g) => g.name));
const HUNTERS = /(?:hunters?|chasseurs?|dozos?|donsos?)$/i;

/** "Fulani militiamen", "Dogon hunters", "miliciens peuls": an ethnic militia of the event's country. */
export function ethnicMilitiaRule(lex: CompiledLexicons): Rule<ActorValue> {
  return matcherRule(`${lex.lang}/actor-ethnic-militia`, lex.ethnicMilitia, (sense, m, env) => ({
    value: { sense: dozoHunters(lex, sense, m[0]), agent: AGENT_BEFORE.test(env.text.slice(Math.max(0, m.index - 40), m.index)) },
  }));
}

/** "Bambara hunters", "chasseurs bambaras": the Dozo militia, not the community's ethnic militia. */
function dozoHunters(lex: CompiledLexicons, sense: ActorSense, matched: string): ActorSense {
  if (!sense.ethnic || !DOZO_HUNTERS.has(sense.ethnic) || !(HUNTERS.test(matched) || /^chasseurs?\s/i.test(matched))) return sense;
  const dozo = lex.actorById.get("dozo");
  return dozo ? { entry: dozo, country: null, hint: sense.hint } : sense;
}
