import type { CompiledLexicons } from "../../lexicon/compiled.js";

/**
 * The village or town a local self-defence group belongs to. ACLED names such a group after
 * its place ("Kobaye Communal Militia (Mali)"), so "gunmen attacked the village of Kobaye, village
 * self-defence repelled them" names the militia through the place the sentence gave before it.
 */

/** "the village of Kobaye", "the hamlet Soroba": a capitalised name after a word for a settlement. */
const SETTLEMENT_BEFORE = /\b(?:village|hamlet|town|locality|area|quarter|commune)\s+(?:of\s+)?(\p{Lu}[\p{L}'’]*(?:[- ](?!(?:Region|Province|Cercle|Circle|District|Department|Commune|Prefecture)\b)\p{Lu}[\p{L}'’]*)?)/gu;
/** "in Soroba", "youths from Kobaye": a capitalised name after a preposition of place. */
const PREPOSITION_BEFORE = /\b(?:in|at|from|into)\s+(?:the\s+)?(\p{Lu}[\p{L}'’]*(?:[- ](?!(?:Region|Province|Cercle|Circle|District|Department|Commune|Prefecture)\b)\p{Lu}[\p{L}'’]*)?)/gu;

/** A region, province or country is not where a village militia comes from. */
const WIDER_AREA_AFTER = /^\s+(?:region|province|cercle|circle|district|department|commune|prefecture)\b/i;
const NOT_A_LOCALITY = /^(?:Mali|Burkina(?:\s+Faso)?|Niger|Mauritania|Ivory|Ghana|Togo|Benin|Guinea|Senegal|Algeria|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An)$/;

/** The last acceptable name a pattern finds in `before`. */
function lastName(pattern: RegExp, before: string, isActorName: (name: string) => boolean): string | null {
  let found: string | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(before); m; m = pattern.exec(before)) {
    const name = m[1];
    if (NOT_A_LOCALITY.test(name) || isActorName(name) || WIDER_AREA_AFTER.test(before.slice(m.index + m[0].length))) continue;
    found = name;
  }
  return found;
}

/**
 * The place the sentence names before `index`: a settlement it calls one ("the village of Kobaye")
 * first, else the last place after a preposition ("in Soroba"); a group's name ("from Katiba Macina")
 * is none. Null when the sentence names no place before.
 */
export function localityBefore(text: string, index: number, isActorName: (name: string) => boolean = () => false): string | null {
  const sentenceStart = Math.max(text.lastIndexOf(". ", index) + 1, index - 300, 0);
  const before = text.slice(sentenceStart, index);
  return lastName(SETTLEMENT_BEFORE, before, isActorName) ?? lastName(PREPOSITION_BEFORE, before, isActorName);
}

const actorNameTests = new Map<string, (name: string) => boolean>();

/** Does the whole name name an armed group ("Katiba Macina")? Compiled once per language. */
export function namesAnActor(lex: CompiledLexicons): (name: string) => boolean {
  let test = actorNameTests.get(lex.lang);
  if (!test) {
    const ci = new RegExp(`^(?:${lex.namedActors.regex.source})$`, "iu");
    const cs = new RegExp(`^(?:${lex.namedActorsCaseSensitive.regex.source})$`, "u");
    test = (name: string): boolean => ci.test(name) || cs.test(name);
    actorNameTests.set(lex.lang, test);
  }
  return test;
}
