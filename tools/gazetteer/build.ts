/**
 * Builds data/gazetteer/gazetteer.json.gz from the GeoNames dumps and boundaries in
 * ../shared/data/geo. Deterministic: rows sorted, numbers rounded, gzip header without
 * a timestamp, so the same inputs give the same bytes.
 *
 *   npx tsx tools/gazetteer/build.ts [--shared ../shared] [--out data/gazetteer/gazetteer.json.gz] [--report]
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, constants } from "node:zlib";
import { readAdminCodes, readCountryInfo, readDump, type GeonamesRow } from "./read-geonames.js";
import { readTopoShapes } from "./topojson-polygons.js";
import { assignAdmins, plainAdminName, type InferenceStats } from "./infer-admin.js";
import { buildCountries, readWorldCities } from "./countries.js";
import { units2025 } from "./units-2025.js";
import { nameKey } from "../../src/geocode/normalise-name.js";
import { ADMIN_SOURCES, GAZETTEER_CREDIT, GAZETTEER_FORMAT, type GazetteerFile, type PlaceColumns } from "../../src/geocode/gazetteer-format.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The Sahel countries: every feature except vegetation, roads and undersea features. */
const FULL_COUNTRIES = ["BF", "ML", "NE"];
/** Neighbours with dumps: populated places and admin units, to recognise them as foreign. */
const NEIGHBOUR_COUNTRIES = ["SN", "MR", "CI"];

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
}

/** Alternate names worth matching: Latin script, not airport codes, not the main name again. */
function usableAlternates(row: GeonamesRow): string[] {
  const seen = new Set([nameKey(row.name)]);
  const out: string[] = [];
  const candidates = [row.asciiname, ...row.alternatenames];
  if (row.fclass === "A") candidates.push(plainAdminName(row.name));
  for (const alt of candidates) {
    const a = alt.trim();
    if (!a || /^[A-Z0-9]{2,4}$/.test(a) || /[^\u0000-\u024F\u1E00-\u1EFF’‘ʼ]/.test(a) || /[|\n]/.test(a)) continue;
    const k = nameKey(a);
    if (k.length < 2 || seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out.sort();
}

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

export const DEFAULT_OUTPUT = join(repoRoot, "data", "gazetteer", "gazetteer.json.gz");

/** The gazetteer file's bytes, built from `shared`/data/geo; the same inputs give the same bytes. */
export function buildGazetteerBytes(shared: string): { bytes: Buffer; summary: string; stats: InferenceStats } {
  const geo = join(shared, "data", "geo");
  const geonames = (f: string): string => join(geo, "geonames", f);
  const inputs = [
    ...[...FULL_COUNTRIES, ...NEIGHBOUR_COUNTRIES].map((c) => geonames(`${c}.txt`)),
    geonames("admin1CodesASCII.txt"),
    geonames("admin2Codes.txt"),
    geonames("countryInfo.txt"),
    join(geo, "boundaries", "ocha-bfa-2025", "bfa_admin2_2025_named.topojson.json"),
    join(geo, "boundaries", "world-atlas-countries-50m.topojson.json"),
  ];
  for (const f of inputs) if (!existsSync(f)) throw new Error(`missing input ${f} (pass --shared <dir containing data/geo>)`);

  const rows: GeonamesRow[] = [];
  for (const cc of FULL_COUNTRIES) rows.push(...readDump(geonames(`${cc}.txt`)).filter((r) => !["V", "R", "U", ""].includes(r.fclass)));
  for (const cc of NEIGHBOUR_COUNTRIES) rows.push(...readDump(geonames(`${cc}.txt`)).filter((r) => r.fclass === "P" || r.fclass === "A"));
  const wanted = new Set([...FULL_COUNTRIES, ...NEIGHBOUR_COUNTRIES]);
  const keep = (m: Map<string, string>): Map<string, string> => new Map([...m].filter(([k]) => wanted.has(k.slice(0, 2))));
  const admin3 = new Map<string, string>();
  for (const r of rows) if (r.fcode === "ADM3" && r.admin3) admin3.set(`${r.cc}.${r.admin1}.${r.admin2}.${r.admin3}`, plainAdminName(r.name));
  const tables = { admin1: keep(readAdminCodes(geonames("admin1CodesASCII.txt"))), admin2: keep(readAdminCodes(geonames("admin2Codes.txt"))), admin3 };
  const provinces2025 = readTopoShapes(inputs[inputs.length - 2], "bfa_admbnda_adm2_ocha_20250701 V6");
  const stats: InferenceStats = { counts: {} };
  const admins = assignAdmins(rows, tables, provinces2025, stats);

  const strings = new Set<string>();
  for (const a of admins.values()) for (const v of [a.admin1, a.admin2, a.admin3, a.admin1_2025, a.admin2_2025]) if (v) strings.add(v);
  const stringList = ["", ...[...strings].sort()];
  const index = new Map(stringList.map((s, i) => [s, i]));
  const ix = (v: string | null): number => (v ? index.get(v)! : 0);
  const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

  rows.sort((x, y) => x.id - y.id);
  const features = [...new Set(rows.map((r) => `${r.fclass}.${r.fcode}`))].sort();
  const countryCodes = [...new Set(rows.map((r) => r.cc))].sort();
  const featureIndex = new Map(features.map((f, i) => [f, i]));
  const countryIndex = new Map(countryCodes.map((c, i) => [c, i]));
  const places: PlaceColumns = {
    count: rows.length, geonameid: [], name: "", alternates: "", lat: [], lon: [], feature: [], features, country: [], countryCodes,
    admin1: [], admin2: [], admin3: [], admin1_2025: [], admin2_2025: [], adminSource: [], population: [],
  };
  const names: string[] = [];
  const alternates: string[] = [];
  for (const r of rows) {
    const a = admins.get(r)!;
    places.geonameid.push(r.id);
    names.push(r.name.replace(/[\n|]/g, " "));
    alternates.push(usableAlternates(r).join("|"));
    places.lat.push(round5(r.lat));
    places.lon.push(round5(r.lon));
    places.feature.push(featureIndex.get(`${r.fclass}.${r.fcode}`)!);
    places.country.push(countryIndex.get(r.cc)!);
    places.admin1.push(ix(a.admin1));
    places.admin2.push(ix(a.admin2));
    places.admin3.push(ix(a.admin3));
    places.admin1_2025.push(ix(a.admin1_2025));
    places.admin2_2025.push(ix(a.admin2_2025));
    places.adminSource.push(a.source ? ADMIN_SOURCES.indexOf(a.source) : -1);
    places.population.push(r.population);
  }
  places.name = names.join("\n");
  places.alternates = alternates.join("\n");

  const file: GazetteerFile = {
    format: GAZETTEER_FORMAT,
    credit: GAZETTEER_CREDIT,
    inputs: inputs.map((f) => [relative(shared, f), sha256(f)]),
    strings: stringList,
    countries: buildCountries(readCountryInfo(geonames("countryInfo.txt")), inputs[inputs.length - 1]),
    worldCities: readWorldCities(),
    units2025: units2025(provinces2025, (label) => {
      const key = [...tables.admin2.keys()].find((k) => k.startsWith("BF.") && nameKey(plainAdminName(tables.admin2.get(k)!)) === nameKey(label));
      return key ? [tables.admin1.get(key.split(".").slice(0, 2).join("."))!, plainAdminName(tables.admin2.get(key)!)] : null;
    }),
    places,
  };
  const bytes = gzipSync(Buffer.from(JSON.stringify(file), "utf8"), { level: constants.Z_BEST_COMPRESSION });
  const summary = `${places.count} places, ${file.countries.length} countries, ${bytes.length} bytes, sha256 ${createHash("sha256").update(bytes).digest("hex")}`;
  return { bytes, summary, stats };
}

function main(): void {
  const shared = resolve(arg("--shared") ?? join(repoRoot, "..", "shared"));
  const out = resolve(arg("--out") ?? DEFAULT_OUTPUT);
  const { bytes, summary, stats } = buildGazetteerBytes(shared);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`wrote ${relative(process.cwd(), out)}: ${summary}`);
  if (process.argv.includes("--report")) for (const [k, v] of Object.entries(stats.counts).sort()) console.log(`  ${k}: ${v}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
