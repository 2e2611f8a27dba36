/**
 * French extraction speed against English on the same machine and the same kind of input:
 * parallel invented notes (one report per line, the same events written in each language),
 * and real pages in MB/s — French news pages from ../shared/data/dev/news-fr-dev.jsonl and the
 * English seed reports, read only and never copied. The bar: French within 20% of English.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { CleanDocument } from "../src/domain/index.js";
import { benchPlaceNames } from "./bench-places.js";
import { extractDocument } from "../src/extract/index.js";

const SHARED = process.env.CONFLICTWATCH_SHARED_DIR ?? join(process.cwd(), "..", "shared");

const TOWNS = ["Djibo", "Kaya", "Dori", "Arbinda", "Kidal", "Gao", "Menaka", "Tillia", "Diapaga", "Dablo"];

/** The same invented reports in both languages, so that only the language differs. */
function parallelNotes(n: number): { en: string[]; fr: string[] } {
  const en: string[] = [];
  const fr: string[] = [];
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length];
    const k = 2 + (i % 9);
    en.push(`On ${1 + (i % 28)} June 2019, unidentified gunmen attacked the village of ${town} (Soum province), killing ${k} civilians and wounding several others. The attack was not claimed.`);
    fr.push(`Le ${1 + (i % 28)} juin 2019, des hommes armés non identifiés ont attaqué le village de ${town} (province du Soum), tuant ${k} civils et en blessant plusieurs autres. L'attaque n'a pas été revendiquée.`);
  }
  return { en, fr };
}

function doc(text: string, language: string, publishedAt: string | null): CleanDocument {
  return { origin: "bench", url: null, title: null, publishedAt, publishedAtOrigin: "unknown", sourceName: null, language, text, contentHash: "", encoding: "utf-8", furnitureRemoved: 0 };
}

/**
 * Rates of two workloads measured in alternation (one pass of each per round), and the median
 * of the per-round ratios b/a: a busy machine slows both passes of a round alike, so the median
 * ratio stays meaningful when the absolute rates do not.
 */
function pairedRates(a: () => number, b: () => number, minMs = 4000): { a: number; b: number; ratio: number } {
  a();
  b(); // warm-up: regex compilation, JIT
  const ratios: number[] = [];
  let ta = 0;
  let tb = 0;
  let ua = 0;
  let ub = 0;
  while (ta + tb < minMs || ratios.length < 5) {
    let t = performance.now();
    const na = a();
    const da = performance.now() - t;
    t = performance.now();
    const nb = b();
    const db = performance.now() - t;
    ta += da;
    tb += db;
    ua += na;
    ub += nb;
    ratios.push(nb / db / (na / da));
  }
  ratios.sort((x, y) => x - y);
  return { a: (ua * 1000) / ta, b: (ub * 1000) / tb, ratio: ratios[ratios.length >> 1] };
}

function frenchPages(): string[] {
  const path = join(SHARED, "data", "dev", "news-fr-dev.jsonl");
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ""));
}

function englishPages(): string[] {
  const dir = join(SHARED, "seeds");
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8")) : [];
}

export default async function run(): Promise<void> {
  const places = await benchPlaceNames(TOWNS);
  const notes = parallelNotes(2000);
  const en = notes.en.map((t) => doc(t, "en", "2019-06-30"));
  const fr = notes.fr.map((t) => doc(t, "fr", "2019-06-30"));
  const notesRun = pairedRates(
    () => {
      for (const d of en) extractDocument(d, { places });
      return en.length;
    },
    () => {
      for (const d of fr) extractDocument(d, { places });
      return fr.length;
    },
  );
  console.log(`parallel notes: English ${notesRun.a.toFixed(0)} reports/s, French ${notesRun.b.toFixed(0)} reports/s; French/English ${notesRun.ratio.toFixed(2)} (median of rounds; bar >= 0.80)`);

  const frTexts = frenchPages();
  const enTexts = englishPages();
  if (frTexts.length === 0 || enTexts.length === 0) {
    console.log("real pages: skipped (../shared/data/dev/news-fr-dev.jsonl or ../shared/seeds not found)");
    return;
  }
  const bytes = (xs: string[]): number => xs.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const frDocs = frTexts.map((t) => doc(t, "fr", "2025-05-13"));
  const enDocs = enTexts.map((t) => doc(t, "en", "2025-05-13"));
  const frBytes = bytes(frTexts);
  const enBytes = bytes(enTexts);
  const pagesRun = pairedRates(
    () => {
      for (const d of enDocs) extractDocument(d, { places });
      return enBytes;
    },
    () => {
      for (const d of frDocs) extractDocument(d, { places });
      return frBytes;
    },
  );
  const enMb = pagesRun.a / 1e6;
  const frMb = pagesRun.b / 1e6;
  console.log(`real pages: English seeds ${enMb.toFixed(2)} MB/s (${enTexts.length} pages), French news ${frMb.toFixed(2)} MB/s (${frTexts.length} pages); French/English ${pagesRun.ratio.toFixed(2)} (different texts: a reference, not the bar)`);
}
