import countriesJson from "../lexicons/countries.json" with { type: "json" };

interface AreaEntry {
  re: RegExp;
  areas: string[];
}

/** Each lexicon entry as one whole-word, case-insensitive pattern (the lexicon's patterns are written for that). */
const ENTRIES: AreaEntry[] = countriesJson.actor_areas.entries.map((e) => ({
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${e.patterns.join("|")})(?![\\p{L}\\p{N}])`, "iu"),
  areas: e.areas,
}));

/** The entries whose group or community the text names. */
function namedIn(text: string): AreaEntry[] {
  return ENTRIES.filter((e) => e.re.test(text));
}

/**
 * The regions an event's text points to through the groups and communities it names
 * ("Dogon hunters" → Mopti; "Ansaroul Islam" → northern Burkina Faso), as "ISO3:admin1".
 * A place name shared by villages in several regions is more likely the one where these
 * groups are active; the geocoder weighs it below the report's own hints. A region appears once
 * for each group that points to it. Empty when the text names none of them: no region is ever assumed.
 */
export function actorAreasOf(text: string): string[] {
  return namedIn(text).flatMap((e) => e.areas);
}

/** For each group or community the text names, the countries of its regions ("Dogon" → ["MLI"]; ISGS → three). */
export function actorAreaCountriesOf(text: string): string[][] {
  return namedIn(text).map((e) => [...new Set(e.areas.map((a) => a.slice(0, a.indexOf(":"))))]);
}
