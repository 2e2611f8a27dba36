/**
 * Measures the geocoder on ACLED's development set (../shared/data/dev/acled-sahel-dev.csv;
 * data © ACLED, read in place, never copied). Two inputs per row:
 *  - `location`: ACLED's own place string through locateText, with the row's country;
 *  - `notes`: the coder's description read as a report — place phrases found by a simple
 *    capitalised-phrase reader (a stand-in for extraction), the first known one chosen.
 * Prints shares within 10/25 km and admin1 agreement, for geo_precision 1 rows and all rows.
 *
 *   npx tsx tools/gazetteer/measure-acled.ts [--shared ../shared] [--errors 30 [--scope all]]
 */
import { readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { distanceKm } from "../../src/domain/geo.js";
import type { EventLocation, PlaceMention } from "../../src/domain/place.js";
import { Geocoder, loadGazetteer, nameKey, parsePlaceText } from "../../src/geocode/index.js";
import { parseCsv } from "./read-csv.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const arg = (n: string): string | null => (process.argv.includes(n) ? process.argv[process.argv.indexOf(n) + 1] : null);

const ISO3: Record<string, string> = { "Burkina Faso": "BFA", Mali: "MLI", Niger: "NER" };
const CAP = "[A-ZÀ-Ý][\\p{L}'’\\-]+";
const PHRASE = new RegExp(`(?:(?:the\\s+)?(?:village|town|city|locality|commune|area|outskirts|vicinity|region|province|cercle|department|hamlet)s?\\s+of\\s+|near\\s+|between\\s+|(?:in|at|of|from|around)\\s+(?:the\\s+)?)?(${CAP}(?:\\s+${CAP})*)(?:\\s+(?:(?:area|neighbou?rhood|district|sector)\\s+of\\s+${CAP}(?:\\s+${CAP})*|area|province|region|cercle|department|commune|village|town))?(?:\\s*\\(([^)]*)\\))?(?:,\\s*(${CAP}(?:\\s+${CAP})*\\s+(?:[Pp]rovince|[Rr]egion|[Cc]ercle|[Dd]ept\\.?|[Dd]epartment|[Cc]ommune)))?`, "gu");

/** A crude place-phrase reader standing in for extraction: every capitalised phrase, with its "(X, Y)" hint. */
export function mentionsOf(notes: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of notes.matchAll(PHRASE)) {
    const full = m[0];
    const head = full.replace(/,\s*[^,]*$/, (tail) => (m[3] ? "" : tail)).replace(/\s*\([^)]*\)$/, "");
    const hints = [m[2], m[3]].filter((x): x is string => !!x).join(", ");
    const parsed = parsePlaceText(hints ? `${head} (${hints})` : full);
    if (!parsed) continue;
    out.push({ ...parsed, start: m.index ?? 0, end: (m.index ?? 0) + full.length, text: full });
  }
  return out;
}

export const SKIP = new Set(["on", "in", "the", "a", "an", "burkinafaso", "mali", "niger", "malian", "burkinabe", "nigerien", "french", "fama", "jnim", "isgs", "un", "minusma", "barkhane", "islamic", "state", "ansaroul", "islam", "koglweogo", "dozo", "fulani", "peul", "dogon", "tuareg", "unidentified", "unknown", "suspected", "presumed", "around", "two", "three", "one", "four", "five"]);

export const PLACE_CUE = /^(?:(?:the\s+)?(?:village|town|city|locality|commune|area|outskirts|vicinity|hamlet)s?\s+of|near|between|in|at|around)\s/i;

interface Tally { n: number; located: number; w10: number; w25: number; a1n: number; a1ok: number; a1nNear: number; a1okNear: number; wrongCountry: number; errors: string[] }
const tally = (): Tally => ({ n: 0, located: 0, w10: 0, w25: 0, a1n: 0, a1ok: 0, a1nNear: 0, a1okNear: 0, wrongCountry: 0, errors: [] });

function score(t: Tally, row: Record<string, string>, loc: EventLocation | null, input: string): void {
  t.n++;
  const lat = Number(row.latitude), lon = Number(row.longitude);
  if (row.admin1) t.a1n++;
  if (!loc || loc.latitude === null || loc.longitude === null) return void t.errors.push(`null  | ${row.location} | ${input.slice(0, 140)}`);
  t.located++;
  if (loc.iso3 !== ISO3[row.country]) t.wrongCountry++, t.errors.push(`country ${loc.iso3} ≠ ${row.country} | ${row.location} → ${loc.name} (${loc.why?.decidedBy.join("; ")}) | ${input.slice(0, 160)}`);
  const d = distanceKm(lat, lon, loc.latitude, loc.longitude);
  if (d <= 10) t.w10++;
  if (d <= 25) t.w25++;
  const a1ok = nameKey(row.admin1) === nameKey(loc.admin1 ?? "");
  if (row.admin1 && d <= 10) t.a1nNear++, a1ok && t.a1okNear++;
  if (row.admin1 && a1ok) t.a1ok++;
  else if (row.admin1) t.errors.push(`admin1 ${loc.admin1} ≠ ${row.admin1} | ${row.location} → ${loc.name}`);
  if (d > 10) t.errors.push(`${Math.round(d)} km | ${row.location} (${row.admin2}) → ${loc.name} ${loc.admin1}/${loc.admin2} p${loc.geo_precision} | ${input.slice(0, 120)}`);
}

function print(label: string, t: Tally): void {
  const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) + "%" : "n/a");
  console.log(`${label}: n=${t.n} located ${pct(t.located, t.n)} | within 10 km ${pct(t.w10, t.n)} | within 25 km ${pct(t.w25, t.n)} | admin1 ${pct(t.a1ok, t.a1n)} of ${t.a1n} (${pct(t.a1okNear, t.a1nNear)} where within 10 km) | wrong country ${t.wrongCountry}`);
}

function main(): void {
  const shared = resolve(arg("--shared") ?? join(repoRoot, "..", "shared"));
  const rows = parseCsv(readFileSync(join(shared, "data", "dev", "acled-sahel-dev.csv"), "utf8"));
  const geocoder = new Geocoder(loadGazetteer());
  const byLocation = { p1: tally(), all: tally(), bf: tally() };
  const byNotes = { p1: tally(), all: tally(), bf: tally() };
  for (const row of rows) {
    const countryHints = [ISO3[row.country]];
    const fromLocation = geocoder.locateText(row.location, { countryHints });
    // Stand-in for extraction's choice of the event's place: the first phrase introduced by a
    // place cue ("village of", "in", "near"...) that the geocoder can place, else the first placeable one.
    const mentions = mentionsOf(row.notes).filter((m) => !SKIP.has(nameKey(m.name)));
    const context = { documentPlaces: mentions, countryHints };
    // A country alone is not where an event happened.
    const placed = (m: PlaceMention): EventLocation | null => {
      const loc = geocoder.locate(m, context);
      return loc && loc.gazetteer_id?.startsWith("country:") ? null : loc;
    };
    let fromNotes: EventLocation | null = null;
    for (const m of [...mentions.filter((x) => PLACE_CUE.test(x.text)), ...mentions]) if ((fromNotes = placed(m))) break;
    for (const [t, loc, input] of [[byLocation, fromLocation, row.location], [byNotes, fromNotes, row.notes]] as const) {
      if (row.geo_precision === "1") score(t.p1, row, loc, input);
      if (row.country === "Burkina Faso") score(t.bf, row, loc, input);
      score(t.all, row, loc, input);
    }
  }
  console.log("ACLED development set (data: ACLED, www.acleddata.com)");
  print("location, geo_precision 1", byLocation.p1);
  print("location, all rows      ", byLocation.all);
  print("location, Burkina rows  ", byLocation.bf);
  print("notes,    geo_precision 1", byNotes.p1);
  print("notes,    all rows      ", byNotes.all);
  print("notes,    Burkina rows  ", byNotes.bf);
  const n = Number(arg("--errors") ?? 0);
  if (n > 0) {
    const scope = arg("--scope") === "all" ? "all" : arg("--scope") === "bf" ? "bf" : "p1";
    console.log(`\n-- location errors (${scope}) --\n` + byLocation[scope].errors.slice(0, n).join("\n"));
    console.log(`\n-- notes errors (${scope}) --\n` + byNotes[scope].errors.slice(0, n).join("\n"));
  }
}

if (process.argv[1]?.endsWith("measure-acled.ts")) main();
