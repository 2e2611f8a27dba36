import type { Span } from "./evidence.js";

/** How exactly a location is known, as ACLED codes it. 1: the named place; 2: near it / part of an area; 3: only the admin unit. */
export type GeoPrecision = 1 | 2 | 3;

/** How a place mention relates to where the event happened. */
export type PlaceRelation = "at" | "near" | "between" | "axis" | "outskirts" | "area";

/** What the text says the mention is, when it says so ("Loroum province", "cercle de Douentza", "village of X"). */
export type PlaceKindHint = "country" | "admin1" | "admin2" | "admin3" | "settlement" | null;

/**
 * A place named in a report, as found by extraction, before the gazetteer decides
 * which real place it is. Carries the report's own hints for that decision.
 */
export interface PlaceMention extends Span {
  /** The name as written, without prefixes/suffixes ("Loroum" for "Loroum province"). */
  name: string;
  /** The full text matched, e.g. "in the town of Sole". */
  text: string;
  kindHint: PlaceKindHint;
  relation: PlaceRelation;
  /** Names that qualify it, from the text: "Loroum" in "Sole, in Loroum province"; ["Aribinda","Soum"] in "(Aribinda, Soum)". */
  qualifiers: string[];
  /** A second place for "between X and Y" / "the X-Y axis" / "X, near Y" (the anchor when X is unknown). */
  secondary: string | null;
  /** Country named close to the mention ("in eastern Burkina Faso"), as ISO3. */
  countryHint: string | null;
  /** Name of the extraction rule that found it. */
  rule: string;
}

/**
 * What extraction may ask about names without depending on the gazetteer's code:
 * the pipeline injects the geocoder's index. Lookups are by normalised name.
 */
export interface PlaceNameIndex {
  /** Does some gazetteer entry (main or alternate name) carry this name? Case/accents/hyphens ignored. */
  has(name: string): boolean;
  /** Kinds of the entries carrying this name (e.g. ["settlement", "admin2"]), empty when unknown. */
  kinds(name: string): PlaceKindHint[];
  /** ISO3 of the countries whose entries carry this name. */
  countries(name: string): string[];
}

/** Why a place was chosen: the candidates weighed and what decided. */
export interface GeocodeExplanation {
  candidates: Array<{ gazetteer_id: string; name: string; admin1: string | null; admin2: string | null; iso3: string; score: number }>;
  decidedBy: string[];
}

/** A resolved location, the event record's `location` field. */
export interface EventLocation {
  name: string;
  country: string;
  iso3: string;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  /** Burkina Faso's July 2025 region/province, when the place is in Burkina Faso. */
  admin1_2025?: string | null;
  admin2_2025?: string | null;
  /** How admin1/admin2 were obtained: from the gazetteer's codes, from boundaries, from nearest coded places, or from the text. */
  admin_source?: "gazetteer" | "boundary" | "nearest" | "text" | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision;
  gazetteer_id: string | null;
  why?: GeocodeExplanation;
}

/** What the geocoder may use besides the mention itself: the rest of the report. */
export interface GeocodeContext {
  /** Every place the report names, in text order. */
  documentPlaces: PlaceMention[];
  /** Countries the report is about (ISO3), from its text, its source or the user. */
  countryHints: string[];
  /** Regions ("ISO3:admin1") where the groups and communities the event names are active: a weak hint among namesakes. */
  areaHints?: string[];
  /**
   * The one country (ISO3) the event's own words point to, apart from its actors' names (national
   * institutions, nationalities, major towns: extraction's country cues). When the report's countries
   * are several and this is one of them, the place is looked for in it.
   */
  cueCountries?: string[];
}
