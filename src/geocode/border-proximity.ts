import type { GazetteerPlace } from "./load-gazetteer.js";

/**
 * "Near the border with Niger": which countries have populated places within about one
 * grid cell (0.25°, ~27 km) of a point. Built from the gazetteer's own places, so it only
 * knows the borders between countries whose dumps it holds (BF, ML, NE, SN, MR, CI).
 */
const CELL = 0.25;

export class BorderProximity {
  private readonly cells = new Map<string, Set<string>>();

  constructor(places: GazetteerPlace[]) {
    for (const p of places) {
      if (p.fclass !== "P" || !p.id.startsWith("geonames:")) continue;
      const k = `${Math.floor(p.lat / CELL)},${Math.floor(p.lon / CELL)}`;
      let set = this.cells.get(k);
      if (!set) this.cells.set(k, (set = new Set()));
      set.add(p.iso2);
    }
  }

  /** Is the place close to the territory of `iso2` (another country)? */
  isNear(place: GazetteerPlace, iso2: string): boolean {
    if (place.iso2 === iso2) return false;
    const ci = Math.floor(place.lat / CELL);
    const cj = Math.floor(place.lon / CELL);
    for (let i = ci - 1; i <= ci + 1; i++) for (let j = cj - 1; j <= cj + 1; j++) if (this.cells.get(`${i},${j}`)?.has(iso2)) return true;
    return false;
  }
}

/** The country a phrase says the place borders: "near the border with Niger", "à la frontière du Mali". */
export const BORDER_PHRASE = /\b(?:border|frontier)\s+(?:with|of)\s+(?:the\s+)?(.+)$|\bfronti[èe]re\s+(?:avec\s+(?:le\s+|la\s+|l['’])?|du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+)(.+)$/i;
