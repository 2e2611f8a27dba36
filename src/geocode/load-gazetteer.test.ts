import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { InputError } from "../domain/errors.js";
import { DEFAULT_GAZETTEER_PATH, loadGazetteer } from "./index.js";

const dir = mkdtempSync(join(tmpdir(), "gazetteer-test-"));

function loadError(file: string): InputError {
  try {
    loadGazetteer(file);
  } catch (e) {
    return e as InputError;
  }
  throw new Error(`loading ${file} did not fail`);
}

describe("loadGazetteer", () => {
  it("finds the committed file from the package root", () => {
    expect(DEFAULT_GAZETTEER_PATH).toMatch(/data[\\/]gazetteer[\\/]gazetteer\.json\.gz$/);
    const g = loadGazetteer();
    expect(g.places.length).toBeGreaterThan(50_000);
    expect(g.countries.length).toBeGreaterThan(200);
    expect(g.credit).toMatch(/GeoNames.*CC BY 4\.0/);
  });

  it("a missing file names the file and the rebuild command", () => {
    const file = join(dir, "missing.json.gz");
    const e = loadError(file);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toContain(file);
    expect(e.message).toContain("tools/gazetteer/build.ts");
  });

  it("a corrupt file (not gzip) names the file and the rebuild command", () => {
    const file = join(dir, "corrupt.json.gz");
    writeFileSync(file, "this is not gzip");
    const e = loadError(file);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/corrupt/);
    expect(e.message).toContain(file);
    expect(e.message).toContain("tools/gazetteer/build.ts");
  });

  it("a truncated file is corrupt", () => {
    const file = join(dir, "truncated.json.gz");
    writeFileSync(file, gzipSync(Buffer.from('{"format":"conflictwatch-gazetteer/1","places":[[1,')));
    expect(loadError(file).message).toMatch(/corrupt/);
  });

  it("valid JSON of another format is refused", () => {
    const file = join(dir, "other.json.gz");
    writeFileSync(file, gzipSync(Buffer.from('{"type":"FeatureCollection","features":[]}')));
    const e = loadError(file);
    expect(e.message).toMatch(/not a conflictwatch-gazetteer/);
    expect(e.message).toContain(file);
  });
});
