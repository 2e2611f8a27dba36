import type { PlaceKindHint, PlaceMention, PlaceRelation } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule, RuleEnv } from "../../rule.js";
import { kindWord, knownPrefix, leadingName, mention, namesActorAt, NAME_SOURCE, readQualifiers } from "./place-name.js";

/** Kind words the shared table lacks, and what they say. */
const EXTRA_KINDS: Record<string, { kind: PlaceKindHint; relation: PlaceRelation }> = {
  secteur: { kind: null, relation: "near" },
  zone: { kind: null, relation: "near" },
  abords: { kind: null, relation: "near" },
  alentours: { kind: null, relation: "near" },
  préfecture: { kind: "admin3", relation: "area" },
  sous: { kind: null, relation: "near" },
};

/** Premises named after their place ("le poste de Namsiguian", "le détachement militaire d'Arbinda"): the text vouches for the name. */
const FACILITIES = "postes?(?:\\s+(?:militaire|avancé|de\\s+(?:police|gendarmerie|douane)))?|détachements?(?:\\s+militaires?)?|camps?(?:\\s+militaires?|\\s+de\\s+déplacés)?|bases?(?:\\s+militaires?)?|garnisons?|brigades?(?:\\s+de\\s+gendarmerie)?|gendarmerie|commissariat|marchés?|mosquées?|églises?|écoles?|sites?\\s+d['’]orpaillage|mines?\\s+d['’]or";

const KINDS = "villages?|localités?|communes?(?:\\s+(?:rurale|urbaine))?|villes?|hameaux?|départements?|cercles?|régions?|provinces?|secteurs?|zones?|environs|périphérie|abords|alentours|préfecture";

/** Events named after where they happened ("l'attaque d'Arbinda"): only names the gazetteer knows count. */
const EVENT_NOUNS = "attaques?|assauts?|embuscades?|massacres?|tueries?|carnage|populations?(?:\\s+civiles?)?|habitants|villageois|sortie|entrée|axe";

const DIRECTIONS = "nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|centre-nord|centre-est|centre-ouest|centre-sud";

/** The noun right before "de X": a direction or distance, premises, a kind of place, or an event. */
const NOUN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:à\\s+)?(?:(\\d+)\\s?(?:km|kilomètres)\\s+)?(?:(?:au|à\\s+l['’]|dans\\s+le|en)\\s*)?(${DIRECTIONS})|(${FACILITIES})|(${KINDS})(?:\\s+(?:peul(?:h)?e?s?|dogons?|bambaras?|touaregs?|mossis?|songhaïs?|voisine?s?|frontali(?:er|ère)s?|rurale?s?|urbaine?s?))?|(${EVENT_NOUNS})|(?:à\\s+)?(\\d+)\\s?(?:km|kilomètres))\\s+$`,
  "iu",
);
const NOUN_AT = new RegExp(NOUN_BEFORE.source.replace("(?<![\\p{L}])", ""), "iuy");

/**
 * NOUN_BEFORE tried only where one of the last words starts (sticky), leftmost first so the
 * longest noun phrase wins: a "$"-anchored search would try every character of the window.
 */
function nounBefore(before: string): RegExpExecArray | null {
  const starts: number[] = [];
  for (let i = before.length - 1; i >= 0 && starts.length < 7; i--) {
    if ((i === 0 || /\s/.test(before[i - 1])) && !/\s/.test(before[i])) starts.push(i);
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    NOUN_AT.lastIndex = starts[k];
    const b = NOUN_AT.exec(before);
    if (b) return b;
  }
  return null;
}

const LAST_WORD = /([\p{L}\p{N}'’-]+)\s+$/u;

/** Last words NOUN_BEFORE can end with (lower case, singular; plurals in s/x are added): a cheap gate before it runs. */
const NOUN_ENDINGS = new Set(
  (
    "nord sud est ouest nord-est nord-ouest sud-est sud-ouest centre-nord centre-est centre-ouest centre-sud " +
    "poste militaire avancé police gendarmerie douane détachement camp déplacés base garnison brigade commissariat marché mosquée église école orpaillage or " +
    "village localité commune rurale urbaine ville hameau département cercle région province secteur zone environs périphérie abords alentours préfecture " +
    "attaque assaut embuscade massacre tuerie carnage population civile habitants villageois sortie entrée axe km kilomètres " +
    "peul peule peulh dogon bambara touareg mossi songhaï voisin voisine frontalier frontalière rural urbain"
  ).split(" "),
);
for (const w of [...NOUN_ENDINGS]) {
  NOUN_ENDINGS.add(`${w}s`);
  NOUN_ENDINGS.add(`${w}x`);
}

/** ", situé à 7 km d'Arbinda", " (60km de Kongoussi, Centre-nord)": a known place the text measures an unknown one from. */
const ANCHOR = new RegExp(`^\\s*(?:,\\s*(?:situ(?:é|ée)\\s+|localisé(?:e)?\\s+)?(?:à\\s+)?|\\(\\s*(?:à\\s+)?)(?:(?:environ|une?\\s+\\p{L}+aine\\s+de)\\s+)?\\d*\\s?(?:km|kilomètres)\\s+(?:(?:au\\s+|à\\s+l['’])(?:${DIRECTIONS})\\s+)?(?:de\\s+|du\\s+|d['’]\\s*)(${NAME_SOURCE})(?:\\s*,\\s*(${NAME_SOURCE}))?\\s*\\)?`, "u");

/** ", un village dans la province du Yatenga": the admin area the text puts an unknown place in. */
const AREA_AFTER = new RegExp(`^\\s*,\\s*(?:(?:une?|la|le)\\s+)?(?:petite\\s+)?(?:localité|commune|village|ville|bourgade|hameau|chef-lieu)?\\s*(?:rurale\\s+)?(?:situ(?:é|ée)\\s+)?(?:dans|à)\\s+(?:la|le)\\s+(?:province|région|commune|cercle|département)\\s+(?:de\\s+|du\\s+|d['’]\\s*)(${NAME_SOURCE})`, "u");

function anchorAfter(env: RuleEnv, from: number): { name: string | null; qualifiers: string[]; end: number } | null {
  const slice = env.text.slice(from, from + 120);
  const area = AREA_AFTER.exec(slice);
  if (area) {
    const q = knownPrefix(env, area[1]);
    if (q) return { name: null, qualifiers: [q], end: from + area[0].length - area[1].length + q.length };
  }
  const a = ANCHOR.exec(slice);
  if (!a) return null;
  const name = knownPrefix(env, a[1]);
  if (!name) return null;
  return { name, qualifiers: a[2] && env.places.has(a[2]) ? [a[2]] : [], end: from + a[0].length };
}

/**
 * French places named through a noun: kinds with an elided "d'" ("le village d'Ogossagou"),
 * premises ("le poste de Namsiguian"), directions ("au nord-ouest de Tabatol", "à 60 km au sud
 * de Dori") and events ("l'attaque d'Arbinda"). The shared prefix rule reads "de X" with a space;
 * French elides before a vowel.
 */
export function frenchNounPlaceRule(lex: CompiledLexicons): Rule<PlaceMention> {
  // literal-first: find "de X"/"d'X" with a capitalised name, then read the noun before it
  const pattern = new RegExp(`(?<![\\p{L}])(?:de\\s+(?:la\\s+ville\\s+de\\s+|la\\s+localité\\s+de\\s+|la\\s+|l['’]\\s*)?|du\\s+|d['’]\\s*)(${NAME_SOURCE})`, "gu");
  const name = `${lex.lang}/place-noun`;
  return {
    name,
    pattern,
    extract(m, env) {
      const run = m[1];
      const nameStart = m.index + m[0].length - run.length;
      const from = Math.max(0, m.index - 40);
      const before = env.text.slice(from, m.index);
      // most "de X" follow no place noun: look at the last word before running the full pattern
      const last = LAST_WORD.exec(before)?.[1].toLowerCase() ?? "";
      if (!NOUN_ENDINGS.has(last) && !/\d\s?(?:km|kilomètres)$/.test(last)) return null;
      const b = nounBefore(before);
      if (!b) return null;
      const start = from + b.index;
      const [direction, facility, kindText, eventNoun, distance] = [b[2], b[3], b[4], b[5], b[6]];
      let found: string | null;
      let kind: PlaceKindHint = null;
      let vouched = false;
      let relation: PlaceRelation = "at";
      if (direction || distance) {
        found = knownPrefix(env, run) ?? leadingName(env, run);
        relation = "near";
      } else if (facility) {
        // "un poste de VDP", "la base des FAMa": premises named after the force that holds them
        const head = run.split(/[ \t]+/)[0];
        if (namesActorAt(env, nameStart) || (/^\p{Lu}{2,}$/u.test(head) && !env.places.has(head))) return null;
        found = leadingName(env, run);
        kind = "settlement";
      } else if (kindText) {
        // "la région frontalière du Niger": the neighbour named is not where it happened
        if (/frontali/i.test(b[0])) return null;
        const written = kindText.toLowerCase().split(/\s+/)[0];
        const kw = [written, written.replace(/(?<=.{3})(?:s|x)$/, "")].map((w) => EXTRA_KINDS[w] ?? kindWord(w === "village" ? "village_fr" : w)).find((k) => k !== null && k !== undefined) ?? null;
        if (!kw) return null;
        // "la région du Sahel": a region whose name is also the wider Sahel (a stop word elsewhere)
        const first = run.split(/[ \t]+/)[0];
        vouched = (kw.kind === "admin1" || kw.kind === "admin2") && env.places.has(first) && !/s$/.test(kindText);
        found = vouched ? knownPrefix(env, run) ?? first : leadingName(env, run);
        kind = kw.kind;
        relation = kw.relation;
      } else if (eventNoun) {
        found = knownPrefix(env, run);
      } else return null;
      if (!found || (!vouched && env.lex.placeStopwords.has(found))) return null;
      const q = readQualifiers(env, nameStart + found.length);
      const anchor = q.names.length > 0 ? null : anchorAfter(env, nameStart + found.length);
      const end = Math.max(nameStart + found.length, q.end, anchor?.end ?? 0);
      return { value: mention(env, name, start, end, found, kind, relation, anchor ? anchor.qualifiers : q.names, anchor?.name ?? null), start, end };
    },
  };
}
