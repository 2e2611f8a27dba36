/**
 * `npm run bench`: runs every `*.bench.js` module beside this file (compiled from
 * bench/*.bench.ts), in name order, or only those whose names contain the
 * arguments (`npm run bench -- extract geocode`). Each module's default export
 * prints its own figures and ratios; nothing here asserts a time.
 */
import "../src/cli/regexp-compilation.js";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface BenchModule {
  default: () => Promise<void>;
}

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const wanted = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((f) => f.endsWith(".bench.js"))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
    .sort();
  if (files.length === 0) {
    console.error(`no benchmark matches ${wanted.join(", ") || "(none found)"} in ${here}`);
    process.exitCode = 1;
    return;
  }
  for (const file of files) {
    console.log(`\n== ${file.replace(/\.bench\.js$/, "")} ==`);
    const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
    await mod.default();
  }
}

await main();
