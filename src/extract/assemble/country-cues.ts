import countriesJson from "../lexicons/countries.json" with { type: "json" };
import cuesJson from "../lexicons/country-cues.json" with { type: "json" };

/**
 * The Sahel country a report is about, read from what it names besides places: national
 * institutions, parties, unions, communities, capitals in compounds ("the Ouaga-Kaya road"),
 * and the towns and administrative units the major-places list knows. Used only for events the
 * gazetteer could not place; the place, when found, always decides.
 */
interface CountryCue {
  iso3: string;
  re: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// whole words: JavaScript's \b does not see accented letters as letters ("Djenné")
const wholeWords = (alternatives: string[], flags: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, flags);

/** One pattern per country and kind, longest alternatives first so that "Bobo-Dioulasso" is read whole. */
function grouped(entries: Array<[string, string[]]>, flags: string): CountryCue[] {
  const byCountry = new Map<string, string[]>();
  for (const [iso3, patterns] of entries) byCountry.set(iso3, [...(byCountry.get(iso3) ?? []), ...patterns]);
  return [...byCountry.entries()].map(([iso3, patterns]) => ({ iso3, re: wholeWords([...new Set(patterns)].sort((a, b) => b.length - a.length), flags) }));
}

// the lexicon's cues are case-sensitive (acronyms: "CMA", "URD"); place names are not ("Fada Ngourma", "Fada NGourma")
const INSTITUTIONS = grouped(cuesJson.cues.map((c) => [c.iso3, c.patterns]), "u");
const skipped = new Set(cuesJson.major_places_not_cues);
const PLACES = grouped(
  Object.entries(countriesJson.major_places).filter(([iso3]) => !iso3.startsWith("_")).map(([iso3, names]) => [iso3, (names as string[]).filter((n) => !skipped.has(n)).map(escape)]),
  "iu",
);

/** Every country whose cues the text names, in the lexicon's order; `places: false` leaves out the major places. */
export function countriesCuedIn(text: string, { places = true } = {}): string[] {
  const list = places ? [...INSTITUTIONS, ...PLACES] : INSTITUTIONS;
  return [...new Set(list.filter((c) => c.re.test(text)).map((c) => c.iso3))];
}

/**
 * The one country the text's cues agree on; null when it names none, or cues of several countries.
 * `placesIn` is the text to read major places in, when it differs (the event's own place blanked:
 * "Seno Edal" is no cue of the Séno province, though "Singa-Mossi" still names the Mossi).
 */
export function cuedCountry(text: string, placesIn: string = text): string | null {
  const found = placesIn === text ? countriesCuedIn(text) : [...new Set([...countriesCuedIn(text, { places: false }), ...countriesCuedIn(placesIn)])];
  return found.length === 1 ? found[0] : null;
}

/** Each country's names and nationality words, English and French ("Mali", "Malian", "maliens"). */
const NAMES: CountryCue[] = countriesJson.countries.map((c) => ({
  iso3: c.iso3,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...c.names.en, ...c.names.fr, ...c.adjectives.en, ...c.adjectives.fr].map(escape).join("|")})(?![\\p{L}\\p{N}])`, "iu"),
}));

/**
 * Every country the text names for someone, by name, nationality or cue ("Nigerien soldiers", "FAMa",
 * "coming from Mali"): places aside (where the event is, the gazetteer says). Borders and rivers
 * ("near the Mali border", "le fleuve Niger") name nobody's country: the caller passes the text with
 * the extraction's landmark mentions blanked (the border-or-river rule decides what is one).
 */
export function countriesNamedIn(text: string, { cues = true } = {}): string[] {
  return [...new Set([...NAMES.filter((c) => c.re.test(text)).map((c) => c.iso3), ...(cues ? countriesCuedIn(text, { places: false }) : [])])];
}

const FORCE_WORDS = cuesJson.national_forces;
/** "Malian soldiers", "the Burkinabe air force", "soldats maliens": one pattern per country, starting with its nationality or a French force word. */
const FORCES: CountryCue[] = countriesJson.countries.filter((c) => FORCE_WORDS.countries.includes(c.iso3)).map((c) => ({
  iso3: c.iso3,
  re: new RegExp(
    `(?:${c.adjectives.en.map(escape).join("|")})\\s+(?:${FORCE_WORDS.en.join("|")})(?![\\p{L}\\p{N}])|(?:${FORCE_WORDS.fr.join("|")})\\s+(?:${c.adjectives.fr.map(escape).join("|")})(?![\\p{L}\\p{N}])`,
    "iu",
  ),
}));

/**
 * The one country whose own forces the text names ("Malian soldiers"); null when it names none, or
 * the forces of several countries. A weak cue: it chooses among the report's countries, never over a place hint.
 */
export function forcesCountry(text: string): string | null {
  const found = FORCES.filter((c) => c.re.test(text));
  return found.length === 1 ? found[0].iso3 : null;
}
