import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { InputError } from "../domain/errors.js";
import { DEFAULT_GAZETTEER_PATH, loadGazetteer, type GazetteerPlace } from "./index.js";

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

  it("Mali records: a cercle lies in one region, seats' cercles and the 2016 region of Ménaka are kept", () => {
    const ml = loadGazetteer().places.filter((p) => p.iso2 === "ML");
    const regionsOfCercle = new Map<string, Set<string | null>>();
    for (const p of ml) if (p.admin2) regionsOfCercle.set(p.admin2, (regionsOfCercle.get(p.admin2) ?? new Set()).add(p.admin1));
    for (const [cercle, regions] of regionsOfCercle) expect([cercle, [...regions]]).toEqual([cercle, [...regions].slice(0, 1)]);
    const byId = (id: number): GazetteerPlace => ml.find((p) => p.id === `geonames:${id}`)!;
    // Coded Gao (the dump predates the region of Ménaka), a seat of one of Ménaka's four cercles.
    expect([byId(2461034).admin1, byId(2461034).admin2]).toEqual(["Ménaka", "Andéramboukane"]);
    // Coded Gao, far east near places the dump codes Ménaka: it moves, and its cercle is one of Ménaka's.
    expect(byId(2450316).admin1).toBe("Ménaka");
    expect(["Andéramboukane", "Inékar", "Ménaka", "Tidermène"]).toContain(byId(2450316).admin2);
    // No cercle code: the nearest seat and coded places put it in Bourem, not Gao.
    expect([byId(2450123).admin1, byId(2450123).admin2]).toEqual(["Gao", "Bourem"]);
    // Region codes no neighbour shares are slips: Ouagadou, by Nara, coded Bamako; Madiakoye, west of Timbuktu, coded Gao.
    expect(byId(11204162).admin1).toBe("Koulikoro");
    expect(byId(11427411).admin1).toBe("Tombouctou");
    // Coded Gao, 50 km from any place coded Ménaka: the older code stands.
    expect(byId(2449990).admin1).toBe("Gao");
  });
});
