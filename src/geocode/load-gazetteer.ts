import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { InputError } from "../domain/errors.js";
import type { PlaceKindHint } from "../domain/place.js";
import { nameKey } from "./normalise-name.js";
import { ADMIN_SOURCES, GAZETTEER_FORMAT, REBUILD_COMMAND, type GazetteerFile } from "./gazetteer-format.js";

/** One place of the gazetteer, as the geocoder uses it. */
export interface GazetteerPlace {
  /** "geonames:2361177", "country:FR", "city:FR:paris", "ocha2025:BF:admin1:liptako". */
  id: string;
  name: string;
  alternates: string[];
  lat: number;
  lon: number;
  /** GeoNames feature class and code ("P", "PPLA2"); countries "A"/"PCLI"; hand-listed world cities "P"/"PPLW". */
  fclass: string;
  fcode: string;
  kind: PlaceKindHint;
  iso2: string;
  iso3: string;
  country: string;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  admin1_2025: string | null;
  admin2_2025: string | null;
  adminSource: "gazetteer" | "boundary" | "nearest" | null;
  population: number;
  /** Sort order among equal scores: the GeoNames id (older records first); 0 for countries and listed cities. */
  order: number;
}

export interface GazetteerCountry {
  iso2: string;
  iso3: string;
  name: string;
  capital: string;
  lat: number | null;
  lon: number | null;
  aliases: string[];
}

export interface Gazetteer {
  file: string;
  credit: string;
  places: GazetteerPlace[];
  countries: GazetteerCountry[];
}

/** The package root: the nearest folder above this file holding package.json (works from src/ and dist/src/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export const DEFAULT_GAZETTEER_PATH: string = join(packageRoot(), "data", "gazetteer", "gazetteer.json.gz");

function kindOf(fclass: string, fcode: string): PlaceKindHint {
  if (fcode.startsWith("PCL")) return "country";
  if (fcode === "ADM1") return "admin1";
  if (fcode === "ADM2") return "admin2";
  if (fcode === "ADM3" || fcode === "ADM4") return "admin3";
  if (fclass === "P") return "settlement";
  return null;
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/** Load the committed gazetteer; a missing or corrupt file stops with a message naming it and how to rebuild it. */
export function loadGazetteer(file: string = DEFAULT_GAZETTEER_PATH): Gazetteer {
  const rebuild = `rebuild it with \`${REBUILD_COMMAND}\` (see data/gazetteer/README.md)`;
  if (!existsSync(file)) throw new InputError(file, `gazetteer file not found; ${rebuild}`);
  let data: GazetteerFile;
  try {
    data = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as GazetteerFile;
  } catch (cause) {
    throw new InputError(file, `gazetteer file is corrupt (${(cause as Error).message}); ${rebuild}`, { cause });
  }
  const cols = data?.places;
  if (!data || data.format !== GAZETTEER_FORMAT || !cols || !Array.isArray(data.countries) || !Array.isArray(data.strings)) {
    throw new InputError(file, `not a ${GAZETTEER_FORMAT} file (format: ${String((data as { format?: unknown })?.format)}); ${rebuild}`);
  }
  const names = typeof cols.name === "string" ? cols.name.split("\n") : [];
  const alternates = typeof cols.alternates === "string" ? cols.alternates.split("\n") : [];
  const columns = [cols.geonameid, cols.lat, cols.lon, cols.feature, cols.country, cols.admin1, cols.admin2, cols.admin3, cols.admin1_2025, cols.admin2_2025, cols.adminSource, cols.population];
  if (names.length !== cols.count || alternates.length !== cols.count || columns.some((c) => !Array.isArray(c) || c.length !== cols.count)) {
    throw new InputError(file, `gazetteer file is corrupt (place columns do not have ${cols.count} rows); ${rebuild}`);
  }
  const countries: GazetteerCountry[] = data.countries.map(([iso2, iso3, name, capital, lat, lon, aliases]) => ({ iso2, iso3, name, capital, lat, lon, aliases }));
  const byIso2 = new Map(countries.map((c) => [c.iso2, c]));
  const s = (i: number): string | null => (i > 0 ? data.strings[i] ?? null : null);
  const features = cols.features.map((f) => {
    const dot = f.indexOf(".");
    const fclass = f.slice(0, dot);
    const fcode = f.slice(dot + 1);
    return { fclass, fcode, kind: kindOf(fclass, fcode) };
  });
  const countryOf = cols.countryCodes.map((iso2) => ({ iso2, iso3: byIso2.get(iso2)?.iso3 ?? iso2, name: byIso2.get(iso2)?.name ?? iso2 }));
  const places: GazetteerPlace[] = new Array(cols.count);
  for (let i = 0; i < cols.count; i++) {
    const f = features[cols.feature[i]];
    const c = countryOf[cols.country[i]];
    const src = cols.adminSource[i];
    places[i] = {
      id: `geonames:${cols.geonameid[i]}`, name: names[i], alternates: alternates[i] ? alternates[i].split("|") : [], lat: cols.lat[i], lon: cols.lon[i],
      fclass: f.fclass, fcode: f.fcode, kind: f.kind, iso2: c.iso2, iso3: c.iso3, country: c.name,
      admin1: s(cols.admin1[i]), admin2: s(cols.admin2[i]), admin3: s(cols.admin3[i]), admin1_2025: s(cols.admin1_2025[i]), admin2_2025: s(cols.admin2_2025[i]),
      adminSource: src >= 0 ? ADMIN_SOURCES[src] : null, population: cols.population[i], order: cols.geonameid[i],
    };
  }
  for (const [name, alts, iso2, lat, lon] of data.worldCities ?? []) {
    const c = byIso2.get(iso2);
    places.push({
      id: `city:${iso2}:${slug(name)}`, name, alternates: alts, lat, lon, fclass: "P", fcode: "PPLW", kind: "settlement",
      iso2, iso3: c?.iso3 ?? iso2, country: c?.name ?? iso2, admin1: null, admin2: null, admin3: null, admin1_2025: null, admin2_2025: null,
      adminSource: null, population: 0, order: 0,
    });
  }
  const bf = byIso2.get("BF");
  for (const [kind, name, lat, lon, a125, a225, a1, a2] of data.units2025 ?? []) {
    places.push({
      id: `ocha2025:BF:${kind}:${nameKey(name)}`, name, alternates: [], lat, lon, fclass: "A", fcode: kind === "admin1" ? "ADM1" : "ADM2", kind,
      iso2: "BF", iso3: bf?.iso3 ?? "BFA", country: bf?.name ?? "Burkina Faso", admin1: a1, admin2: a2, admin3: null, admin1_2025: a125, admin2_2025: a225,
      adminSource: "boundary", population: 0, order: Number.MAX_SAFE_INTEGER, // a pre-2025 unit of the same name ranks first on equal scores
    });
  }
  for (const c of countries) {
    if (c.lat === null || c.lon === null) continue;
    places.push({
      id: `country:${c.iso2}`, name: c.name, alternates: c.aliases, lat: c.lat, lon: c.lon, fclass: "A", fcode: "PCLI", kind: "country",
      iso2: c.iso2, iso3: c.iso3, country: c.name, admin1: null, admin2: null, admin3: null, admin1_2025: null, admin2_2025: null,
      adminSource: null, population: 0, order: 0,
    });
  }
  return { file, credit: data.credit, places, countries };
}
