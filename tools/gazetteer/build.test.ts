import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HAS_SHARED, SHARED_DIR, SHARED_SKIP_REASON } from "../../test/support/shared-data.js";
import { buildGazetteerBytes, DEFAULT_OUTPUT } from "./build.js";

describe.skipIf(!HAS_SHARED)(`gazetteer build (${HAS_SHARED ? "uses ../shared/data/geo" : SHARED_SKIP_REASON})`, () => {
  it("rebuilding from the same inputs gives the committed file, byte for byte", () => {
    const { bytes, stats } = buildGazetteerBytes(SHARED_DIR);
    expect(bytes.equals(readFileSync(DEFAULT_OUTPUT))).toBe(true);
    // The inference ran: Burkina codes overridden by the OCHA polygons (Tioli/Sole among them), Niger départements inferred.
    expect(stats.counts["BF admin2 code overridden by boundary"]).toBeGreaterThan(0);
    expect(stats.counts["NE department from nearest"]).toBeGreaterThan(10_000);
    // Every cercle of mali-cercles.json has its seat in the dump; most Mali places get their cercle from seats and coded places.
    expect(Object.keys(stats.counts).filter((k) => k.startsWith("ML cercle without a seat"))).toEqual([]);
    expect(stats.counts["ML cercle from nearest seats and coded places"]).toBeGreaterThan(10_000);
  }, 180_000);
});
