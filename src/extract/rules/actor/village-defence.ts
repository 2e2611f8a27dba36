import actorsJson from "../../lexicons/actors.json" with { type: "json" };
import { aliasSource } from "../../lexicon/alias-pattern.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { ActorSense } from "../../lexicon/types.js";
import { localityBefore, namesAnActor } from "./locality.js";

/** Residents as a group: the people of a village who may take up arms together. */
const RESIDENTS = /^(?:villagers|local\s+residents|residents|locals|inhabitants|youths?|local\s+youths?|population)$/i;

/** "... the villagers fended off the attack", "youths repulsed the assailants": they fought, right after being named. */
const FOUGHT_AFTER = /^\s+(?:(?:had|have|then|reportedly|later|successfully|quickly|also)\s+)*(?:repell?ed|repulsed|fended\s+off|fought\s+(?:off|back)|retaliated|returned\s+fire|resisted|responded\s+to\s+the\s+(?:attack|assault|raid))\b/i;

/** "the Dogon village of", "Fulani villagers": the report names the village's community. */
const COMMUNITY_VILLAGE = new RegExp(
  `\\b(?:${actorsJson.ethnic_militia.groups.flatMap((g) => g.aliases.en).map(aliasSource).join("|")})s?\\s+(?:village|villages|hamlet|hamlets|villagers|youths|community|camp)\\b`,
  "i",
);

/**
 * Villagers who fight off an attack act as their village's communal militia, which ACLED names after
 * the village ("Kobaye Communal Militia (Mali)"). When the report names the village's community
 * ("the Dogon village of ..."), they are that community's militia: left to the assembler, which knows it.
 */
export function villageDefenceSense(lex: CompiledLexicons, sense: ActorSense, text: string, start: number, end: number): ActorSense {
  if (lex.lang !== "en" || sense.entry.id !== "civilians" || !RESIDENTS.test(text.slice(start, end))) return sense;
  if (!FOUGHT_AFTER.test(text.slice(end, end + 60))) return sense;
  const militia = lex.actorById.get("communal-militia");
  if (!militia || COMMUNITY_VILLAGE.test(text)) return sense;
  const locality = localityBefore(text, start, namesAnActor(lex));
  return locality ? { entry: militia, country: null, locality } : sense;
}
