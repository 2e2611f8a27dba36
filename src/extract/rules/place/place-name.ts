import type { PlaceKindHint, PlaceMention, PlaceRelation } from "../../../domain/index.js";
import type { RuleEnv } from "../../rule.js";
import placeWords from "../../lexicons/place-words.json" with { type: "json" };

/** Titles and nouns that some gazetteer entry happens to carry ("Mayor"), never a place in running text. */
const NOT_PLACE_WORDS = { en: new Set(placeWords.not_place_words.en), fr: new Set(placeWords.not_place_words.fr) };

export function isNotPlaceWord(env: RuleEnv, word: string): boolean {
  return env.lex.placeStopwords.has(word) || NOT_PLACE_WORDS[env.lex.lang].has(word);
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
/** "the Bozo community", "the Kel Wendou Tuareg community": a name followed by a group noun (one word may come between). */
const GROUP_AFTER = {
  en: new RegExp(`^\\s+(?:[\\p{Lu}][\\p{L}'’-]*\\s+)?(?:${placeWords.group_nouns.en.map(escape).join("|")})(?![\\p{L}])`, "u"),
  fr: new RegExp(`^\\s+(?:${placeWords.group_nouns.fr.map(escape).join("|")})(?![\\p{L}])`, "u"),
};

/** Does a group noun follow the name ending at `end` ("the Bozo community")? Then it names people. */
export function namesGroup(env: RuleEnv, end: number): boolean {
  return GROUP_AFTER[env.lex.lang].test(env.text.slice(end, end + 60));
}

/** Does an armed group's or actor's name start at `pos` ("Dan Na Ambassagou", "Ansarul Islam", "Dozos")? */
export function namesActorAt(env: RuleEnv, pos: number): boolean {
  return matchesAt(env, pos, [env.lex.namedActors, env.lex.namedActorsCaseSensitive, env.lex.templatedActors, env.lex.ethnicMilitia]);
}

/** Does a named group's own name start at `pos` ("Dan Na Ambassagou")? Not templates ("Mali forces"). */
export function namesNamedActorAt(env: RuleEnv, pos: number): boolean {
  return matchesAt(env, pos, [env.lex.namedActors, env.lex.namedActorsCaseSensitive]);
}

function matchesAt(env: RuleEnv, pos: number, matchers: Array<RuleEnv["lex"]["namedActors"]>): boolean {
  for (const matcher of matchers) {
    const re = matcher.regex;
    re.lastIndex = pos;
    const m = re.exec(env.text);
    re.lastIndex = 0;
    if (m !== null && m.index === pos) return true;
  }
  return false;
}

/**
 * A name the gazetteer does not know, after a locative preposition ("in Tarkint"): its words up
 * to a stop word, at most three. Acronyms ("in JNIM's ranks"), actors and peoples are not places.
 */
export function unknownPlaceName(env: RuleEnv, run: string, start: number): string | null {
  const kept: string[] = [];
  for (const w of run.split(/[ \t]+/)) {
    if (isNotPlaceWord(env, w) || kept.length === 3) break;
    kept.push(w);
  }
  if (kept.length === 0) return null;
  if (kept[0].length > 1 && /^[\p{Lu}\d]+$/u.test(kept[0].replace(/[-'’]/g, ""))) return null;
  // "in Burkina Faso's northern province": a possessive names what follows, not a place here
  if (kept.some((w) => /['’]s$/u.test(w))) return null;
  const name = kept.join(" ");
  if (namesActorAt(env, start) || namesGroup(env, start + name.length)) return null;
  return name;
}

/**
 * A capitalised place name of up to four words: "Djibo", "Fada N'Gourma", "Ti-n-Edia",
 * "Darbiti 2", "Bambara Maoude". Rules embed this source; knownPrefix() trims it to a gazetteer name.
 */
const WORD = "[\\p{Lu}][\\p{L}'’]*(?:-[\\p{L}\\p{N}'’]+)*";
export const NAME_SOURCE = `${WORD}(?:[ \\t](?:${WORD}|\\d{1,2}(?![\\p{N}])|N['’][\\p{L}]+)){0,3}`;

const QUALIFIERS = new RegExp(`^\\s*(?:\\((${NAME_SOURCE}(?:,\\s*${NAME_SOURCE}){0,3})\\)|\\[(${NAME_SOURCE})\\])`, "u");
const COMMA_QUALIFIER = new RegExp(`^,\\s+(${NAME_SOURCE})`, "u");

/** The longest leading part of a capitalised run that the gazetteer knows and is not a stop word. */
export function knownPrefix(env: RuleEnv, run: string): string | null {
  // "near Mali's border": the possessive is not part of the name
  const words = run.replace(/['’]s$/u, "").split(/[ \t]+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    if (n === 1 && (isNotPlaceWord(env, name) || isNotPlaceWord(env, name.charAt(0) + name.slice(1).toLowerCase()))) return null;
    // an all-capitals word is an acronym ("SITE", "FAMa" aside) or a dateline, not a place in running text
    if (n === 1 && name.length > 1 && /^[\p{Lu}\d]+$/u.test(name)) return null;
    if (env.places.has(name)) return name;
  }
  return null;
}

/**
 * The whole name when the gazetteer knows only its first word(s): "Tin Wendou", not "Tin";
 * "Kobou Sira", not "Kobou". The next word must be a capitalised name word, not a stop word, a
 * number or an acronym; the geocoder falls back to the known part itself when it must.
 */
export function wholeName(env: RuleEnv, run: string, known: string): string {
  if (isCountryName(env, known)) return known;
  const words = run.split(/[ \t]+/);
  const knownWords = known.split(" ").length;
  const kept = words.slice(0, knownWords);
  for (const w of words.slice(knownWords)) {
    // "Burkina Faso's": a possessive ends the name
    if (kept.length === 3 || isNotPlaceWord(env, w) || !/^[\p{Lu}][\p{Ll}'’-]/u.test(w) || /['’]s$/u.test(w)) break;
    kept.push(w);
  }
  return kept.join(" ");
}

/** First word(s) of a run before any stop word: for strong patterns ("the village of X") that need no gazetteer. */
export function leadingName(env: RuleEnv, run: string): string | null {
  const words = run.split(/[ \t]+/);
  const kept: string[] = [];
  for (const w of words) {
    if (isNotPlaceWord(env, w)) break;
    kept.push(w);
  }
  if (kept.length === 0) return null;
  const known = knownPrefix(env, kept.join(" "));
  return known ? wholeName(env, kept.join(" "), known) : kept.join(" ");
}

const DIRECTION = "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest)(?:ern)?";
const DISTANCE = "(?:(?:about|some|around|approximately|nearly|over)\\s+)?\\d+\\s?(?:km|kms|kilometers|kilometres|miles)";
const alternationOf = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
/**
 *  ", 20 km east of Kobou", " (near Kobou)", ", on the outskirts of Kaya",
 * " village, near Kobou": a known place the named one lies by.
 */
const ANCHOR = {
  en: new RegExp(
    `^(?:\\s+(?:village|hamlet|locality))?(?:\\s*,\\s*|\\s*\\(\\s*|\\s+)(?:(?:a|the)\\s+(?:village|hamlet|locality)\\s+)?(?:(?:located|situated)\\s+)?(?:(?:${alternationOf(placeWords.anchor_phrases.en)})|(?:${DISTANCE}\\s+)?${DIRECTION}\\s+of|${DISTANCE}\\s+(?:from|of|outside))\\s+(?:the\\s+(?:capital|town|city|village|commune)\\s+(?:of\\s+)?)?(${NAME_SOURCE})`,
    "u",
  ),
  fr: new RegExp(
    `^(?:\\s*,\\s*|\\s*\\(\\s*|\\s+)(?:(?:situé|située|localité|village)\\s+)?(?:(?:${alternationOf(placeWords.anchor_phrases.fr)})|à\\s+\\d+\\s?km\\s+(?:au\\s+(?:nord|sud)(?:-(?:est|ouest))?\\s+|à\\s+l['’](?:est|ouest)\\s+)?d[e'’]\\s*)(?:la\\s+(?:ville|commune)\\s+de\\s+)?(${NAME_SOURCE})`,
    "u",
  ),
};

/** "near", "not far from": an anchor phrase with no distance or side (data: place-words.json). */
const PROXIMITY = {
  en: new RegExp(`(?<![\\p{L}])(?:${alternationOf(placeWords.proximity_anchor_phrases.en)})\\s+(?:the\\s+(?:capital|town|city|village|commune)\\s+(?:of\\s+)?)?$`, "iu"),
  fr: new RegExp(`(?<![\\p{L}])(?:${alternationOf(placeWords.proximity_anchor_phrases.fr)})\\s+(?:la\\s+(?:ville|commune)\\s+de\\s+)?$`, "iu"),
};

/** Beyond this a distance no longer says "lies by" ("Wendou, 140 km from Kobou"). */
const MAX_ANCHOR_KM = 50;

/**
 * The known place a mention lies by, when the text says so right after the name (see ANCHOR),
 * with the anchor's own qualifiers ("near Kobou (Pama, Kompienga)"): the mention lies there too.
 */
export interface Anchor {
  name: string;
  qualifiers: string[];
  /** Where the anchor's name (and its qualifiers) ends. */
  end: number;
  /** A gazetteer name written as only "near" it, with no distance or side ("Wendou (near Kobou)"). */
  proximity: boolean;
}

export function readAnchor(env: RuleEnv, from: number): Anchor | null {
  const a = ANCHOR[env.lex.lang].exec(env.text.slice(from, from + 140));
  if (!a) return null;
  const km = /(\d+)\s?(?:km|kms|kilom|miles)/.exec(a[0]);
  if (km && Number(km[1]) > MAX_ANCHOR_KM) return null;
  const nameStart = from + a[0].length - a[1].length;
  // an anchor the gazetteer lacks may still be one the geocoder reads as a spelling variant
  const known = knownPrefix(env, a[1]);
  const name = known ? wholeName(env, a[1], known) : unknownPlaceName(env, a[1], nameStart);
  if (!name || isCountryName(env, name)) return null;
  const nameEnd = nameStart + name.length;
  const q = readQualifiers(env, nameEnd);
  const lead = a[0].slice(0, a[0].length - a[1].length);
  return { name, qualifiers: q.names, end: Math.max(nameEnd, q.end), proximity: known !== null && !/\d/.test(lead) && PROXIMITY[env.lex.lang].test(lead) };
}

/**
 * "the hamlet of Wendou (near Kobou)", "in Wendou, near Kobou (Pama, Kompienga)": a report that
 * places a small place only by the known one it lies near locates the event at the known one
 * (ACLED codes Kobou at precision 2); the written place stays as its anchor for the geocoder,
 * which falls back on it when the known one is not in the gazetteer. A distance or side
 * ("12 km east of Kobou") says where the written place itself is: it stays the place.
 */
export function placeNearAnchor(env: RuleEnv, rule: string, start: number, written: string, writtenQualifiers: string[], anchor: Anchor): PlaceMention {
  // the written place's own admin units hold for the place it lies near; its other names do not
  const admin = (n: string): boolean => env.places.kinds(n).some((k) => k === "admin1" || k === "admin2" || k === "admin3");
  const qualifiers = anchor.qualifiers.length > 0 ? anchor.qualifiers : writtenQualifiers.filter((n) => n !== anchor.name && admin(n));
  return mention(env, rule, start, anchor.end, anchor.name, null, "near", qualifiers, written);
}

/** "(Aribinda, Soum)" or ", Kaya" right after a name: names that qualify it. Returns them and where they end. */
export function readQualifiers(env: RuleEnv, from: number): { names: string[]; end: number; anchor?: string } {
  const slice = env.text.slice(from, from + 120);
  const p = QUALIFIERS.exec(slice);
  if (p) {
    const names = (p[1] ?? p[2]).split(/,\s*/).map((s) => s.trim()).filter((s) => s.length > 0 && !/^coded$/i.test(s));
    // "Wendou (Kobou)", "Wendou [Wendou-Peulh]": one bracketed name that is no admin unit is the village the
    // place belongs to or its other name; the geocoder also reads it as the place's anchor
    const one = names.length === 1 ? names[0] : null;
    const admin = one !== null && env.places.kinds(one).some((k) => k === "admin1" || k === "admin2" || k === "admin3");
    const anchor = one !== null && !admin && !isCountryName(env, one) ? { anchor: one } : {};
    // "Wendou [Wendou-Peulh] (Gorgadji, Seno)": the other name, then the commune and province
    if (p[2] !== undefined) {
      const more = readQualifiers(env, from + p[0].length);
      if (more.names.length > 0 && more.anchor === undefined) return { names: more.names, end: more.end, ...anchor };
    }
    return { names, end: from + p[0].length, ...anchor };
  }
  const c = COMMA_QUALIFIER.exec(slice);
  if (c) {
    const name = knownPrefix(env, c[1]);
    if (name && !isCountryName(env, name)) return { names: [name], end: from + c[0].indexOf(c[1]) + name.length };
  }
  return { names: [], end: from };
}

export function isCountryName(env: RuleEnv, name: string): boolean {
  const re = env.lex.countries.regex;
  re.lastIndex = 0;
  const m = re.exec(name);
  re.lastIndex = 0;
  return m !== null && m.index === 0 && m[0].length === name.length;
}

export function countryIso3(env: RuleEnv, name: string): string | null {
  for (const c of env.lex.countryById.values()) if (c.names[env.lex.lang].some((n) => n.toLowerCase() === name.toLowerCase())) return c.iso3;
  return null;
}

/** What the noun beside a name says about the place and the event's relation to it (data: place-words.json). */
export const KIND_WORDS: Readonly<Record<string, { kind: PlaceKindHint; relation: PlaceRelation }>> = placeWords.kind_words as Record<string, { kind: PlaceKindHint; relation: PlaceRelation }>;

export function kindWord(word: string): { kind: PlaceKindHint; relation: PlaceRelation } | null {
  const w = word.toLowerCase();
  return KIND_WORDS[w] ?? null;
}

export function mention(
  env: RuleEnv,
  rule: string,
  start: number,
  end: number,
  name: string,
  kindHint: PlaceKindHint,
  relation: PlaceRelation,
  qualifiers: string[],
  secondary: string | null = null,
): PlaceMention {
  const iso = isCountryName(env, name) ? countryIso3(env, name) : null;
  return {
    start, end, name, text: env.text.slice(start, end),
    kindHint: iso ? "country" : kindHint,
    relation, qualifiers, secondary, countryHint: iso, rule,
  };
}

/** "town|village" -> "[Tt]own|[Vv]illage": kind words in either case while names stay case-sensitive (no inline flags on Node 20). */
export function firstLetterEitherCase(alternation: string): string {
  return alternation
    .split("|")
    .map((w) => {
      const c = w[0];
      return c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]${w.slice(1)}` : w;
    })
    .join("|");
}
