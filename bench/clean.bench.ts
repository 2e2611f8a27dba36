/**
 * Cleaning speed: documents per second for plain-text pages and for HTML pages (where
 * Readability dominates), and the cost of a large page. Uses ../shared's French dev
 * pages when present, and a generated HTML page otherwise; prints, asserts nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { cleanDocument } from "../src/clean/index.js";
import type { RawDocument } from "../src/domain/index.js";

const here = dirname(fileURLToPath(import.meta.url));
// Compiled to dist/bench/, so the repository root is two or three levels up.
const candidates = [join(here, "..", "..", "shared"), join(here, "..", "..", "..", "shared")];
const shared = process.env.CONFLICTWATCH_SHARED_DIR ?? candidates.find((p) => existsSync(join(p, "seeds")));

function generatedHtml(paragraphs: number): string {
  const p = (i: number): string =>
    `<p>Paragraph ${i}: des hommes armés ont attaqué le poste de Koumbri dans la nuit, selon des sources locales, et plusieurs véhicules ont été incendiés avant le repli des assaillants.</p>`;
  const body = Array.from({ length: paragraphs }, (_, i) => p(i)).join("\n");
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Bench</title><meta property="article:published_time" content="2024-02-14"></head>
<body><header><nav>${"<a href='/'>Menu</a>".repeat(40)}</nav></header><main><article><h1>Bench</h1>${body}
<p>Lire aussi : Autre article</p><div>Partager<br>Facebook</div></article></main><footer>© Site</footer></body></html>`;
}

function measure(label: string, docs: RawDocument[], rounds: number): void {
  let bytes = 0;
  for (const d of docs) bytes += d.bytes.length;
  cleanDocument(docs[0]); // warm-up: module init, eld tables
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) cleanDocument(d);
  const ms = performance.now() - start;
  const n = docs.length * rounds;
  console.log(
    `${label.padEnd(34)} ${String(n).padStart(6)} docs  ${(ms / n).toFixed(2).padStart(7)} ms/doc  ${((n * 1000) / ms).toFixed(0).padStart(6)} docs/s  ${((bytes * rounds) / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s`,
  );
}

export default async function main(): Promise<void> {
  const html = (s: string, origin: string): RawDocument => ({ origin, url: null, bytes: Buffer.from(s), contentType: "text/html", hints: {} });
  const text = (s: string, origin: string): RawDocument => ({ origin, url: null, bytes: Buffer.from(s), contentType: "text/plain", hints: {} });

  measure("HTML page, 12 paragraphs", [html(generatedHtml(12), "g12")], 200);
  measure("HTML page, 2,000 paragraphs (~0.5 MB)", [html(generatedHtml(2000), "g2000")], 3);

  if (shared) {
    const pages = readFileSync(join(shared, "data", "dev", "news-fr-dev.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; text: string });
    measure("French dev pages as text", pages.map((p) => text(p.text, p.id)), 20);
    measure("French dev pages wrapped in HTML", pages.map((p) => html(`<html><body><article>${p.text.split("\n").map((l) => `<p>${l}</p>`).join("")}</article></body></html>`, p.id)), 5);
  } else {
    console.log("(../shared absent: French dev pages skipped)");
  }
}
