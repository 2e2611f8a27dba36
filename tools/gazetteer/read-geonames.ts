/**
 * Readers for the GeoNames dump formats (geonames-readme.txt): the per-country
 * 19-column dumps, admin1CodesASCII.txt, admin2Codes.txt and countryInfo.txt.
 */
import { readFileSync } from "node:fs";

export interface GeonamesRow {
  id: number;
  name: string;
  asciiname: string;
  alternatenames: string[];
  lat: number;
  lon: number;
  fclass: string;
  fcode: string;
  cc: string;
  admin1: string;
  admin2: string;
  admin3: string;
  population: number;
}

function lines(file: string): string[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.length > 0 && !l.startsWith("#"));
}

export function readDump(file: string): GeonamesRow[] {
  return lines(file).map((line, i) => {
    const c = line.split("\t");
    if (c.length < 15) throw new Error(`${file}:${i + 1}: expected 19 tab-separated columns, found ${c.length}`);
    return {
      id: Number(c[0]),
      name: c[1],
      asciiname: c[2],
      alternatenames: c[3] ? c[3].split(",") : [],
      lat: Number(c[4]),
      lon: Number(c[5]),
      fclass: c[6],
      fcode: c[7],
      cc: c[8],
      admin1: c[10],
      admin2: c[11],
      admin3: c[12],
      population: Number(c[14]) || 0,
    };
  });
}

/** "CC.code" (admin1) or "CC.a1.a2" (admin2) → name. */
export function readAdminCodes(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines(file)) {
    const c = line.split("\t");
    out.set(c[0], c[1]);
  }
  return out;
}

export interface CountryInfo {
  iso2: string;
  iso3: string;
  numeric: string;
  name: string;
  capital: string;
  population: number;
  neighbours: string[];
}

export function readCountryInfo(file: string): CountryInfo[] {
  return lines(file).map((line) => {
    const c = line.split("\t");
    return {
      iso2: c[0],
      iso3: c[1],
      numeric: c[2],
      name: c[4],
      capital: c[5],
      population: Number(c[7]) || 0,
      neighbours: c[17] ? c[17].split(",") : [],
    };
  });
}
