import type { PlaceMention, PlaceNameIndex } from "../../domain/index.js";
import { COVERED_ISO3 } from "../../domain/index.js";
import type { ActorValue } from "../facts.js";
import type { CountryMention } from "../lexicon/compiled.js";
import type { Hit } from "../rule.js";
import actorsJson from "../lexicons/actors.json" with { type: "json" };
import countriesJson from "../lexicons/countries.json" with { type: "json" };
import { actorAreaCountriesOf } from "./actor-areas.js";
import { countriesCuedIn } from "./country-cues.js";
import { isLandmark } from "./event-place.js";

const ADMIN_WORDS = new Map<string, string[]>(Object.entries(countriesJson.admin_words).filter(([k]) => !k.startsWith("_")) as Array<[string, string[]]>);
const TIE_BREAK: string[] = countriesJson.tie_break_order;
const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const MAJOR = new Map<string, string>();
for (const [iso3, names] of Object.entries(countriesJson.major_places)) if (!iso3.startsWith("_")) for (const n of names as string[]) MAJOR.set(fold(n), iso3);

/** Communities named anywhere in the event ("Dogon farmers", "the Bozo community"): where they mostly live. */
const COMMUNITY_HINTS: Array<{ re: RegExp; iso3: string }> = actorsJson.ethnic_militia.groups
  .filter((g) => (g as { country_hint?: string }).country_hint)
  .map((g) => ({ re: new RegExp(`\\b(?:${[...g.aliases.en, ...g.aliases.fr].join("|")})\\b`, "i"), iso3: (g as { country_hint?: string }).country_hint as string }));
const ADMIN_WORD = /\b(provinces?|cercles?|circle)\b/i;
import type { SentenceFacts } from "./sentence-facts.js";

function unique(codes: string[]): string | null {
  const sahel = codes.filter((c) => COVERED_ISO3.has(c));
  if (codes.length === 1) return codes[0];
  if (sahel.length === 1) return sahel[0];
  return null;
}

/**
 * The country of an event, for actor names ("Civilians (Mali)"): the event place's country when
 * the gazetteer says one, then its qualifiers', then countries named in the event's sentences, then
 * the document's most named country.
 */
export function eventCountry(place: PlaceMention | null, sentences: SentenceFacts[], documentCountry: string | null, places: PlaceNameIndex): string | null {
  // a town or province written with the place ("Tamakaza (Ansongo, Gao)"): where the event is, whatever the actors' nationality
  const major = majorPlaceCountry(place);
  // a nationality or country named in the event's own sentences decides first ("Malian soldiers", "in eastern Burkina Faso")
  for (const sf of sentences) {
    // "near the Burkina Faso border" (a place mention of the border rule) names a landmark, not whose event it is
    const named = sf.countries.filter((c) => COVERED_ISO3.has(c.value.iso3) && !inLandmark(sf, c));
    if (named.length === 0 || !named.every((c) => c.value.iso3 === named[0].value.iso3)) continue;
    // "Nigerien soldiers beat residents of Tamakaza (Ansongo, Gao)": foreign forces across the border
    if (major && major !== named[0].value.iso3 && named.every((c) => forcesNationality(sf, c))) return major;
    return named[0].value.iso3;
  }
  if (place) {
    // "a post at Toeni, not far from the Mali border": a country the gazetteer has no such place in was named as a border
    const known = places.countries(place.name);
    const borderOnly = place.countryHint !== null && known.length > 0 && !known.includes(place.countryHint);
    // "Kelbaba in Sourou Province, ... Mali": the province written with the name is closer evidence than a country named after it
    const qualified = place.qualifiers.map((q) => MAJOR.get(fold(q)) ?? unique(places.countries(q))).find((c) => c !== null) ?? null;
    if (place.countryHint && !borderOnly && (qualified === null || qualified === place.countryHint)) return place.countryHint;
    if (major) return major;
    for (const name of [place.name, ...place.qualifiers, ...(place.secondary ? [place.secondary] : [])]) {
      const c = unique(places.countries(name));
      if (c) return c;
    }
  }
  for (const sf of sentences) for (const p of sf.places) {
    // "near the Mali border": the border's country is no place of the event ("the Malian side of the border" is, by its hint)
    const c = p.value.countryHint ?? (isLandmark(p.value) ? null : unique(places.countries(p.value.name)));
    if (c) return c;
  }
  return documentCountry ?? votedCountry(place, sentences, places);
}

/**
 * The country of a town or administrative unit the major-places lexicon knows, when the place is
 * one or is written with one ("Boni", "Tamakaza (Ansongo, Gao)"): what reports mean by those names,
 * whichever village elsewhere shares them.
 */
export function majorPlaceCountry(place: PlaceMention | null): string | null {
  if (!place) return null;
  return [...place.qualifiers, place.name, ...(place.secondary ? [place.secondary] : [])].map((n) => MAJOR.get(fold(n))).find((c) => c !== undefined) ?? null;
}

/**
 * When every name is ambiguous ("Kaya" is in four countries): the Sahel country that most of
 * the event's place names and actors allow (MINUSMA and FAMa point to Mali; Koglweogo to Burkina Faso).
 */
function votedCountry(place: PlaceMention | null, sentences: SentenceFacts[], places: PlaceNameIndex): string | null {
  const votes = new Map<string, number>();
  const vote = (codes: string[], weight: number): void => {
    const sahel = codes.filter((c) => COVERED_ISO3.has(c));
    for (const c of sahel) votes.set(c, (votes.get(c) ?? 0) + weight / sahel.length);
  };
  const names = new Set<string>();
  if (place) for (const n of [place.name, ...place.qualifiers]) names.add(n);
  for (const sf of sentences) for (const p of sf.places) if (!isLandmark(p.value)) for (const n of [p.value.name, ...p.value.qualifiers]) names.add(n);
  for (const n of names) {
    vote(places.countries(n), 1);
    const major = MAJOR.get(fold(n));
    if (major) vote([major], 3);
  }
  for (const sf of sentences) for (const p of sf.places) {
    const w = ADMIN_WORD.exec(p.value.text);
    const codes = w ? ADMIN_WORDS.get(w[1].toLowerCase()) : undefined;
    if (codes) vote(codes, 1);
  }
  for (const sf of sentences) for (const c of COMMUNITY_HINTS) if (c.re.test(sf.text)) vote([c.iso3], 0.5);
  // groups active in one country's regions only ("Dozo militiamen": central Mali)
  for (const sf of sentences) for (const codes of actorAreaCountriesOf(sf.text)) vote(codes, 1);
  for (const sf of sentences) for (const a of sf.actors) {
    const hint = a.value.sense.country ?? a.value.sense.hint ?? a.value.sense.entry.country_hint;
    if (hint) vote([hint], 1.5);
  }
  // national institutions, unions, parties, communities ("a CSCOM nurse"), when they all point to one country
  const cued = new Set(sentences.flatMap((sf) => countriesCuedIn(sf.text, { places: false })));
  if (cued.size === 1) vote([...cued], 2);
  let best: string | null = null;
  let top = 0;
  let tie = false;
  for (const [c, v] of votes) {
    if (v > top + 1e-9) {
      best = c;
      top = v;
      tie = false;
    } else if (Math.abs(v - top) < 1e-9) tie = true;
  }
  if (!tie) return best;
  const tied = [...votes.entries()].filter(([, v]) => Math.abs(v - top) < 1e-9).map(([c]) => c);
  return TIE_BREAK.find((c) => tied.includes(c)) ?? null;
}

/** The country a whole document is mostly about: the most named Sahel country, then place countries. */
export function documentCountry(all: SentenceFacts[], places: PlaceNameIndex): string | null {
  const counts = new Map<string, number>();
  const add = (c: string | null, w: number): void => {
    if (c && COVERED_ISO3.has(c)) counts.set(c, (counts.get(c) ?? 0) + w);
  };
  for (const sf of all) {
    for (const c of sf.countries) if (!inLandmark(sf, c)) add(c.value.iso3, 2);
    for (const p of sf.places) add(p.value.countryHint ?? (isLandmark(p.value) ? null : unique(places.countries(p.value.name))), 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) {
    best = c;
    n = k;
  }
  return best;
}

/**
 * "near the Mali border", "the Niger river", "le fleuve Niger": a country name inside a landmark
 * mention of the border-or-river rule names the landmark, not whose event it is. That rule is the
 * one place the judgement is made.
 */
function inLandmark(sf: SentenceFacts, hit: Hit<CountryMention>): boolean {
  return sf.places.some((p) => isLandmark(p.value) && p.start <= hit.start && hit.end <= p.end);
}

/** "Nigerien soldiers", "the Burkinabe army": a nationality written right before state forces. */
function forcesNationality(sf: SentenceFacts, c: Hit<CountryMention>): boolean {
  // the actor's words either follow the nationality or include it ("Nigerien soldiers" read as one mention)
  const attached = (a: Hit<ActorValue>): boolean => (a.start >= c.end && a.start - c.end <= 2) || (a.start <= c.start && a.end >= c.end);
  return c.value.adjective && sf.actors.some((a) => attached(a) && a.value.sense.entry.inter === 1);
}

/** "Malian soldiers": a nationality written right before an actor word. */
export function nationalityBefore(sf: SentenceFacts, start: number): string | null {
  for (const c of sf.countries) if (c.end <= start && start - c.end <= 2) return c.value.iso3;
  return null;
}
