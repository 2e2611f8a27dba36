/**
 * The gold scorecard as a person reads it in a terminal: metrics with n and
 * bars, the date caveat stated plainly, matching and speed, the
 * sub_event_type table and confusion matrix, and where the errors are.
 */
import { describeBar, GOLD_BARS } from "./bars.js";
import { NO_PREDICTION, type ConfusionTable } from "./classification-metrics.js";
import type { CheckKey } from "./gold-comparison.js";
import type { GoldScorecard, ReachCount, ScoredMetric, ValueCount } from "./gold-scorecard.js";

const pct = (v: number | null): string => (v === null ? "   -" : v.toFixed(3));
const pad = (s: string, n: number): string => (s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length));
const padL = (s: string, n: number): string => (s.length >= n ? s : " ".repeat(n - s.length) + s);

function verdict(m: ScoredMetric): string {
  if (!m.bar) return "";
  if (m.pass === null) return `${describeBar(m.bar)}  not scored (n = 0)`;
  return `${describeBar(m.bar)}  ${m.pass ? "PASS" : "FAIL"}`;
}

function metricLine(m: ScoredMetric): string {
  const shown = m.count !== undefined ? padL(String(m.count), 6) + "  " : padL(pct(m.value), 6) + "  ";
  const counts = m.key === "sub_event_type_weighted_f1" ? "" : m.count !== undefined ? `of ${m.n}` : `${m.correct}/${m.n}`;
  return `  ${pad(m.label, 44)}${shown}${pad(counts, 13)}n=${padL(String(m.n), 5)}  ${verdict(m)}`.trimEnd();
}

function classTable(table: ConfusionTable): string[] {
  const lines = [`  ${pad("ACLED sub_event_type", 36)}${padL("n", 5)}${padL("ours", 6)}${padL("P", 7)}${padL("R", 7)}${padL("F1", 7)}  most often taken for`];
  const index = new Map(table.labels.map((l, i) => [l, i]));
  for (const c of table.classes) {
    const row = table.matrix[index.get(c.label)!];
    const confusions = table.labels
      .map((l, j) => ({ l, n: row[j] }))
      .filter((x) => x.l !== c.label && x.n > 0)
      .sort((a, b) => b.n - a.n)
      .slice(0, 3)
      .map((x) => `${x.l} (${x.n})`)
      .join(", ");
    lines.push(
      `  ${pad(c.label, 36)}${padL(String(c.support), 5)}${padL(String(c.predicted), 6)}${padL(pct(c.precision), 7)}${padL(pct(c.recall), 7)}${padL(pct(c.f1), 7)}  ${confusions}`.trimEnd(),
    );
  }
  return lines;
}

/** The matrix with numbered columns (labels are too long for headers); a legend follows. */
function confusionMatrix(table: ConfusionTable): string[] {
  const width = Math.max(4, ...table.matrix.flat().map((v) => String(v).length + 1));
  const lines = [`  ${pad("ACLED\\ours", 11)}${table.labels.map((_, j) => padL(String(j + 1), width)).join("")}`];
  table.labels.forEach((label, i) => {
    if (label === NO_PREDICTION && table.matrix[i].every((v) => v === 0)) return;
    lines.push(`  ${pad(String(i + 1), 11)}${table.matrix[i].map((v) => padL(v === 0 ? "." : String(v), width)).join("")}`);
  });
  lines.push("  columns/rows: " + table.labels.map((l, j) => `${j + 1} ${l}`).join("; "));
  return lines;
}

/** Metrics shown per country (the full list is in --json). */
const COUNTRY_COLUMNS: Array<[CheckKey, string]> = [
  ["event_found", "found"],
  ["event_type", "type"],
  ["sub_event_type", "subtype"],
  ["event_date_exact_full_date_notes", "date*"],
  ["actor1", "actor1"],
  ["actor2", "actor2"],
  ["location_25km", "25km"],
  ["fatalities_exact", "fatal."],
  ["civilian_targeting", "civ."],
];

function countryTable(card: GoldScorecard): string[] {
  if (card.byCountry.length < 2) return [];
  const lines = [`By country (share right; date* = rows whose notes state a full date; - = not scored):`];
  lines.push(`  ${pad("country", 22)}${padL("rows", 6)}${COUNTRY_COLUMNS.map(([, h]) => padL(h, 8)).join("")}`);
  for (const c of card.byCountry) {
    const cells = COUNTRY_COLUMNS.map(([k]) => {
      const v = c.values[k];
      return padL(v && v.n > 0 ? (v.correct / v.n).toFixed(3) : "-", 8);
    });
    lines.push(`  ${pad(c.country, 22)}${padL(String(c.rows), 6)}${cells.join("")}`);
  }
  return [...lines, ""];
}

function actorErrors(title: string, errors: ValueCount[]): string[] {
  if (errors.length === 0) return [];
  return [`  ${title}:`, ...errors.map((e) => `    ${padL(String(e.count), 5)}  ACLED ${e.acled}  ->  ours ${e.ours}`)];
}

/**
 * How far location can go with what the coder resolves now: rows it leaves without coordinates
 * cannot be within 25 km however well the resolved ones are placed. It separates "the gazetteer
 * or the text lacks the place" from "the wrong namesake was chosen" for a user's own export.
 */
function locationReach(card: GoldScorecard): string | null {
  const count = (outcome: string): number => card.locationOutcomes.find((l) => l.outcome === outcome)?.count ?? 0;
  const scored = card.locationOutcomes.reduce((sum, l) => sum + l.count, 0);
  if (scored === 0) return null;
  const noPlace = count("no place in the text");
  const unresolved = count("place not resolved");
  const noEvent = count("no event");
  const placed = scored - noPlace - unresolved - noEvent;
  return (
    `Locations: of ${scored} rows with ACLED coordinates, ${noPlace} notes name no place the coder finds, ${unresolved} name one it leaves unresolved ` +
    `(not in the gazetteer, or namesakes the note does not tell apart) and ${noEvent} yield no event; ` +
    `if every placed event were right, within 25 km would reach ${pct(placed / scored)}.`
  );
}

/** Which location metric each reach count bounds: the rows counted, and how near. */
const REACH_BOUNDS: Array<{ key: string; rows: "all" | "geoPrecision1"; within: "within10km" | "within25km" }> = [
  { key: "location_10km", rows: "all", within: "within10km" },
  { key: "location_25km", rows: "all", within: "within25km" },
  { key: "geo_precision1_10km", rows: "geoPrecision1", within: "within10km" },
  { key: "geo_precision1_25km", rows: "geoPrecision1", within: "within25km" },
];

/**
 * The ceiling the gazetteer and the notes set, whatever the coder does: rows whose notes name no
 * gazetteer place near ACLED's point (spelling variants allowed) cannot be placed there. Bars
 * above that ceiling are named, so a failing location bar is read for what it is.
 */
function gazetteerReach(card: GoldScorecard): string | null {
  const reach = card.gazetteerReach;
  if (!reach || reach.all.n === 0) return null;
  const share = (c: ReachCount, within: number): string => `${within}/${c.n} (${pct(c.n ? within / c.n : 0)})`;
  const above = REACH_BOUNDS.flatMap(({ key, rows, within }) => {
    const bar = GOLD_BARS[key];
    const c = reach[rows];
    return bar && "atLeast" in bar && c.n > 0 && c[within] / c.n < bar.atLeast ? [`${key} (${describeBar(bar)}, reach ${pct(c[within] / c.n)})`] : [];
  });
  const { all, geoPrecision1: gp1 } = reach;
  return (
    `Gazetteer reach: the notes name a gazetteer place within 10 km of ACLED's point in ${share(all, all.within10km)} rows, ` +
    `within 25 km in ${share(all, all.within25km)}` +
    (gp1.n ? `; geo_precision 1 rows: ${share(gp1, gp1.within10km)} and ${share(gp1, gp1.within25km)}` : "") +
    `. Spelling variants count (a shared consonant skeleton, one edit), so no coder reading these notes against this gazetteer can place more rows there.` +
    (above.length ? ` Bars above that ceiling: ${above.join(", ")}.` : "")
  );
}

export function formatGoldScorecard(card: GoldScorecard): string {
  const out: string[] = [];
  out.push(`ACLED gold evaluation: ${card.source} (${card.rows} rows; data: ACLED, www.acleddata.com)`);
  if (card.missingColumns.length > 0) out.push(`Columns absent from this file, not scored: ${card.missingColumns.join(", ")}`);
  out.push("");
  out.push(`  ${pad("metric", 44)}${padL("value", 6)}  ${pad("right/n", 13)}${pad("rows", 7)}  bar`);
  for (const m of card.metrics) out.push(metricLine(m));
  const judged = card.metrics.filter((m) => m.pass !== null);
  const failed = judged.filter((m) => m.pass === false);
  out.push("");
  out.push(`Bars: ${judged.length - failed.length} pass, ${failed.length} fail${failed.length ? ` (${failed.map((m) => m.key).join(", ")})` : ""}. ${card.barsNote}.`);
  out.push("");
  const d = card.dates;
  out.push(
    `Dates: the coder gets no publication date. ${d.fullDate} rows' notes state a full date; ${d.dayMonthOnly} give a day and month without a year and ${d.noDate} no day at all: ` +
      `${d.notInferable} rows (${card.rows ? ((100 * d.notInferable) / card.rows).toFixed(1) : "0"}%) have a date not inferable from the notes. ` +
      `"event_date exact, all rows" counts them as they come out; the full-date line is the fair measure of date reading.` +
      (d.swappedDayMonth > 0
        ? ` In ${d.swappedDayMonth} rows ours is ACLED's date with day and month swapped (counted wrong; the export may have mixed day-first and month-first dates).`
        : ""),
  );
  const reach = locationReach(card);
  if (reach) out.push(reach);
  const ceiling = gazetteerReach(card);
  if (ceiling) out.push(ceiling);
  const m = card.matching;
  out.push(
    `Matching: ${m.severalEvents} rows yielded several events; each was scored on its best match (sub_event_type, then actors, location within 25 km, date, fatalities)` +
      `${m.severalEvents ? `, which was not the first event in ${m.bestNotFirst}` : ""}. Events per row: ${m.eventsPerRow === null ? "-" : m.eventsPerRow.toFixed(2)}.`,
  );
  const s = card.speed;
  if (card.coderErrors > 0) out.push(`Coder errors: the coder threw on ${card.coderErrors} rows (scored as no event; see "coder error" lines in the disagreements file).`);
  out.push(`Speed: ${s.documents} documents in ${s.coderSeconds.toFixed(2)} s of coder time = ${s.documentsPerSecond === null ? "-" : s.documentsPerSecond.toFixed(1)} documents/second.`);
  out.push("");
  out.push(...countryTable(card));
  out.push(`sub_event_type by class (weighted F1 ${pct(card.subEventTypes.weightedF1)}, accuracy ${pct(card.subEventTypes.accuracy)}):`);
  out.push(...classTable(card.subEventTypes));
  out.push("");
  out.push("sub_event_type confusion (rows = ACLED, columns = ours):");
  out.push(...confusionMatrix(card.subEventTypes));
  out.push("");
  out.push(`Disagreements by field: ${card.disagreementsByField.map((f) => `${f.field} ${f.count}`).join(", ") || "none"}`);
  if (card.locationOutcomes.length > 0) out.push(`  locations: ${card.locationOutcomes.map((l) => `${l.outcome} ${l.count}`).join(", ")}`);
  const f = card.fatalityErrors;
  if (f.oursHigher + f.oursLower > 0) out.push(`  fatalities wrong: ours higher ${f.oursHigher}, ours lower ${f.oursLower}`);
  out.push(...actorErrors("commonest actor1 disagreements (normalised)", card.actorErrors.actor1));
  out.push(...actorErrors("commonest actor2 disagreements (normalised)", card.actorErrors.actor2));
  if (card.disagreementsPath) out.push(`Disagreements written to ${card.disagreementsPath} (${card.disagreementsWritten} lines: row_id, field, acled, ours, notes).`);
  return out.join("\n") + "\n";
}
