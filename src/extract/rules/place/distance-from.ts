import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { knownPrefix, mention, NAME_SOURCE, readQualifiers } from "./place-name.js";

/** "12km from Ansongo", "30 km north of Djibo", "à 20 km de Dori": near a known place. */
export function distanceFromRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:some\\s+|about\\s+|à\\s+)?\\d+\\s?(?:km|kms|kilometers|kilometres|miles)\\s+(?:(?:north|south|east|west|north-east|northeast|north-west|northwest|south-east|southeast|south-west|southwest|au\\s+nord|au\\s+sud|à\\s+l['’]est|à\\s+l['’]ouest)\\s+)?(?:from|of|outside|de|d['’])\\s+(?:the\\s+(?:town|village|city)\\s+of\\s+)?(${NAME_SOURCE})`,
    "gu",
  );
  return {
    name: `${lex.lang}/place-distance`,
    pattern,
    extract(m, env) {
      const name = knownPrefix(env, m[1]);
      if (!name) return null;
      const nameStart = m.index + m[0].length - m[1].length;
      const q = readQualifiers(env, nameStart + name.length);
      return { value: mention(env, `${lex.lang}/place-distance`, m.index, Math.max(nameStart + name.length, q.end), name, null, "near", q.names) };
    },
  };
}
