/**
 * The countries conflictwatch covers in detail: its lexicons (actors, communities, country cues)
 * and its gazetteer's villages and admin units are built for them. Elsewhere it knows countries
 * and major cities only, so a name shared with a village abroad is read as one of these first.
 */
export const COVERED_ISO3: ReadonlySet<string> = new Set(["BFA", "MLI", "NER"]);
export const COVERED_ISO2: ReadonlySet<string> = new Set(["BF", "ML", "NE"]);
