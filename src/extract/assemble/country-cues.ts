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
const wholeWords = (alternatives: string[]): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "u");

function buildCues(): CountryCue[] {
  const byCountry = new Map<string, string[]>();
  const add = (iso3: string, patterns: string[]): void => {
    byCountry.set(iso3, [...(byCountry.get(iso3) ?? []), ...patterns]);
  };
  for (const cue of cuesJson.cues) add(cue.iso3, cue.patterns);
  const skipped = new Set(cuesJson.major_places_not_cues);
  for (const [iso3, names] of Object.entries(countriesJson.major_places)) {
    if (iso3.startsWith("_")) continue;
    add(iso3, (names as string[]).filter((n) => !skipped.has(n)).map(escape));
  }
  // one pattern per country, longest alternatives first so that "Bobo-Dioulasso" is read whole
  return [...byCountry.entries()].map(([iso3, patterns]) => ({ iso3, re: wholeWords([...new Set(patterns)].sort((a, b) => b.length - a.length)) }));
}

let cues: CountryCue[] | null = null;

/** Every country whose cues the text names, in the lexicon's order. */
export function countriesCuedIn(text: string): string[] {
  cues ??= buildCues();
  return cues.filter((c) => c.re.test(text)).map((c) => c.iso3);
}

/** The one country the text's cues agree on; null when it names none, or cues of several countries. */
export function cuedCountry(text: string): string | null {
  const found = countriesCuedIn(text);
  return found.length === 1 ? found[0] : null;
}

/** Each country's names and nationality words, English and French ("Mali", "Malian", "maliens"). */
const NAMES: CountryCue[] = countriesJson.countries.map((c) => ({
  iso3: c.iso3,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...c.names.en, ...c.names.fr, ...c.adjectives.en, ...c.adjectives.fr].map(escape).join("|")})(?![\\p{L}\\p{N}])`, "iu"),
}));

/** Every country the text names, by name, nationality or cue ("Nigerien soldiers", "FAMa", "coming from Mali"). */
export function countriesNamedIn(text: string): string[] {
  return [...new Set([...NAMES.filter((c) => c.re.test(text)).map((c) => c.iso3), ...countriesCuedIn(text)])];
}
