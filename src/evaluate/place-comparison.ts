/**
 * Comparing a coded place with ours: great-circle distance, admin names that
 * differ only in case, accents or hyphens ("Hauts-Bassins" / "Hauts Bassins"),
 * and countries given as a name on one side and ISO codes on the other.
 */
import { distanceKm } from "../domain/geo.js";
import countryData from "./country-codes.json" with { type: "json" };

/** IUGG mean Earth radius: the evaluation has always measured with it, so its scores stay comparable. */
const EVAL_EARTH_RADIUS_KM = 6371.0088;

/** Haversine distance in kilometres, on the IUGG mean radius. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return distanceKm(lat1, lon1, lat2, lon2, EVAL_EARTH_RADIUS_KM);
}

/** Name folded for comparison: case, accents, apostrophes, hyphens and spacing ignored. */
export function foldPlaceName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019`]/g, "")
    .replace(/[-_\s]+/g, " ")
    .trim();
}

export function sameAdminName(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return foldPlaceName(a) === foldPlaceName(b);
}

interface CountryEntry {
  iso2: string;
  iso3: string;
  names: string[];
}

const COUNTRIES = (countryData as { countries: CountryEntry[] }).countries;
const BY_NAME = new Map<string, string>();
const BY_ISO2 = new Map<string, string>();
for (const c of COUNTRIES) {
  BY_ISO2.set(c.iso2, c.iso3);
  BY_NAME.set(foldPlaceName(c.iso3), c.iso3);
  for (const n of c.names) BY_NAME.set(foldPlaceName(n), c.iso3);
}

/** ISO3 of a country given by name, ISO2 or ISO3; null when not in the list. */
export function countryIso3(value: string | null): string | null {
  if (!value) return null;
  const t = value.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return BY_ISO2.get(t.toUpperCase()) ?? null;
  if (/^[A-Za-z]{3}$/.test(t) && !BY_NAME.has(foldPlaceName(t))) return t.toUpperCase();
  return BY_NAME.get(foldPlaceName(t)) ?? null;
}

/**
 * Is our country the coded one? Compared by ISO3 when both sides resolve,
 * otherwise by folded name, so countries outside the list still compare.
 */
export function sameCountry(
  goldCountry: string | null,
  goldIso3: string | null,
  ours: { country: string; iso3: string },
): boolean | null {
  const gold = goldIso3 ?? countryIso3(goldCountry);
  if (gold && ours.iso3) return gold === ours.iso3.toUpperCase();
  if (goldCountry) return foldPlaceName(goldCountry) === foldPlaceName(ours.country);
  return null;
}
