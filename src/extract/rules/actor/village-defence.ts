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
  const militia = lex.actorById.get("communal-militia");
  if (!militia) return sense;
  const from = villageFeud(text, start, end) ?? villageFighters(text, end, namesAnActor(lex));
  if (from) return { entry: militia, country: null, locality: from };
  if (!FOUGHT_AFTER.test(text.slice(end, end + 60)) || COMMUNITY_VILLAGE.test(text)) return sense;
  const locality = localityBefore(text, start, namesAnActor(lex));
  return locality ? { entry: militia, country: null, locality } : sense;
}

/** "youths from the village of Kobaye", "armed villagers coming from Soroba": residents named by their village. */
const FROM_VILLAGE_AFTER = /^\s+(?:(?:armed\s+with\s+[\w\s,]{1,40}?|equipped\s+with\s+[\w\s,]{1,40}?|coming)\s+)?from\s+(?:the\s+(?:village|town|hamlet|locality)\s+of\s+)?(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?)/u;
/** Two villages at odds: a land or chieftaincy dispute, a clash, a siege, people armed for it. */
const FEUD = /\b(?:clash\w*|fought|fighting|dispute|feud|quarrel|disagreement|besieg\w*|armed\s+with|equipped\s+with|armed\s+(?:villagers|youths))\b/i;

/**
 * "villagers from Ponga abducted villagers from Dirze over a land dispute": in a feud between
 * villages, the people of each village named by it are that village's communal militia.
 */
function villageFeud(text: string, start: number, end: number): string | null {
  const m = FROM_VILLAGE_AFTER.exec(text.slice(end, end + 90));
  if (!m) return null;
  const sentenceStart = text.lastIndexOf(". ", start) + 1;
  const stop = text.indexOf(". ", end);
  return FEUD.test(text.slice(sentenceStart, stop < 0 ? text.length : stop)) ? m[1] : null;
}

/** "youths in Salmossi ambushed ...", "villagers of Kobaye repulsed ...": residents named by their village, then what they fought. */
const IN_VILLAGE_FOUGHT_AFTER = /^\s+(?:in|of|at)\s+(?:the\s+)?(?:(?:village|town|hamlet|locality)\s+of\s+)?(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?)(?:\s*\([^)]{0,40}\))?,?\s+(?:(?:reportedly|then|successfully|also)\s+)?(?:repell?ed|repulsed|fended\s+off|fought\s+(?:off|back)|ambushed|disarmed|returned\s+fire)\b/u;

function villageFighters(text: string, end: number, isActorName: (name: string) => boolean): string | null {
  const m = IN_VILLAGE_FOUGHT_AFTER.exec(text.slice(end, end + 120));
  return m && !isActorName(m[1]) ? m[1] : null;
}
