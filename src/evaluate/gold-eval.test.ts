import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ActorRef, EventLocation, ExtractedEvent } from "../domain/index.js";
import { parseCsv } from "./csv-reader.js";
import { codedEvent } from "./testing/coded-event.js";
import { pickBestMatch } from "./event-matcher.js";
import { compareRow, swapDayMonth } from "./gold-comparison.js";
import { goldRowFromRecord } from "./gold-row.js";
import { evaluateAcledGold, formatGoldScorecard, type GoldScorecard, type PlaceReach, type ReportCoder } from "./index.js";

/*
 * Five invented rows (fictional places and events, not ACLED's) in an unusual
 * column order, with notes that need RFC 4180 quoting. Each row is built to
 * exercise specific metrics; the expected figures are worked out by hand below.
 */
const GOLD_CSV = [
  "notes,event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,civilian_targeting,disorder_type",
  '"On 3 March 2021, JNIM militants clashed with soldiers near Tamaro, killing 4.",T1,2021-03-03,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,Military Forces of Burkina Faso (2015-2022),Burkina Faso,Sahel,Soum,Tamaro,14.0,-1.5,1,4,,Political violence',
  '"On 5 March 2021, ISGS gunmen abducted ""two"" teachers, in Keldi.\nNo casualties.",T2,05 March 2021,Violence against civilians,Abduction/forced disappearance,Islamic State (West Africa) - Greater Sahara Faction,Civilians (Burkina Faso),Burkina Faso,Centre-Nord,Bam,Keldi,13.2,-1.1,1,0,Civilian targeting,Political violence',
  "On March 9 protesters marched in Vanta.,T3,2021-03-09,Protests,Peaceful protest,Protesters (Mali),,Mali,,,Vanta,12.0,-5.0,2,0,,Demonstrations",
  '"Soldiers repelled an attack on Doro: ten assailants killed, two more died later.",T4,2021-03-12,Battles,Armed clash,Military Forces of Mali (2013-2020),JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara),Mali,Mopti,Douentza,Doro,15.0,-2.0,3,12,,',
  "Grain prices rose at the market.,T5,2021-03-15,Strategic developments,Other,Civilians (Mali),,Mali,,,Sanu,12.5,-6.0,1,0,,Strategic developments",
].join("\n");

const ACTORS: Record<string, ActorRef> = {
  JNIM: { name: "JNIM", acled_name: "JNIM: Group for Support of Islam and Muslims", inter: 2 },
  ISGS: { name: "ISGS", acled_name: "Islamic State (Sahel)", inter: 2 },
  BFA_ARMY: { name: "army", acled_name: "Military Forces of Burkina Faso (2022-)", inter: 1 },
  MLI_ARMY: { name: "army", acled_name: "Military Forces of Mali (2021-)", inter: 1 },
  BF_CIVILIANS: { name: "civilians", acled_name: "Civilians (Burkina Faso)", inter: 7 },
  ML_PROTESTERS: { name: "protesters", acled_name: "Protesters (Mali)", inter: 6 },
  UNKNOWN: { name: "gunmen", acled_name: "Unidentified Armed Group (Mali)", inter: 3 },
};

function place(name: string, iso3: string, admin1: string | null, admin2: string | null, lat: number | null, lon: number | null): EventLocation {
  const country = iso3 === "BFA" ? "Burkina Faso" : "Mali";
  return { name, country, iso3, admin1, admin2, admin3: null, latitude: lat, longitude: lon, geo_precision: 1, gazetteer_id: null };
}

/** Where the toy coder puts each invented place (Vanta deliberately in the wrong country, Doro unresolved). */
const PLACES: Record<string, EventLocation | null> = {
  Tamaro: place("Tamaro", "BFA", "Sahel", "Soum", 14.05, -1.5), // 5.6 km from the coded point
  Keldi: place("Keldi", "BFA", "Centre Nord", "Sanmatenga", 13.2, -0.96), // 15.2 km, admin2 wrong
  Vanta: place("Vanta", "BFA", "Hauts-Bassins", null, 12.01, -5.0), // 1.1 km but Burkina Faso
  Doro: null,
};

const event = codedEvent;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WORD_NUMBERS: Record<string, number> = { ten: 10, two: 2 };

/**
 * A deterministic stand-in for extraction + geocoding: a handful of keyword
 * rules over the invented notes, with two realistic faults (a year guessed
 * when the note gives none; only the first casualty figure read).
 */
const toyCoder: ReportCoder = (text) => {
  const full = /On (\d{1,2}) (\w+) (\d{4})/.exec(text);
  const partial = /On (\w+) (\d{1,2})\b/.exec(text);
  const pad = (n: number): string => String(n).padStart(2, "0");
  let date: string | null = null;
  if (full) date = `${full[3]}-${pad(MONTHS.indexOf(full[2]) + 1)}-${pad(Number(full[1]))}`;
  else if (partial && MONTHS.includes(partial[1])) date = `2020-${pad(MONTHS.indexOf(partial[1]) + 1)}-${pad(Number(partial[2]))}`;
  const where = Object.keys(PLACES).find((p) => text.includes(p));
  const location = where ? PLACES[where] : null;
  const killed = /killing (\d+)|(\w+) assailants killed/.exec(text);
  const low = killed ? Number(killed[1] ?? WORD_NUMBERS[killed[2]]) : null;
  const fatalities = { low, best: low, high: low, text: killed ? killed[0] : null };
  const common = { event_date: date, date_precision: date ? ("day" as const) : ("unknown" as const), location, fatalities };
  if (text.includes("clashed")) return [event("Armed clash", { ...common, actor1: ACTORS.JNIM, actor2: ACTORS.BFA_ARMY })];
  if (text.includes("abducted")) return [event("Abduction/forced disappearance", { ...common, actor1: ACTORS.ISGS, actor2: ACTORS.BF_CIVILIANS, civilian_targeting: true })];
  if (text.includes("protesters")) return [event("Peaceful protest", { ...common, actor1: ACTORS.ML_PROTESTERS })];
  if (text.includes("repelled")) {
    return [
      event("Attack", { ...common, actor1: ACTORS.UNKNOWN, actor2: null, civilian_targeting: true }),
      event("Armed clash", { ...common, actor1: ACTORS.MLI_ARMY, actor2: ACTORS.ISGS }),
    ];
  }
  return [];
};

function metric(card: GoldScorecard, key: string): { correct: number; n: number; value: number | null; pass: boolean | null } {
  const m = card.metrics.find((x) => x.key === key);
  if (!m) throw new Error(`no metric ${key}`);
  return { correct: m.correct, n: m.n, value: m.value, pass: m.pass };
}

async function runGold(): Promise<{ card: GoldScorecard; disagreements: string }> {
  const dir = mkdtempSync(join(tmpdir(), "cw-gold-"));
  const goldCsvPath = join(dir, "gold.csv");
  const disagreementsPath = join(dir, "disagreements.csv");
  writeFileSync(goldCsvPath, GOLD_CSV);
  const progress: Array<[number, number]> = [];
  const card = await evaluateAcledGold({ goldCsvPath, coder: toyCoder, disagreementsPath, onProgress: (d, t) => progress.push([d, t]) });
  expect(progress.at(-1)).toEqual([5, 5]);
  return { card, disagreements: readFileSync(disagreementsPath, "utf8") };
}

describe("ACLED gold evaluation on invented rows", () => {
  it("scores every metric over the rows that carry it", async () => {
    const { card } = await runGold();
    expect(card.rows).toBe(5);
    const expected: Record<string, [number, number]> = {
      event_found: [4, 5], // T5 yields nothing
      event_type: [4, 5],
      sub_event_type: [4, 5],
      event_date_exact: [2, 5], // T3 year guessed wrong, T4 and T5 no date
      event_date_exact_full_date_notes: [2, 2],
      event_date_day_month_notes: [1, 1], // T3: 03-09 right, year not stated
      actor1: [4, 5], // period suffix (T4) and IS renaming (T2) count as the same group
      actor1_overlap: [4, 5],
      actor2: [2, 3], // T4: ACLED "JNIM and/or IS", ours IS only
      actor2_none_when_acled_none: [1, 1],
      location_10km: [2, 5], // T2 at 15 km, T4 unresolved, T5 no event
      location_25km: [3, 5],
      geo_precision1_10km: [1, 3],
      geo_precision1_25km: [2, 3],
      admin1: [2, 3], // "Centre-Nord" = "Centre Nord"; T4 unresolved
      admin2: [1, 3],
      fatalities_exact: [3, 5], // T4: 10 read, 12 coded
      fatalities_within_1: [3, 5],
      fatalities_exact_toll_not_split: [3, 5], // no invented note splits its toll
      civilian_targeting: [3, 4], // T4 comes from an export without disorder_type: not coded
    };
    for (const [key, [correct, n]] of Object.entries(expected)) {
      expect({ key, ...metric(card, key) }).toMatchObject({ key, correct, n, value: correct / n });
    }
    // Vanta was placed in Burkina Faso: one wrong country among 3 located events, which fails the bar.
    expect(metric(card, "wrong_country")).toMatchObject({ correct: 1, n: 3, pass: false });
    // gold AC AC Abd PP Other / ours AC AC Abd PP none: F1 1,1,1,0 weighted by 2,1,1,1
    expect(metric(card, "sub_event_type_weighted_f1").value).toBeCloseTo(4 / 5, 10);
    expect(metric(card, "event_found").pass).toBe(false);
    expect(card.dates).toEqual({ fullDate: 2, dayMonthOnly: 1, noDate: 2, notInferable: 3, swappedDayMonth: 0 });
    expect(card.locationOutcomes).toEqual([
      { outcome: "within 10 km", count: 2 },
      { outcome: "10-25 km", count: 1 },
      { outcome: "no event", count: 1 },
      { outcome: "no place in the text", count: 1 },
    ]);
    expect(card.fatalityErrors).toEqual({ oursHigher: 0, oursLower: 1 });
    expect(card.matching).toMatchObject({ severalEvents: 1, bestNotFirst: 1 });
    expect(card.missingColumns).toEqual([]);
    expect(card.speed.documents).toBe(5);
    expect(card.byCountry.map((c) => [c.country, c.rows, c.values.event_found?.correct])).toEqual([
      ["Mali", 3, 2],
      ["Burkina Faso", 2, 2],
    ]);
    expect(card.byCountry[0].values.actor2).toEqual({ correct: 0, n: 1 });
    expect(card.actorErrors.actor2).toEqual([{ acled: "islamic state sahel and/or jnim", ours: "islamic state sahel", count: 1 }]);
  });

  it("writes one line per disagreement with the notes, quoted so that it reads back", async () => {
    const { card, disagreements } = await runGold();
    const rows = parseCsv(disagreements).records.map((r) => r.values);
    expect(Object.keys(rows[0])).toEqual(["row_id", "field", "acled", "ours", "notes"]);
    expect(rows.map((r) => `${r.row_id}:${r.field}`)).toEqual([
      "T2:location",
      "T2:admin2",
      "T3:event_date",
      "T3:country",
      "T4:event_date",
      "T4:actor2",
      "T4:location",
      "T4:admin1",
      "T4:admin2",
      "T4:fatalities",
      "T5:event",
    ]);
    expect(card.disagreementsWritten).toBe(rows.length);
    const t2 = rows.find((r) => r.row_id === "T2")!;
    expect(t2.notes).toBe('On 5 March 2021, ISGS gunmen abducted "two" teachers, in Keldi.\nNo casualties.');
    expect(rows.find((r) => r.row_id === "T4" && r.field === "fatalities")).toMatchObject({ acled: "12", ours: '10 ("ten assailants killed")' });
    expect(rows.find((r) => r.row_id === "T5")).toMatchObject({ acled: "Strategic developments: Other", ours: "(no event)" });
  });

  it("formats bars, the date caveat and the confusion table", async () => {
    const { card } = await runGold();
    const text = formatGoldScorecard(card);
    expect(text).toMatch(/event found \(>= 1 event\)\s+0\.800\s+4\/5/);
    expect(text).toMatch(/3 rows \(60\.0%\) have a date not inferable from the notes/);
    expect(text).toContain("of 5 rows with ACLED coordinates, 1 notes name no place the coder finds, 0 name one it leaves unresolved");
    expect(text).toMatch(/1 yield no event; if every placed event were right, within 25 km would reach 0\.600\./);
    expect(text).toMatch(/wrong country.*\s1\s+of 3.*FAIL/);
    expect(text).toContain("sub_event_type confusion (rows = ACLED, columns = ours)");
    expect(text).toContain("Armed clash");
    expect(text).toMatch(/By country.*\n.*\n  Mali\s+3\s+0\.667/);
  });

  it("measures how far the gazetteer reaches when given one, and names the bars above that ceiling", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-gold-"));
    const goldCsvPath = join(dir, "gold.csv");
    writeFileSync(goldCsvPath, GOLD_CSV);
    const asked: Array<[number, number, number]> = [];
    // a toy gazetteer: how far from the coded point the place each note names lies, if it has one
    const KM: Record<string, number> = { Tamaro: 3, Keldi: 12, Vanta: 0 };
    const placeReach: PlaceReach = (text, lat, lon, maxKm) => {
      asked.push([lat, lon, maxKm]);
      const name = Object.keys(KM).find((n) => text.includes(n));
      return name === undefined ? null : KM[name];
    };
    const card = await evaluateAcledGold({ goldCsvPath, coder: toyCoder, disagreementsPath: null, placeReach });
    expect(asked).toEqual([[14, -1.5, 25], [13.2, -1.1, 25], [12, -5, 25], [15, -2, 25], [12.5, -6, 25]]);
    // geo_precision 1: T1 (3 km), T2 (12 km), T5 (names no place)
    expect(card.gazetteerReach).toEqual({ all: { n: 5, within10km: 2, within25km: 3 }, geoPrecision1: { n: 3, within10km: 1, within25km: 2 } });
    const text = formatGoldScorecard(card);
    expect(text).toContain("Gazetteer reach: the notes name a gazetteer place within 10 km of ACLED's point in 2/5 (0.400) rows, within 25 km in 3/5 (0.600); geo_precision 1 rows: 1/3 (0.333) and 2/3 (0.667).");
    expect(text).toContain("Bars above that ceiling: location_25km (>= 0.93, reach 0.600), geo_precision1_10km (>= 0.90, reach 0.333), geo_precision1_25km (>= 0.95, reach 0.667).");
    // without a gazetteer there is no such line
    const { card: plain } = await runGold();
    expect(plain.gazetteerReach).toBeNull();
    expect(formatGoldScorecard(plain)).not.toContain("Gazetteer reach");
  });

  it("honours --limit and rejects a file that is not an ACLED export", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-gold-"));
    const path = join(dir, "gold.csv");
    writeFileSync(path, GOLD_CSV);
    const card = await evaluateAcledGold({ goldCsvPath: path, coder: toyCoder, disagreementsPath: null, limit: 2 });
    expect(card.rows).toBe(2);
    expect(card.disagreementsWritten).toBe(0);
    const other = join(dir, "other.csv");
    writeFileSync(other, "id,text\n1,hello\n");
    await expect(evaluateAcledGold({ goldCsvPath: other, coder: toyCoder, disagreementsPath: null })).rejects.toThrow(/other\.csv: not an ACLED export: no notes column/);
    await expect(evaluateAcledGold({ goldCsvPath: join(dir, "nope.csv"), coder: toyCoder, disagreementsPath: null })).rejects.toThrow(/nope\.csv/);
  });

  it("survives a coder that throws on one row, counting it as no event", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-gold-"));
    const path = join(dir, "gold.csv");
    const out = join(dir, "d.csv");
    writeFileSync(path, GOLD_CSV);
    const coder: ReportCoder = (text, meta) => {
      if (meta.id === "T1") throw new Error("boom on T1");
      return toyCoder(text, meta);
    };
    const card = await evaluateAcledGold({ goldCsvPath: path, coder, disagreementsPath: out });
    expect(card.coderErrors).toBe(1);
    expect(metric(card, "event_found")).toMatchObject({ correct: 3, n: 5 });
    const rows = parseCsv(readFileSync(out, "utf8")).records.map((r) => r.values);
    expect(rows.slice(0, 2).map((r) => [r.row_id, r.field, r.ours])).toEqual([
      ["T1", "coder error", "boom on T1"],
      ["T1", "event", "(no event)"],
    ]);
    expect(formatGoldScorecard(card)).toContain("the coder threw on 1 rows");
  });

  it("scores only the columns a file has, and says which are missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-gold-"));
    const path = join(dir, "thin.csv");
    writeFileSync(path, 'notes,event_type,sub_event_type\n"On 3 March 2021, JNIM militants clashed with soldiers near Tamaro, killing 4.",Battles,Armed clash\n');
    const card = await evaluateAcledGold({ goldCsvPath: path, coder: toyCoder, disagreementsPath: null });
    expect(card.missingColumns).toContain("admin1");
    expect(metric(card, "admin1")).toMatchObject({ n: 0, value: null, pass: null });
    expect(metric(card, "event_type")).toMatchObject({ correct: 1, n: 1 });
    expect(metric(card, "civilian_targeting").n).toBe(0);
  });
});

describe("dates with day and month swapped", () => {
  it("are flagged but still counted wrong", () => {
    expect(swapDayMonth("2019-04-05")).toBe("2019-05-04");
    expect(swapDayMonth("2019-04-04")).toBeNull();
    expect(swapDayMonth("2019-04-25")).toBeNull();
    const { records } = parseCsv(GOLD_CSV);
    const t2 = goldRowFromRecord(records[1]); // notes say 5 March 2021
    const gold = { ...t2, event_date: "2021-05-03" };
    const coded = toyCoder(t2.notes, { id: t2.id, publishedAt: null });
    const result = compareRow(gold, pickBestMatch(coded, gold), "full");
    expect(result.checks.event_date_exact).toBe(false);
    expect(result.dateSwapped).toBe(true);
    expect(result.disagreements.find((d) => d.field === "event_date")?.ours).toContain("day/month swapped vs ACLED");
  });
});

describe("matching several events to one coded row", () => {
  it("picks the event that agrees most, not the first", () => {
    const { records } = parseCsv(GOLD_CSV);
    const t4 = goldRowFromRecord(records[3]);
    const events = toyCoder(t4.notes, { id: t4.id, publishedAt: null });
    const match = pickBestMatch(events, t4)!;
    expect(match.index).toBe(1);
    expect(match.candidates).toBe(2);
    expect(match.matchedOn).toEqual(["sub_event_type", "actor1"]);
    expect(pickBestMatch([], t4)).toBeNull();
  });

  it("keeps the first event on a tie", () => {
    const { records } = parseCsv(GOLD_CSV);
    const t1 = goldRowFromRecord(records[0]);
    const a = event("Attack", {});
    const b = event("Looting/property destruction", {});
    expect(pickBestMatch([a, b], t1)!.index).toBe(0);
  });
});
