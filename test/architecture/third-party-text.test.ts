import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/evaluate/csv-reader.js";
import { HAS_SHARED, REPO_ROOT, SHARED_SKIP_REASON, sharedPath } from "../support/shared-data.js";

/**
 * ACLED's terms and the publishers' copyright forbid copying the development texts into the
 * repository: test sentences and comments are written in our own words. This test fails when a
 * file in the repository shares a run of RUN characters (case and spacing aside) with an ACLED
 * note, a French news page or a seed report from ../shared.
 */
const RUN = 50;
const TEXT_FILE = /\.(?:ts|tsx|mts|js|json|md|html|css|csv|txt|jsonl)$/;
/** Generic web-page furniture (a comment form's labels) that real pages and our cleaning tests share. */
const FURNITURE = /enter your (?:comment|name)|leave a reply|share post/;

function fold(text: string): string {
  return text.replace(/\s+/g, " ").toLowerCase();
}

/** 32-bit polynomial hashes of every RUN-character window, rolled in one pass. */
function windowHashes(text: string, each: (hash: number, end: number) => void): void {
  const base = 257;
  let top = 1;
  for (let i = 0; i < RUN - 1; i++) top = Math.imul(top, base);
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    if (i >= RUN) hash = (hash - Math.imul(text.charCodeAt(i - RUN), top)) | 0;
    hash = (Math.imul(hash, base) + text.charCodeAt(i)) | 0;
    if (i >= RUN - 1) each(hash, i + 1);
  }
}

function thirdPartyTexts(): string[] {
  const acled = parseCsv(readFileSync(sharedPath("data", "dev", "acled-sahel-dev.csv"), "utf8"), "ACLED dev set");
  const news = readFileSync(sharedPath("data", "dev", "news-fr-dev.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => String((JSON.parse(line) as { text?: string }).text ?? ""));
  const seeds = readdirSync(sharedPath("seeds"))
    .filter((name) => name.endsWith(".txt"))
    .map((name) => readFileSync(sharedPath("seeds", name), "utf8"));
  return [...acled.records.map((r) => r.values.notes ?? ""), ...news, ...seeds].map(fold);
}

function repositoryFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: REPO_ROOT, encoding: "utf8" });
  return listed.split("\n").filter((path) => TEXT_FILE.test(path));
}

describe.skipIf(!HAS_SHARED)(`no third-party text copied into the repository ${HAS_SHARED ? "" : SHARED_SKIP_REASON}`, () => {
  it(`shares no ${RUN}-character run with the ACLED notes, the French news pages or the seeds`, () => {
    const sources = thirdPartyTexts();
    const seen = new Set<number>();
    for (const text of sources) windowHashes(text, (hash) => seen.add(hash));
    const corpus = sources.join("\u0000");

    const copied: string[] = [];
    for (const path of repositoryFiles()) {
      let text: string;
      try {
        text = fold(readFileSync(join(REPO_ROOT, path), "utf8"));
      } catch {
        continue; // listed but deleted in the work tree
      }
      let lastEnd = -1;
      windowHashes(text, (hash, end) => {
        if (!seen.has(hash) || end - RUN < lastEnd) return;
        const window = text.slice(end - RUN, end);
        if (FURNITURE.test(window) || !corpus.includes(window)) return;
        copied.push(`${path}: "${window}"`);
        lastEnd = end; // one report per copied run
      });
    }
    expect(copied, `copied third-party text (rewrite it in your own words):\n${copied.join("\n")}`).toEqual([]);
  });
});
