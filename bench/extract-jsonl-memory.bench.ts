/**
 * Memory of `conflictwatch extract --jsonl` as the stream grows: the compiled CLI
 * codes 2,000, 10,000 and 20,000 invented reports in a child process while its
 * resident memory is sampled from /proc. Flat means the peak barely moves with
 * five or ten times the lines. Prints figures and ratios; asserts nothing.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "cli", "main.js");

const ACTORS = ["Unidentified gunmen", "Suspected JNIM militants", "Presumed ISGS fighters", "Dozo hunters", "Soldiers", "Armed men on motorbikes"];
const VERBS = ["attacked", "ambushed a patrol near", "raided the market of", "abducted two traders in", "opened fire on a bus near"];
const PLACES = ["Djibo", "Dori", "Kaya", "Titao", "Diapaga", "Mopti", "Douentza", "Menaka", "Ayorou", "Tillaberi", "Fada N'Gourma", "Arbinda"];
const TOLLS = ["killing three civilians", "killing at least 12 soldiers", "wounding four people", "no casualties were reported", "killing dozens of villagers"];
const DAYS = ["On 3 March 2024", "On Sunday", "Early on Tuesday", "On 18 June 2023", "Last week"];

/** A deterministic stream of varied invented reports (no third-party text). */
function reportLine(i: number): string {
  const pick = <T>(list: T[], salt: number): T => list[(i * 7919 + salt * 104729) % list.length]!;
  const text = `${pick(DAYS, 1)}, ${pick(ACTORS, 2).toLowerCase()} ${pick(VERBS, 3)} ${pick(PLACES, 4)}, ${pick(TOLLS, 5)}, local sources said. Report ${i}.`;
  return JSON.stringify({ id: `r${i}`, text: text[0]!.toUpperCase() + text.slice(1), published_at: "2025-05-13" });
}

function residentKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function peakResident(input: string): Promise<{ peakKb: number; seconds: number; lines: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, "extract", "--jsonl", input], { stdio: ["ignore", "pipe", "inherit"] });
  let peakKb = 0;
  let lines = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) lines += 1;
  });
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, residentKb(child.pid!));
  }, 100);
  await new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", () => resolve());
  });
  clearInterval(timer);
  return { peakKb, seconds: (Date.now() - started) / 1000, lines };
}

export default async function run(): Promise<void> {
  if (!existsSync(CLI)) {
    console.log(`skipped: ${CLI} is missing (npm run build first)`);
    return;
  }
  if (!existsSync("/proc/self/status")) {
    console.log("skipped: no /proc on this system to read a child's memory from");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "cw-jsonl-"));
  try {
    const rows: Array<{ lines: number; peakKb: number; seconds: number }> = [];
    for (const count of [2_000, 10_000, 20_000]) {
      const input = join(dir, `${count}.jsonl`);
      writeFileSync(input, Array.from({ length: count }, (_, i) => reportLine(i)).join("\n") + "\n");
      const result = await peakResident(input);
      if (result.lines !== count) console.log(`  warning: ${result.lines} output lines for ${count} input lines`);
      rows.push({ lines: count, peakKb: result.peakKb, seconds: result.seconds });
      console.log(`extract --jsonl ${String(count).padStart(6)} lines: peak RSS ${(result.peakKb / 1024).toFixed(0)} MB, ${result.seconds.toFixed(1)} s, ${(count / result.seconds).toFixed(0)} lines/s`);
    }
    const first = rows[0]!;
    for (const row of rows.slice(1)) {
      console.log(`peak RSS ratio ${row.lines} / ${first.lines} lines: ${(row.peakKb / first.peakKb).toFixed(2)} (flat ≈ 1.0)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
