import type { GeocodeContext } from "../domain/place.js";
import type { PlaceIndex } from "./place-index.js";
import { nameKey } from "./normalise-name.js";
import { stripPlaceAffixes } from "./place-affixes.js";
import { areaKey, type RankingEvidence } from "./rank-candidates.js";
import { COVERED_ISO2 } from "../domain/coverage.js";

type ContextPlaces = { keys: Set<string>; points: RankingEvidence["contextPoints"] };

/**
 * What the whole report (not the mention) says about where its event is: the countries it is
 * about, the regions where its groups are active, and its other places. Read once per report
 * context and shared by every mention resolved against it.
 */
export class ReportEvidence {
  private readonly placesCache = new WeakMap<GeocodeContext, ContextPlaces>();

  constructor(
    private readonly index: PlaceIndex,
    private readonly iso3to2: ReadonlyMap<string, string>,
  ) {}

  private iso2(code: string): string {
    return this.iso3to2.get(code.toUpperCase()) ?? code.toUpperCase();
  }

  /**
   * The report's countries (ISO2). Countries guessed for its actors (often from the place's own
   * name: "Civilians (Niger)" for a village only Niger has) yield to the one country its words
   * point to (a national institution, "FAMa", "Mopti") when that is one of them: the words are
   * what the report says, so the place is looked for there.
   */
  countriesOf(context: GeocodeContext): Set<string> {
    const countries = new Set(context.countryHints.map((c) => this.iso2(c)));
    const cues = context.cueCountries ?? [];
    if (cues.length !== 1 || countries.size < 2) return countries;
    const cue = this.iso2(cues[0]);
    return countries.has(cue) ? new Set([cue]) : countries;
  }

  /** Region keys and how many of the event's groups point to each ("Dogon" and "Fulani militia" both to Mopti). */
  areaKeysOf(context: GeocodeContext): Map<string, number> | undefined {
    if (!context.areaHints || context.areaHints.length === 0) return undefined;
    const keys = new Map<string, number>();
    for (const h of context.areaHints) {
      const i = h.indexOf(":");
      if (i > 0) {
        const k = areaKey(h.slice(0, i), h.slice(i + 1));
        keys.set(k, (keys.get(k) ?? 0) + 1);
      }
    }
    return keys;
  }

  /** The report's other places: their name keys, and the points of those whose names are nearly unambiguous. */
  placesOf(context: GeocodeContext, ownKey: string, countries: Set<string>): ContextPlaces {
    let cached = this.placesCache.get(context);
    if (!cached) {
      const keys = new Set<string>();
      const points: RankingEvidence["contextPoints"] = [];
      for (const m of context.documentPlaces) {
        const name = stripPlaceAffixes(m.name).name;
        keys.add(nameKey(name));
        for (const q of m.qualifiers) keys.add(nameKey(stripPlaceAffixes(q).name));
        // Sahel places count even outside the report's countries: those are often a guess from the actors.
        const cands = this.index.lookupPlaces(name).filter((p) => (p.fclass === "P" || p.fclass === "A") && (COVERED_ISO2.has(p.iso2) || countries.has(p.iso2)));
        if (cands.length > 0 && cands.length <= 3) for (const p of cands) points.push({ lat: p.lat, lon: p.lon, name });
      }
      cached = { keys, points };
      this.placesCache.set(context, cached);
    }
    if (!cached.keys.has(ownKey)) return cached;
    const keys = new Set(cached.keys);
    keys.delete(ownKey);
    return { keys, points: cached.points.filter((p) => nameKey(p.name) !== ownKey) };
  }
}
