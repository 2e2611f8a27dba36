import type { PlaceKindHint } from "../domain/place.js";

/**
 * Administrative and descriptive words around a place name, in English and French:
 * "province du Loroum", "Loroum province", "cercle de Douentza", "commune of X",
 * "X department". Stripping them gives the name to look up; the word itself says
 * what kind of place the text means.
 */

export interface StrippedName {
  /** The name without its affixes, as written. */
  name: string;
  kindHint: PlaceKindHint;
}

const APOS = "['’‘`´ʼ]";
/** "de la ", "du ", "of the ", and the elided "de l'", "d'" (no space needed after the apostrophe). */
const DE = `(?:(?:de\\s+l|d)${APOS}\\s*|(?:de\\s+la|du|des|de|of(?:\\s+the)?|in)\\s+)`;

/** Unit words and the kind they denote. Burkina "departments" are communes (admin3); Niger's are admin2. */
const UNIT_WORDS: Array<[string, PlaceKindHint]> = [
  ["r[ée]gions?", "admin1"],
  ["provinces?", "admin2"],
  ["cercles?", "admin2"],
  ["d[ée]partements?", "admin2"],
  ["departments?", "admin2"],
  ["pr[ée]fectures?", "admin2"],
  ["districts?", "admin2"],
  ["communes?(?:\\s+(?:rurale|urbaine))?", "admin3"],
  ["municipalit(?:y|ies|[ée])", "admin3"],
  ["arrondissements?", "admin3"],
  ["villages?", "settlement"],
  ["hameaux?|hameau", "settlement"],
  ["hamlets?", "settlement"],
  ["towns?", "settlement"],
  ["cit(?:y|ies)", "settlement"],
  ["villes?", "settlement"],
  ["localit(?:y|ies|[ée]s?)", "settlement"],
  ["settlements?", "settlement"],
  ["quartiers?", "settlement"],
  ["neighbou?rhoods?", "settlement"],
  ["secteurs?", "settlement"],
];

const LEADING_ARTICLE = new RegExp(`^(?:the|la|le|les|l${APOS}\\s*)\\s+`, "i");
const TRAILING_AREA = /\s+(?:area|zone|vicinity|environs|surroundings|locality)$/i;
const LEADING_AREA = new RegExp(`^(?:(?:the\\s+)?(?:area|zone|vicinity|environs|surroundings|outskirts|p[ée]riph[ée]rie|alentours|localit[ée])\\s+${DE})`, "i");

// One alternation each for prefixes and suffixes (tried once per name, on the hot path);
// the matched word then says which kind it was.
const ANY_UNIT = UNIT_WORDS.map(([word]) => `(?:${word})`).join("|");
const PREFIX = new RegExp(`^(?:the\\s+|la\\s+|le\\s+|les\\s+)?(${ANY_UNIT})\\s+(?:${DE})?`, "i");
const SUFFIX = new RegExp(`\\s+(${ANY_UNIT})$`, "i");
const UNIT_KINDS = UNIT_WORDS.map(([word, kind]) => ({ re: new RegExp(`^(?:${word})$`, "i"), kind }));
const MAYBE_AFFIX = /\s/;

function kindOfUnit(word: string): PlaceKindHint {
  for (const { re, kind } of UNIT_KINDS) if (re.test(word)) return kind;
  return null;
}

/** Strip at most one unit prefix or suffix (and articles, "area of"), keeping the name as written. */
export function stripPlaceAffixes(text: string): StrippedName {
  let name = text.replace(/\s+/g, " ").trim().replace(/^[\s,.;:()"«»]+|[\s,.;:()"«»]+$/g, "");
  let kindHint: PlaceKindHint = null;
  name = name.replace(LEADING_AREA, "").replace(TRAILING_AREA, "");
  if (!MAYBE_AFFIX.test(name)) return { name, kindHint: null }; // one word: nothing to strip
  const pre = PREFIX.exec(name);
  if (pre && pre[0].length < name.length) {
    name = name.slice(pre[0].length);
    kindHint = kindOfUnit(pre[1]);
  } else {
    const suf = SUFFIX.exec(name);
    if (suf && suf.index > 0) {
      name = name.slice(0, suf.index);
      kindHint = kindOfUnit(suf[1]);
    }
  }
  const withoutArticle = name.replace(LEADING_ARTICLE, "");
  // Keep "La Titon"-style names whole when the article is all that would remain of a unit phrase.
  if (kindHint !== null && withoutArticle.length > 0) name = withoutArticle;
  return { name: name.trim(), kindHint };
}
