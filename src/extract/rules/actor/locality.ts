/**
 * The village or town a local self-defence group belongs to. ACLED names such a group after
 * its place ("Kobaye Communal Militia (Mali)"), so "gunmen attacked the village of Kobaye, village
 * self-defence repelled them" names the militia through the place the sentence gave before it.
 */

/** "the village of Kobaye", "the hamlet Soroba", "in Soroba", "youths from Kobaye": a capitalised place name after a place word. */
const PLACE_BEFORE = /\b(?:(?:village|hamlet|town|locality|area|quarter|commune)\s+(?:of\s+)?|(?:in|at|from|into)\s+(?:the\s+)?(?:(?:village|hamlet|town)\s+of\s+)?)(\p{Lu}[\p{L}'’]*(?:[- ](?!(?:Region|Province|Cercle|Circle|District|Department|Commune|Prefecture)\b)\p{Lu}[\p{L}'’]*)?)/gu;

/** A region, province or country is not where a village militia comes from. */
const WIDER_AREA_AFTER = /^\s+(?:region|province|cercle|circle|district|department|commune|prefecture)\b/i;
const NOT_A_LOCALITY = /^(?:Mali|Burkina(?:\s+Faso)?|Niger|Mauritania|Ivory|Ghana|Togo|Benin|Guinea|Senegal|Algeria|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An)$/;

/** The last place the sentence names before `index` (same sentence only), or null. */
export function localityBefore(text: string, index: number): string | null {
  const sentenceStart = Math.max(text.lastIndexOf(". ", index) + 1, index - 300, 0);
  const before = text.slice(sentenceStart, index);
  let found: string | null = null;
  PLACE_BEFORE.lastIndex = 0;
  for (let m = PLACE_BEFORE.exec(before); m; m = PLACE_BEFORE.exec(before)) {
    const name = m[1];
    if (NOT_A_LOCALITY.test(name) || WIDER_AREA_AFTER.test(before.slice(m.index + m[0].length))) continue;
    found = name;
  }
  return found;
}
