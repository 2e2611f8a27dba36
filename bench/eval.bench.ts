/**
 * Evaluator overhead: how fast the ACLED gold evaluation reads and scores rows
 * when the coder does no work, so that the documents/second it reports for the
 * real pipeline are the pipeline's, not the yardstick's. Uses ../shared's ACLED
 * dev set when present, and a generated CSV of invented rows otherwise.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { evaluateAcledGold } from "../src/evaluate/index.js";
import { readCsvFile } from "../src/evaluate/csv-reader.js";

const here = dirname(fileURLToPath(import.meta.url));
// Compiled to dist/bench/, so the repository root is two or three levels up.
const candidates = [join(here, "..", "..", "shared"), join(here, "..", "..", "..", "shared")];
const shared = process.env.CONFLICTWATCH_SHARED_DIR ?? candidates.find((p) => existsSync(join(p, "seeds")));

function generatedCsv(rows: number): string {
  const header = "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,latitude,longitude,geo_precision,fatalities,notes";
  const line = (i: number): string =>
    `X${i},2021-03-0${1 + (i % 9)},Battles,Armed clash,Militants,Military Forces of Burkina Faso (2015-2022),Burkina Faso,Sahel,Soum,14.0,-1.5,1,${i % 5},` +
    `"On ${1 + (i % 9)} March 2021, invented militants clashed with soldiers near an invented village, ""reportedly"" killing ${i % 5}, officials said."`;
  return [header, ...Array.from({ length: rows }, (_, i) => line(i))].join("\r\n");
}

export default async function main(): Promise<void> {
  let path = shared ? join(shared, "data", "dev", "acled-sahel-dev.csv") : "";
  if (!path || !existsSync(path)) {
    path = join(mkdtempSync(join(tmpdir(), "cw-eval-bench-")), "generated.csv");
    writeFileSync(path, generatedCsv(5000));
    console.log("../shared absent: using 5,000 generated rows");
  }
  let rows = 0;
  let start = performance.now();
  for await (const r of readCsvFile(path)) if (r) rows++;
  let ms = performance.now() - start;
  console.log(`CSV read                ${rows} rows  ${((rows * 1000) / ms).toFixed(0).padStart(8)} rows/s`);

  const disagreements = join(mkdtempSync(join(tmpdir(), "cw-eval-bench-")), "d.csv");
  start = performance.now();
  const card = await evaluateAcledGold({ goldCsvPath: path, coder: () => [], disagreementsPath: disagreements });
  ms = performance.now() - start;
  console.log(`evaluate, empty coder   ${card.rows} rows  ${((card.rows * 1000) / ms).toFixed(0).padStart(8)} rows/s  (${card.disagreementsWritten} disagreement lines)`);
}
