import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/shared-data.js";

/**
 * The layering rule of the brief: a stage imports `domain/` and its own folder,
 * nothing sideways. Only `pipeline/` and `cli/` wire stages together. Test code
 * (tests, contract suites, fixtures under testing/) may wire real stages.
 */
const SRC = join(REPO_ROOT, "src");
const STAGES = ["ingest", "clean", "extract", "geocode", "merge", "store", "serve", "export", "evaluate", "alerts", "report"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "testing" || name === "dashboard" ? [] : sourceFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".contract.ts") ? [path] : [];
  });
}

function importedStages(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!);
  return targets.map((t) => relative(SRC, resolve(dirname(file), t)).split("/")[0]!);
}

describe("stages import only domain/ and themselves", () => {
  it.each(STAGES)("src/%s", (stage) => {
    const offences: string[] = [];
    for (const file of sourceFiles(join(SRC, stage))) {
      for (const target of importedStages(file)) {
        if (target !== stage && target !== "domain") offences.push(`${relative(REPO_ROOT, file)} imports src/${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it("domain/ does no I/O", () => {
    for (const file of sourceFiles(join(SRC, "domain"))) {
      expect(readFileSync(file, "utf8"), relative(REPO_ROOT, file)).not.toMatch(/from "node:(fs|net|http|https|child_process)/);
    }
  });
});
