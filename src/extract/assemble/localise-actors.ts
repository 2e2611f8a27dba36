import type { ActorRef, ExtractedEvent } from "../../domain/index.js";
import { COVERED_ISO3 } from "../../domain/index.js";
import { compiledLexicons } from "../lexicon/compiled.js";
import type { CompiledLexicons } from "../lexicon/compiled.js";
import { eraOf } from "./actor-ref.js";
import { countriesNamedIn } from "./country-cues.js";

/**
 * ACLED names many actors by country ("Civilians (Mali)", "Unidentified Armed Group
 * (Burkina Faso)", "Fulani Ethnic Militia (Mali)", "Military Forces of Niger (2021-)").
 * When nothing in a report names the country, extraction leaves it out; once the
 * geocoder has placed the event, the country is known and the names can carry it.
 * Only names still missing their country are completed: a country the text gave
 * ("Malian soldiers") is never overwritten.
 */
interface CountrylessPattern {
  match: RegExp;
  template: string;
  hasEthnic: boolean;
}

let patterns: CountrylessPattern[] | null = null;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Each country template as a pattern for the name it gives when the country is unknown. */
function countrylessPatterns(lex: CompiledLexicons): CountrylessPattern[] {
  const templates = new Set<string>();
  for (const entry of lex.actorById.values()) {
    if (!entry.acled_name && entry.acled_template?.includes("{country}")) templates.add(entry.acled_template);
  }
  return [...templates].map((template) => {
    const withoutCountry = template.replace(/\s*\(\{country\}\)/, "").replace(/\s+of\s+\{country\}/, "").replace(/\s*\(\{era\}\)/, "");
    const source = escape(withoutCountry).replace("\\{ethnic\\}", "(.+?)");
    return { match: new RegExp(`^${source}$`), template, hasEthnic: template.includes("{ethnic}") };
  });
}

function localise(actor: ActorRef | null, lex: CompiledLexicons, iso3: string, date: string | null): ActorRef | null {
  if (!actor) return actor;
  patterns ??= countrylessPatterns(lex);
  const country = lex.countryById.get(iso3);
  if (!country) return actor;
  for (const pattern of patterns) {
    const m = pattern.match.exec(actor.acled_name);
    if (!m) continue;
    const era = eraOf(lex, iso3, date);
    let acled = pattern.template.replace("{country}", country.name);
    if (pattern.hasEthnic) acled = acled.replace("{ethnic}", m[1] ?? "");
    acled = era ? acled.replace("{era}", era) : acled.replace(/\s*\(\{era\}\)/, "");
    const name = actor.name.includes(country.name) || /\(.+\)$/.test(actor.name) ? actor.name : acled.replace(/\s*\((?:19|20)\d\d-(?:\d{4})?\)$/, "");
    return { ...actor, name, acled_name: acled };
  }
  return actor;
}

/** The event with its country-less actor names completed with the country it was placed in. */
export function localiseActors(event: ExtractedEvent, iso3: string | null): ExtractedEvent {
  if (!iso3) return event;
  const lex = compiledLexicons("en");
  const date = event.event_date;
  return {
    ...event,
    actor1: localise(event.actor1, lex, iso3, date),
    actor2: localise(event.actor2, lex, iso3, date),
    assoc_actors: event.assoc_actors.map((a) => localise(a, lex, iso3, date) ?? a),
  };
}


/** "Civilians (Niger)" → "Civilians"; "Military Forces of Niger (2011-2021) Gendarmerie" → "Military Forces Gendarmerie". */
function withoutCountry(name: string, country: string): string {
  let forms = countryForms.get(country);
  if (!forms) {
    const c = escape(country);
    forms = [new RegExp(`\\s*\\(${c}\\)`), new RegExp(`\\s+of\\s+${c}\\b`)];
    countryForms.set(country, forms);
  }
  return name.replace(forms[0], "").replace(forms[1], "").replace(/\s*\((?:19|20)\d\d-(?:\d{4})?\)/, "").replace(/\s+/g, " ").trim();
}

/** Each country's "(Mali)" and "of Mali" patterns, compiled once: this runs for every actor of every placed event. */
const countryForms = new Map<string, [RegExp, RegExp]>();

/**
 * ACLED names these after the country the event happened in, whoever they are: unknown gunmen
 * have no nationality, and a crowd is the country's ("Nigerien president" in a Kidal protest).
 */
const PLACE_BOUND = new Set(["Unidentified Armed Group", "Protesters", "Rioters", "Islamist Militia", "Unidentified Communal Militia", "Dozo Communal Militia"]);
/** State forces named with their nationality ("Nigerien soldiers"): a nationality in the text is theirs first. */
const FORCES = /^(?:Military|Police) Forces of /;
/** The two words before an actor's mention, where its nationality is written ("two Nigerien herders"). */
const WORDS_BEFORE = /(?:[\p{L}'’-]+\s+){0,2}$/u;

/** The words that name an actor in the text, with the two before them; null when the role was inferred, not read. */
function ownWords(event: ExtractedEvent, field: string, text: string): string | null {
  const ev = event.evidence.find((e) => e.field === field && e.stated);
  if (!ev) return null;
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, ev.start - 30), ev.start))?.[0] ?? "";
  return `${before}${text.slice(ev.start, ev.end)}`;
}

interface Named {
  /** Countries the event's text names anywhere (borders aside). */
  inText: Set<string>;
  /** Countries named in the actor's own words (with the two words before them); null when the role was inferred. */
  own: Set<string> | null;
  /** Countries named in the own words of the event's state forces. */
  forces: Set<string>;
}

/** Does the text give this actor the country its name carries, rather than extraction guessing it? */
function keepsNationality(bare: string, code: string, named: Named): boolean {
  if (PLACE_BOUND.has(bare)) return false;
  // civilians: a nationality the text gives anywhere ("60 Nigerien pastoralists were killed"), unless it is the forces' ("Nigerien soldiers beat residents")
  if (bare === "Civilians") return (named.own?.has(code) ?? false) || (named.inText.has(code) && !named.forces.has(code));
  // forces: the one their own words give ("Nigerien soldiers", "FAMa"), or the text's when the role was inferred
  return named.own?.has(code) ?? named.inText.has(code);
}

function replaceCountry(actor: ActorRef | null, lex: CompiledLexicons, iso3: string, named: Named, date: string | null): ActorRef | null {
  if (!actor) return actor;
  patterns ??= countrylessPatterns(lex);
  for (const [code, country] of lex.countryById) {
    // French forces are French wherever they fight: only the Sahel countries' own names are guesses
    if (!COVERED_ISO3.has(code) || code === iso3 || !actor.acled_name.includes(country.name)) continue;
    const bare = withoutCountry(actor.acled_name, country.name);
    // an ethnic militia keeps its community's country ("Dogon Ethnic Militia (Mali)" fighting across the border)
    if (bare === actor.acled_name || !patterns.some((p) => !p.hasEthnic && p.match.test(bare))) continue;
    if (keepsNationality(bare, code, named)) continue;
    return localise({ ...actor, name: withoutCountry(actor.name, country.name), acled_name: bare }, lex, iso3, date);
  }
  return actor;
}

/**
 * The event was placed in a country, but extraction had named its actors after another one,
 * guessed from place names the gazetteer reads better ("Kayan (Kayan, Kenedougou)") or a tie
 * between countries: names made from a template ("Civilians (Niger)", "Military Forces of
 * Mali (...)") take the place's country. Forces keep a country their own words name ("Nigerien
 * soldiers", "FAMa"; the whole text when the role was inferred), civilians one the text gives
 * them: they may really be from across a border. Armed men, crowds and militias are named after
 * where they acted.
 * `text` is the document's text, which the event's spans index.
 */
export function relocaliseActors(event: ExtractedEvent, iso3: string, text: string): ExtractedEvent {
  const lex = compiledLexicons("en");
  if (!COVERED_ISO3.has(iso3)) return event;
  const inText = new Set(countriesNamedIn(text.slice(event.start, event.end)));
  const forces = new Set<string>();
  for (const field of ["actor1", "actor2"] as const) {
    const a = event[field];
    const words = ownWords(event, field, text);
    if (a && words && FORCES.test(a.acled_name)) for (const c of countriesNamedIn(words)) forces.add(c);
  }
  const namedFor = (field: string): Named => {
    const words = ownWords(event, field, text);
    return { inText, own: words === null ? null : new Set(countriesNamedIn(words)), forces };
  };
  const date = event.event_date;
  return {
    ...event,
    actor1: replaceCountry(event.actor1, lex, iso3, namedFor("actor1"), date),
    actor2: replaceCountry(event.actor2, lex, iso3, namedFor("actor2"), date),
    assoc_actors: event.assoc_actors.map((a) => replaceCountry(a, lex, iso3, { inText, own: null, forces }, date) ?? a),
  };
}
