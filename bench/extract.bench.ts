/**
 * Extraction speed: ACLED-length reports per second and MB/s of article text on one core,
 * and the ratio to a bare wink-nlp tokenise + sentence-split pass over the same texts.
 * Uses ACLED notes and the seed reports from ../shared when present (read only, never
 * copied), else invented sentences of the same shape.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import type { CleanDocument } from "../src/domain/index.js";
import { evaluateAcledGold, formatGoldScorecard } from "../src/evaluate/index.js";
import { extractDocument } from "../src/extract/index.js";
import { benchPlaceNames } from "./bench-places.js";

const SHARED = process.env.CONFLICTWATCH_SHARED_DIR ?? join(process.cwd(), "..", "shared");

function notesFromCsv(path: string, max: number): string[] {
  const text = readFileSync(path, "utf8");
  const out: string[] = [];
  // the notes column is the last one, quoted; a light reader is enough for a benchmark
  const re = /,"((?:[^"]|"")*)"\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && out.length < max) out.push(m[1].replace(/""/g, '"'));
  return out;
}

function inventedNotes(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`On ${1 + (i % 28)} June 2019, suspected ISGS fighters raided the hamlet of Kel${i} (Aribinda, Soum), shot ${i % 9} herders dead and drove off their cattle. Two more were hurt.`);
  }
  return out;
}

function doc(text: string, publishedAt: string | null): CleanDocument {
  return { origin: "bench", url: null, title: null, publishedAt, publishedAtOrigin: "unknown", sourceName: null, language: "en", text, contentHash: "", encoding: "utf-8", furnitureRemoved: 0 };
}

/**
 * Rounds of at least 200 ms each for at least minMs, reported as the median round's rate: this
 * machine shares its cores, and a median is steadier than one long average under bursts of load.
 */
function timeIt(label: string, fn: () => number, minMs = 2000): { perSecond: number; rounds: number } {
  fn(); // warm-up: regex compilation, JIT
  const rates: number[] = [];
  const start = performance.now();
  while (performance.now() - start < minMs || rates.length < 5) {
    const roundStart = performance.now();
    let units = 0;
    while (performance.now() - roundStart < 200) units += fn();
    rates.push((units * 1000) / (performance.now() - roundStart));
  }
  rates.sort((a, b) => a - b);
  return { perSecond: rates[Math.floor(rates.length / 2)], rounds: rates.length };
}

export default async function run(): Promise<void> {
  const csv = join(SHARED, "data", "dev", "acled-sahel-dev.csv");
  const notes = existsSync(csv) ? notesFromCsv(csv, 2000) : inventedNotes(2000);
  const seedsDir = join(SHARED, "seeds");
  const articles = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(seedsDir, f), "utf8")) : [inventedNotes(40).join("\n\n")];
  // the real gazetteer's names, as `extract` and `ingest` use them (the invented index only when it cannot load)
  const places = await benchPlaceNames();
  const noteDocs = notes.map((n) => doc(n, null));
  const articleDocs = articles.map((a) => doc(a, "2025-05-13"));
  const articleBytes = articles.reduce((s, a) => s + Buffer.byteLength(a), 0);
  console.log(`inputs: ${notes.length} ${existsSync(csv) ? "ACLED notes (data: ACLED)" : "invented notes"}, ${articles.length} articles (${articleBytes} bytes)`);

  const reports = timeIt("notes", () => {
    for (const d of noteDocs) extractDocument(d, { places });
    return noteDocs.length;
  });
  const text = timeIt("articles", () => {
    for (const d of articleDocs) extractDocument(d, { places });
    return articleBytes;
  });
  console.log(`extract: ${reports.perSecond.toFixed(0)} ACLED-length reports/s, median of ${reports.rounds} rounds (target >= 2000)`);
  console.log(`extract: ${(text.perSecond / 1e6).toFixed(2)} MB/s of article text, median of ${text.rounds} rounds (target >= 1)`);

  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as (model: unknown) => { readDoc(t: string): { sentences(): { length(): number }; tokens(): { length(): number } } };
  const nlp = winkNLP(require("wink-eng-lite-web-model"));
  const wink = timeIt("wink", () => {
    for (const d of noteDocs) {
      const w = nlp.readDoc(d.text);
      w.sentences().length();
      w.tokens().length();
    }
    return noteDocs.length;
  });
  const winkText = timeIt("wink-articles", () => {
    for (const a of articles) nlp.readDoc(a).sentences().length();
    return articleBytes;
  });
  console.log(`wink tokenise+split: ${wink.perSecond.toFixed(0)} reports/s, ${(winkText.perSecond / 1e6).toFixed(2)} MB/s`);
  console.log(`ratio extract/wink: ${(reports.perSecond / wink.perSecond).toFixed(2)}x on notes, ${(text.perSecond / winkText.perSecond).toFixed(2)}x on articles (above 1 = faster than the bare wink pass)`);

  // Quality yardstick (slow, opt-in): extraction alone against ACLED's coded rows, with the real gazetteer's names.
  if (process.env.CONFLICTWATCH_BENCH_QUALITY === "1" && existsSync(csv)) {
    const names = places;
    const card = await evaluateAcledGold({
      goldCsvPath: csv,
      disagreementsPath: process.env.CONFLICTWATCH_DISAGREEMENTS ?? null,
      coder: (text, meta) => extractDocument(doc(text, meta.publishedAt), { places: names, language: "en" }).events,
    });
    console.log(formatGoldScorecard(card));
  } else {
    console.log("quality: set CONFLICTWATCH_BENCH_QUALITY=1 to score extraction against the ACLED dev set (data: ACLED)");
  }
}
