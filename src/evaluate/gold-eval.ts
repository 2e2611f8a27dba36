/**
 * `conflictwatch eval --gold FILE.csv`: runs each ACLED row's notes through
 * the injected coder as a report with no publication date, matches the
 * extracted events to the coded row and scores them. Reads the CSV as a
 * stream; only the tallies stay in memory.
 */
import { access } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import type { ExtractedEvent } from "../domain/event.js";
import { InputError } from "../domain/errors.js";
import { countCsvRecords, readCsvFile } from "./csv-reader.js";
import { statedDateKind } from "./date-statement.js";
import { DisagreementWriter } from "./disagreement-writer.js";
import { pickBestMatch } from "./event-matcher.js";
import { compareRow, type Disagreement } from "./gold-comparison.js";
import { checkGoldColumns, goldRowFromRecord, SCORED_COLUMNS } from "./gold-row.js";
import { GoldTally, type GoldScorecard } from "./gold-scorecard.js";

/** Codes one report's text (no publication date) into located events: extraction + geocoding, injected by the pipeline. */
export type ReportCoder = (text: string, meta: { id: string; publishedAt: string | null }) => ExtractedEvent[];

/**
 * Km from a point to the nearest gazetteer place the text names, looking at most maxKm away; null when
 * none. Injected by the caller that holds the gazetteer; it gives the location ceiling (what any coder
 * reading the notes against that gazetteer could reach).
 */
export type PlaceReach = (text: string, lat: number, lon: number, maxKm: number) => number | null;

export interface GoldEvalOptions {
  goldCsvPath: string;
  coder: ReportCoder;
  /** Without it the scorecard has no gazetteer-reach line. */
  placeReach?: PlaceReach;
  /** Where to write the disagreements CSV; null writes none. */
  disagreementsPath: string | null;
  /** Score only the first N rows. */
  limit?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The farthest a named place may be from ACLED's point and still count (the 25 km bar's distance). */
const REACH_KM = 25;

/** Rows between progress callbacks. */
const PROGRESS_EVERY = 100;

export async function evaluateAcledGold(opts: GoldEvalOptions): Promise<GoldScorecard> {
  if (opts.limit !== undefined && (!Number.isInteger(opts.limit) || opts.limit < 1)) {
    throw new InputError("--limit", `must be a positive whole number, got ${opts.limit}`);
  }
  try {
    await access(opts.goldCsvPath);
  } catch (err) {
    throw new InputError(opts.goldCsvPath, "no such file or not readable", { cause: err });
  }
  const tally = new GoldTally();
  const writer = opts.disagreementsPath ? await DisagreementWriter.open(opts.disagreementsPath) : null;
  let columns: ReadonlySet<string> = new Set();
  let coderMs = 0;
  let coderErrors = 0;
  let done = 0;
  // A first pass counts rows only when someone shows progress.
  const rowsInFile = opts.onProgress ? await countCsvRecords(opts.goldCsvPath) : 0;
  const total = opts.limit !== undefined && opts.onProgress ? Math.min(opts.limit, rowsInFile) : rowsInFile;
  try {
    const records = readCsvFile(opts.goldCsvPath, (header) => {
      checkGoldColumns(opts.goldCsvPath, header);
      columns = new Set(header);
    });
    for await (const record of records) {
      if (opts.limit !== undefined && done >= opts.limit) break;
      const gold = goldRowFromRecord(record, columns);
      const started = performance.now();
      let events: ExtractedEvent[];
      let coderError: Disagreement | null = null;
      try {
        events = opts.coder(gold.notes, { id: gold.id, publishedAt: null });
      } catch (err) {
        // One failing report must not end a long run: it counts as no event, and is written down.
        events = [];
        coderErrors++;
        coderError = { rowId: gold.id, field: "coder error", acled: "", ours: err instanceof Error ? err.message : String(err), notes: gold.notes };
      }
      coderMs += performance.now() - started;
      const match = pickBestMatch(events, gold);
      const stated = statedDateKind(gold.notes);
      const result = compareRow(gold, match, stated);
      tally.add(gold, match, stated, result);
      if (opts.placeReach && gold.latitude !== null && gold.longitude !== null) {
        tally.addReach(gold, opts.placeReach(gold.notes, gold.latitude, gold.longitude, REACH_KM));
      }
      if (writer) await writer.add(coderError ? [coderError, ...result.disagreements] : result.disagreements);
      done++;
      if (opts.onProgress && done % PROGRESS_EVERY === 0) opts.onProgress(done, total);
    }
  } finally {
    await writer?.close();
  }
  opts.onProgress?.(done, total);
  return tally.scorecard({
    source: opts.goldCsvPath,
    missingColumns: SCORED_COLUMNS.filter((c) => !columns.has(c)),
    coderSeconds: coderMs / 1000,
    disagreementsPath: opts.disagreementsPath,
    disagreementsWritten: writer?.written ?? 0,
    coderErrors,
  });
}
