import actorsJson from "../lexicons/actors.json" with { type: "json" };
import countriesJson from "../lexicons/countries.json" with { type: "json" };
import cuesJson from "../lexicons/cues.json" with { type: "json" };
import quantifiersJson from "../lexicons/quantifiers.json" with { type: "json" };
import triggersJson from "../lexicons/triggers.json" with { type: "json" };
import weaponsJson from "../lexicons/weapons.json" with { type: "json" };
import { aliasSource, compileAlternatives, escapeRegExp, groupedAlternation, isCaseSensitive, WORD_END, WORD_START, type AlternativeMatcher } from "./alias-pattern.js";
import type { ActorEntry, ActorSense, CountryEntry, Lang, Vague, WeaponEntry } from "./types.js";

/** An alternation regex (global) and what each of its alternatives stands for. */
export type Matcher<T> = AlternativeMatcher<T>;

export interface TriggerKind {
  kind: string;
  weight: number;
}

/** A monitor's name; case-sensitive aliases ("SITE", not "site") are checked by the rule. */
export interface MonitorSense {
  name: string;
  caseSensitive: boolean;
}

export interface CountryMention {
  iso3: string;
  adjective: boolean;
}

/** Every lexicon compiled once per language: rules only read these, never build regexes per call. */
export interface CompiledLexicons {
  lang: Lang;
  namedActors: Matcher<ActorSense>;
  namedActorsCaseSensitive: Matcher<ActorSense>;
  templatedActors: Matcher<ActorSense>;
  ethnicMilitia: Matcher<ActorSense>;
  monitors: Matcher<MonitorSense>;
  countries: Matcher<CountryMention>;
  countryById: Map<string, CountryEntry>;
  weapons: Matcher<WeaponEntry>;
  weaponsCaseSensitive: Matcher<WeaponEntry>;
  weaponByName: Map<string, WeaponEntry>;
  triggers: Matcher<TriggerKind>;
  cues: Record<"claim" | "hedge" | "confirmed" | "background" | "captureCue", RegExp>;
  furniture: RegExp;
  /** Source of a number: digits or number words, for rules to embed. */
  numberSource: string;
  numbers: Map<string, number>;
  vagueSource: string;
  vague: Map<string, Vague>;
  modifierSource: string;
  modifiers: Map<string, "low" | "best" | "high">;
  placeStopwords: Set<string>;
  actorById: Map<string, ActorEntry>;
}

const cache = new Map<Lang, CompiledLexicons>();

export function compiledLexicons(lang: Lang): CompiledLexicons {
  let c = cache.get(lang);
  if (!c) {
    c = compile(lang);
    cache.set(lang, c);
  }
  return c;
}

function orSource(fragments: string[]): string {
  return fragments.length === 0 ? "(?!)" : `${WORD_START}(?:${groupedAlternation([...fragments].sort((a, b) => b.length - a.length))})${WORD_END}`;
}

function keyOf(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");
}

function compile(lang: Lang): CompiledLexicons {
  const actors = actorsJson.actors as unknown as ActorEntry[];
  const templated = actorsJson.templated as unknown as ActorEntry[];
  const actorById = new Map<string, ActorEntry>();
  for (const a of [...actors, ...templated]) actorById.set(a.id, a);

  const nounSource = actorsJson.generic_group_nouns[lang].map(aliasSource).join("|");
  const named = { ci: [] as Array<{ source: string; payload: ActorSense }>, cs: [] as Array<{ source: string; payload: ActorSense }> };
  for (const entry of actors) {
    for (const alias of entry.aliases[lang]) {
      (isCaseSensitive(alias) ? named.cs : named.ci).push({ source: aliasSource(alias), payload: { entry, country: entry.country ?? null } });
    }
  }
  const templ: Array<{ source: string; payload: ActorSense }> = [];
  for (const entry of templated) {
    for (const alias of entry.aliases[lang]) templ.push({ source: aliasSource(alias), payload: { entry, country: null } });
    for (const [iso3, al] of Object.entries(entry.country_aliases ?? {})) {
      for (const alias of al[lang]) templ.push({ source: aliasSource(alias), payload: { entry, country: iso3 } });
    }
  }
  const dozoEntry: ActorEntry = {
    id: "dozo", name: "Dozo militia", acled_template: actorsJson.communal_militia.acled_template, inter: 4, specificity: 3, target_kind: "armed",
    aliases: { en: [], fr: [] },
  };
  for (const alias of actorsJson.communal_militia.aliases[lang]) templ.push({ source: aliasSource(alias), payload: { entry: dozoEntry, country: null } });
  actorById.set("dozo", dozoEntry);

  const ethnicEntry: ActorEntry = {
    id: "ethnic-militia", name: "{ethnic} militia", acled_template: actorsJson.ethnic_militia.acled_template, inter: 4, specificity: 2, target_kind: "armed",
    aliases: { en: [], fr: [] },
  };
  actorById.set("ethnic-militia", ethnicEntry);
  const ethnicNouns = actorsJson.ethnic_militia.nouns[lang].map(aliasSource).join("|");
  const ethnic: Array<{ source: string; payload: ActorSense }> = [];
  for (const g of actorsJson.ethnic_militia.groups) {
    const names = g.aliases[lang].map(aliasSource).join("|");
    const source = lang === "fr" ? `(?:${ethnicNouns})\\s+(?:${names})s?|(?:${names})\\s+(?:${ethnicNouns})` : `(?:${names})\\s+(?:${ethnicNouns})`;
    ethnic.push({ source, payload: { entry: ethnicEntry, country: null, ethnic: g.name, hint: (g as { country_hint?: string }).country_hint } });
  }

  for (const item of foreignCivilianItems(lang, actorById)) templ.push(item);

  const countries = countriesJson.countries as unknown as CountryEntry[];
  const countryItems: Array<{ source: string; payload: CountryMention }> = [];
  for (const c of countries) {
    for (const n of c.names[lang]) countryItems.push({ source: aliasSource(n), payload: { iso3: c.iso3, adjective: false } });
    for (const n of c.adjectives[lang]) countryItems.push({ source: aliasSource(n), payload: { iso3: c.iso3, adjective: true } });
  }

  const weapons = weaponsJson.weapons as unknown as WeaponEntry[];
  const wci: Array<{ source: string; payload: WeaponEntry }> = [];
  const wcs: Array<{ source: string; payload: WeaponEntry }> = [];
  for (const w of weapons) for (const a of w.aliases) (isCaseSensitive(a) ? wcs : wci).push({ source: aliasSource(a), payload: w });

  const triggerItems: Array<{ source: string; payload: TriggerKind }> = [];
  for (const k of triggersJson.kinds) {
    for (const src of (k as unknown as Record<Lang, string[]>)[lang]) triggerItems.push({ source: src, payload: { kind: k.kind, weight: k.weight } });
  }

  const monitorItems: Array<{ source: string; payload: MonitorSense }> = [];
  for (const m of actorsJson.monitors.entries) {
    for (const a of m.aliases) monitorItems.push({ source: aliasSource(a), payload: { name: m.name, caseSensitive: isCaseSensitive(a) } });
  }

  const q = quantifiersJson;
  const numbers = new Map<string, number>(Object.entries(q.numbers[lang]).map(([k, v]) => [keyOf(k), v]));
  const vague = new Map<string, Vague>(Object.entries(q.vague[lang]).map(([k, v]) => [keyOf(k), v as Vague]));
  const modifiers = new Map<string, "low" | "best" | "high">(
    Object.entries(q.modifiers[lang]).filter(([k]) => !k.startsWith("_")).map(([k, v]) => [keyOf(k), v as "low" | "best" | "high"]),
  );
  const byLength = (a: string, b: string): number => b.length - a.length;
  const numberWords = [...numbers.keys()].sort(byLength).map((k) => escapeRegExp(k).replace(/ /g, "\\s+").replace(/'/g, "['’]"));
  const numberSource = `(?:\\d{1,3}(?:[,\\s]\\d{3})+|\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|${groupedAlternation(numberWords)})`;
  // grouped by first letter: these are tried at every number-like position of every text
  const vagueSource = `(?:${groupedAlternation([...vague.keys()].sort(byLength).map((k) => escapeRegExp(k).replace(/ /g, "\\s+")))})`;
  const modifierSource = `(?:${groupedAlternation([...modifiers.keys()].sort(byLength).map((k) => escapeRegExp(k).replace(/ /g, "\\s+").replace(/'/g, "['’]")))})`;

  const cue = (list: string[]): RegExp => new RegExp(orSource(list), "giu");
  const furnitureSource = cuesJson.furniture[lang].join("|");

  return {
    lang,
    namedActors: compileAlternatives(named.ci, "giu", `(?:\\s+(?:${nounSource}))?`),
    namedActorsCaseSensitive: compileAlternatives(named.cs, "gu", `(?:\\s+(?:${nounSource}))?`),
    templatedActors: compileAlternatives(templ, "giu"),
    ethnicMilitia: compileAlternatives(ethnic, "giu"),
    monitors: compileAlternatives(monitorItems, "giu"),
    countries: compileAlternatives(countryItems, "giu"),
    countryById: new Map(countries.map((c) => [c.iso3, c])),
    weapons: compileAlternatives(wci, "giu"),
    weaponsCaseSensitive: compileAlternatives(wcs, "gu"),
    weaponByName: new Map(weapons.map((w) => [w.name.toLowerCase(), w])),
    triggers: compileAlternatives(triggerItems, "giu"),
    cues: {
      claim: cue(cuesJson.claim[lang]),
      hedge: cue(cuesJson.hedge[lang]),
      confirmed: cue(cuesJson.confirmed[lang]),
      background: new RegExp(`(?:${cuesJson.background[lang].join("|")})`, "giu"),
      captureCue: cue(weaponsJson.capture_cues[lang]),
    },
    furniture: new RegExp(`^[ \\t]*(?:${furnitureSource})`, "gimu"),
    numberSource,
    numbers,
    vagueSource,
    vague,
    modifierSource,
    modifiers,
    placeStopwords: new Set(cuesJson.place_stopwords[lang]),
    actorById,
  };
}

/**
 * "a Canadian national", "an Italian and a Canadian citizen", "foreigners": civilians named by a foreign
 * nationality. One alternative for all nationalities (tried at every word, it must stay cheap); the
 * generic-actor rule reads which country, or several, the match names (see foreignCiviliansOf).
 */
function foreignCivilianItems(lang: Lang, actorById: Map<string, ActorEntry>): Array<{ source: string; payload: ActorSense }> {
  const fc = actorsJson.foreign_civilians;
  const entry: ActorEntry = {
    id: "foreign-civilians", name: fc.acled_template, acled_template: fc.acled_template, inter: 7, specificity: 1, target_kind: "civilian",
    aliases: { en: [], fr: [] },
  };
  actorById.set(entry.id, entry);
  const byLength = (a: string, b: string): number => b.length - a.length;
  const nouns = groupedAlternation(fc.nouns[lang].map(aliasSource).sort(byLength));
  const all = groupedAlternation(fc.nationalities.flatMap((n) => n[lang]).map(aliasSource).sort(byLength));
  const several = { entry, country: null, ethnic: fc.several };
  const payload: ActorSense = { entry, country: null };
  // French puts the noun first ("deux ressortissants italiens"): the noun alone is the hit, and the
  // generic-actor rule reads the nationality after it (see foreignNationalityAfter)
  const items = lang === "fr"
    ? fc.nouns.fr.map((n) => ({ source: aliasSource(n), payload }))
    : [{ source: `(?:${all})\\s+(?:and\\s+(?:an?\\s+)?(?:${all})\\s+)?(?:${nouns})`, payload }];
  for (const alias of fc.general[lang]) items.push({ source: aliasSource(alias), payload: several });
  return items;
}

let frenchNationalityAfter: RegExp | null = null;

/** " italiens", " italien et canadien" right after a French noun for people: its length and what it names. */
export function foreignNationalityAfter(after: string): { length: number; nationality: string } | null {
  const fc = actorsJson.foreign_civilians;
  if (!frenchNationalityAfter) {
    const all = groupedAlternation(fc.nationalities.flatMap((n) => n.fr).map(aliasSource).sort((a, b) => b.length - a.length));
    frenchNationalityAfter = new RegExp(`^\\s+(?:${all})(?:\\s+et\\s+(?:${all}))?${WORD_END}`, "iu");
  }
  const m = frenchNationalityAfter.exec(after);
  const nationality = m ? foreignCiviliansOf(m[0], "fr") : null;
  return m && nationality ? { length: m[0].length, nationality } : null;
}

/** The country a foreign-civilians match names ("Canada"), "International" for several, null when none. */
export function foreignCiviliansOf(text: string, lang: Lang): string | null {
  const fc = actorsJson.foreign_civilians;
  const folded = ` ${text.toLowerCase().replace(/\s+/g, " ")} `;
  const named = fc.nationalities.filter((n) => n[lang].some((a) => folded.includes(` ${a.toLowerCase()} `)));
  if (named.length === 0) return null;
  return named.length === 1 ? named[0].name : fc.several;
}

/** Parses a number as written ("12", "1,200", "twelve", "twenty-two", "a dozen"); null when it is not one. */
export function parseNumber(lex: CompiledLexicons, raw: string): number | null {
  const s = keyOf(raw.trim());
  if (/^\d{1,3}(?:[,\s]\d{3})+$/.test(s)) return Number(s.replace(/[,\s]/g, ""));
  if (/^\d+$/.test(s)) return Number(s);
  const direct = lex.numbers.get(s);
  if (direct !== undefined) return direct;
  const compound = /^(\w+)[- ](\w+)$/.exec(s);
  if (compound) {
    const tens = lex.numbers.get(compound[1]);
    const units = lex.numbers.get(compound[2]);
    if (tens !== undefined && units !== undefined && tens >= 20 && units < 10) return tens + units;
  }
  return null;
}
