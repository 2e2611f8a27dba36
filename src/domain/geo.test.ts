import { describe, expect, it } from "vitest";
import { distanceKm, EARTH_RADIUS_KM, insideRing } from "./geo.js";

describe("distanceKm (haversine)", () => {
  it("is zero for the same point and symmetric", () => {
    expect(distanceKm(12.37, -1.53, 12.37, -1.53)).toBe(0);
    expect(distanceKm(12.37, -1.53, 13.51, 2.11)).toBe(distanceKm(13.51, 2.11, 12.37, -1.53));
  });

  it("gives one degree of latitude as πR/180 km", () => {
    expect(distanceKm(0, 0, 1, 0)).toBeCloseTo((Math.PI * EARTH_RADIUS_KM) / 180, 9);
  });

  it("shrinks a degree of longitude with cos(latitude)", () => {
    const atEquator = distanceKm(0, 0, 0, 1);
    const at60 = distanceKm(60, 0, 60, 1);
    expect(at60 / atEquator).toBeCloseTo(0.5, 3);
  });

  it("measures Ouagadougou–Niamey at about 410 km", () => {
    // Ouagadougou 12.3714 N, 1.5197 W; Niamey 13.5137 N, 2.1098 E.
    const km = distanceKm(12.3714, -1.5197, 13.5137, 2.1098);
    expect(km).toBeGreaterThan(400);
    expect(km).toBeLessThan(420);
  });

  it("stays finite for antipodal points and scales with the radius", () => {
    expect(distanceKm(0, 0, 0, 180)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(distanceKm(0, 0, 0, 180, 1)).toBeCloseTo(Math.PI, 12);
  });
});

describe("insideRing (even-odd ray casting)", () => {
  const square = [[0, 0], [10, 0], [10, 10], [0, 10]];
  // A "C" open to the east: (7, 5) is in the notch, outside the shape.
  const notched = [[0, 0], [10, 0], [10, 3], [4, 3], [4, 7], [10, 7], [10, 10], [0, 10]];

  it("tells points inside from points outside", () => {
    expect(insideRing(5, 5, square)).toBe(true);
    expect(insideRing(11, 5, square)).toBe(false);
    expect(insideRing(5, -1, square)).toBe(false);
    expect(insideRing(2, 5, notched)).toBe(true);
    expect(insideRing(7, 5, notched)).toBe(false);
    expect(insideRing(7, 1, notched)).toBe(true);
  });

  it("is the same whether or not the ring repeats its first position", () => {
    expect(insideRing(5, 5, [...square, [0, 0]])).toBe(true);
    expect(insideRing(7, 5, [...notched, [0, 0]])).toBe(false);
  });

  it("treats an empty ring as containing nothing", () => {
    expect(insideRing(0, 0, [])).toBe(false);
  });
});
