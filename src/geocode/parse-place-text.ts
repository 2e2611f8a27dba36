import type { PlaceMention, PlaceRelation } from "../domain/place.js";
import { stripPlaceAffixes } from "./place-affixes.js";

/**
 * Reads a free-text place phrase into a PlaceMention: "near Djibo", "between X and Y",
 * "the X-Y axis", "outskirts of X", "Sole, in Loroum province", "Aribinda (Aribinda, Soum)",
 * "Kalamba, near Kaya", in English and French. Used by locateText and to tidy up
 * mentions whose name still carries such words.
 */

const APOS = "['’‘`´ʼ]";
const RELATION_PREFIXES: Array<[RegExp, PlaceRelation]> = [
  [new RegExp(`^(?:the\\s+)?(?:outskirts|periphery|suburbs?|edge)\\s+of\\s+`, "i"), "outskirts"],
  [new RegExp(`^(?:(?:à|a|dans)\\s+)?(?:la\\s+)?(?:p[ée]riph[ée]rie|banlieue|sortie|entr[ée]e|lisi[èe]re)\\s+(?:de\\s+la\\s+|de\\s+l${APOS}|du\\s+|des\\s+|de\\s+|d${APOS})`, "i"), "outskirts"],
  [/^(?:near|nearby|close\s+to|around|outside|in\s+the\s+vicinity\s+of|not\s+far\s+from|a\s+few\s+kilometres\s+from|some\s+\d+\s*km\s+from)\s+/i, "near"],
  [new RegExp(`^(?:pr[èe]s\\s+(?:de\\s+|d${APOS})|non\\s+loin\\s+(?:de\\s+|d${APOS})|aux\\s+abords\\s+(?:de\\s+|d${APOS})|[àa]\\s+proximit[ée]\\s+(?:de\\s+|d${APOS})|dans\\s+les\\s+environs\\s+(?:de\\s+|d${APOS})|autour\\s+(?:de\\s+|d${APOS})|vers\\s+)`, "i"), "near"],
  [new RegExp(`^(?:(?:in|dans)\\s+)?(?:the\\s+)?(?:area|region|zone|vicinity)\\s+(?:of|de|du|d${APOS})\\s*`, "i"), "area"],
  // "20 km north of Djibo", "about 15km from Djibo", "north of Djibo"
  [/^(?:about\s+|some\s+|around\s+|roughly\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:er|re)s?)\s+)?(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+(?:of|from)|from|outside)\s+/i, "near"],
  // "à 20 km au nord de Djibo", "à une vingtaine de kilomètres de Djibo", "au nord de Djibo"
  [new RegExp(`^(?:(?:à|a)\\s+)?(?:environ\\s+|quelque\\s+|une\\s+\\p{L}+aine\\s+de\\s+)?(?:\\d+(?:[.,]\\d+)?\\s*)?(?:km|kilom[èe]tres?\\s+)?\\s*(?:(?:(?:au|à\\s+l${APOS}|a\\s+l${APOS})\\s*)?(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\\s+)?(?:de\\s+|d${APOS})(?=\\p{Lu})`, "iu"), "near"],
];
const LEADING_PREPOSITION = new RegExp(`^(?:in|at|of|from|on|to|à|a|au|aux|en|dans|de|du|des|d${APOS})\\s+`, "i");

function mention(text: string, name: string, relation: PlaceRelation, qualifiers: string[], secondary: string | null): PlaceMention {
  const stripped = stripPlaceAffixes(name);
  return {
    start: 0,
    end: text.length,
    text,
    name: stripped.name,
    kindHint: stripped.kindHint,
    relation,
    qualifiers: qualifiers.map((q) => q.trim()).filter((q) => q.length > 0),
    secondary: secondary ? stripPlaceAffixes(secondary).name : null,
    countryHint: null,
    rule: "geocode.parse-place-text",
  };
}

/** Drop "in", "dans", ... before a qualifier ("Sole, in Loroum province" → "Loroum province"). */
function cleanQualifier(q: string): string {
  return q.trim().replace(LEADING_PREPOSITION, "").trim();
}

/** Longer than any place phrase: refused at once, so odd input cannot cost much. */
export const MAX_PLACE_TEXT = 300;

export function parsePlaceText(raw: string): PlaceMention | null {
  if (raw.length > MAX_PLACE_TEXT) return null;
  let text = raw.replace(/\s+/g, " ").trim().replace(/[.;:]+$/, "");
  if (!text) return null;
  const original = text;
  text = text.replace(LEADING_PREPOSITION, "");

  let m = /^(?:the\s+(?:road\s+)?|(?:on\s+)?(?:la\s+route|l['’]axe)\s+)?between\s+(.+?)\s+(?:and|&)\s+(.+)$/i.exec(text) ?? /^(?:(?:sur\s+)?(?:la\s+route|l['’]axe)\s+)?entre\s+(.+?)\s+(?:et|&)\s+(.+)$/i.exec(text);
  if (m) return mention(original, m[1], "between", [], cleanQualifier(m[2]));
  m = /^(?:the\s+)?(.+?)\s*[-–—/]\s*(.+?)\s+(?:axis|road|highway)$/i.exec(text) ?? /^(?:sur\s+)?(?:l['’]\s*)?axe\s+(.+?)\s*[-–—/]\s*(.+)$/i.exec(text);
  if (m) return mention(original, m[1], "axis", [], m[2]);

  // "the Tanghin area of Ouagadougou", "le quartier Tanghin de Ouagadougou": a part of a town is coded at the town.
  m = /^(?:the\s+)?(.+?)\s+(?:area|neighbou?rhood|district|sector|quarter)\s+of\s+(.+)$/i.exec(text) ?? /^(?:(?:le|au|du)\s+)?(?:quartier|secteur)\s+(.+?)\s+(?:de|d['’]|à)\s*(.+)$/i.exec(text);
  // ("the area of Tougou" is an area, not a part of a town called "the").
  if (m && !/^(?:the|in|in the)$/i.test(m[1].trim())) return mention(original, m[2], "at", [], null);

  let relation: PlaceRelation = "at";
  for (const [re, rel] of RELATION_PREFIXES) {
    const r = re.exec(text);
    if (r) {
      relation = rel;
      text = text.slice(r[0].length);
      break;
    }
  }
  if (/\s+(?:area|outskirts)$/i.test(text) && relation === "at") {
    relation = /outskirts$/i.test(text) ? "outskirts" : "area";
    text = text.replace(/\s+(?:area|outskirts)$/i, "");
  }

  text = text.replace(/^the\s+/i, ""); // English article, never part of a Sahel name

  // "X (Y, Z)" — ACLED's own hint style.
  const qualifiers: string[] = [];
  m = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(text);
  if (m) {
    qualifiers.push(...m[2].split(",").map(cleanQualifier));
    text = `${m[1]} ${m[3]}`.trim();
  }
  // "X, near Y" / "X near Y": the event is at X, located relative to Y.
  m = /^(.+?),?\s+(?:near|close\s+to|not\s+far\s+from|pr[èe]s\s+de|non\s+loin\s+de)\s+(.+)$/i.exec(text);
  let secondary: string | null = null;
  if (m) {
    text = m[1];
    const rest = m[2].split(",");
    secondary = cleanQualifier(rest[0]);
    qualifiers.push(...rest.slice(1).map(cleanQualifier));
  }
  // "X, Y, Z" and "X in Y province".
  const parts = text.split(",");
  text = parts[0];
  qualifiers.push(...parts.slice(1).map(cleanQualifier));
  m = /^(.+?)\s+(?:in|dans|en)\s+(.+)$/i.exec(text);
  if (m && !/^(?:in|dans|en)\s/i.test(text)) {
    text = m[1];
    qualifiers.push(cleanQualifier(m[2]));
  }
  if (!text.trim() && secondary) return mention(original, secondary, "near", qualifiers, null);
  if (!text.trim()) return null;
  return mention(original, text, relation, qualifiers, secondary);
}
