import { describe, expect, it } from "vitest";
import { assignMali } from "./infer-mali.js";
import { plainAdminName } from "./infer-admin.js";
import type { GeonamesRow } from "./read-geonames.js";

// Invented villages around real seats; the dump's older codes: Ménaka's seats still coded Gao (09).
let nextId = 1;
const row = (name: string, lat: number, lon: number, admin1: string, admin2 = "", fcode = "PPL", fclass = "P"): GeonamesRow => ({
  id: nextId++, name, asciiname: name, alternatenames: [], lat, lon, fclass, fcode, cc: "ML", admin1, admin2, admin3: "", population: 0,
});
const regions: Array<[string, string]> = [["01", "Bamako"], ["03", "Kayes"], ["04", "Mopti"], ["05", "Ségou"], ["06", "Sikasso"], ["07", "Koulikoro"], ["08", "Tombouctou"], ["09", "Gao"], ["10", "Kidal"], ["12070577", "Ménaka"], ["12070575", "Taoudénit"]];
const tables = {
  admin1: new Map(regions.map(([code, name]) => [`ML.${code}`, name])),
  admin2: new Map([["ML.09.1", "Ansongo Cercle"], ["ML.09.2", "Cercle de Bourem"], ["ML.09.3", "Gao Cercle"], ["ML.12070577.4", "Cercle de Ménaka"]]),
  admin3: new Map<string, string>(),
};
const seats = [
  row("Ansongo", 15.66, 0.5, "09", "1", "PPLA2"),
  row("Bourem", 16.955, -0.35, "09", "", "PPLA2"),
  row("Gao", 16.27, -0.04, "09", "", "PPLA"),
  row("Ménaka", 15.92, 2.4, "12070577", "4", "PPLA"),
  row("Andéramboukane", 15.43, 3.02, "09"),
  row("Inékar", 15.96, 3.14, "09"),
  row("Tidarméné", 16.62, 2.44, "09"),
];
const northOfGao = row("Tinakorat", 17.4, 0.1, "09");
const farEast = row("Akoukou", 15.8, 3.7, "09", "", "WLL", "H");
const menakaCamp = row("Ifarwane", 15.72, 3.72, "12070577", "4", "CMP", "S");
const gaoVillages = [0, 1, 2, 3, 4, 5, 6].map((i) => row(`Kobé ${i}`, 16.3 + i * 0.01, 0.2, "09"));
const slip = row("Dounkara", 16.33, 0.21, "01");
const rows = [...seats, northOfGao, farEast, menakaCamp, ...gaoVillages, slip];
const counts: Record<string, number> = {};
const out = assignMali(rows, tables, plainAdminName, () => null, (k) => void (counts[k] = (counts[k] ?? 0) + 1));
const admins = (r: GeonamesRow): [string | null, string | null] => [out.get(r)!.admin1, out.get(r)!.admin2];

describe("Mali regions and cercles", () => {
  it("a place without a cercle code takes the cercle of the nearest seats and coded places of its region", () => {
    expect(admins(northOfGao)).toEqual(["Gao", "Bourem"]);
  });

  it("a seat of one of Ménaka's four cercles, coded Gao by the older dump, is in Ménaka and its own cercle", () => {
    expect(admins(seats[4])).toEqual(["Ménaka", "Andéramboukane"]);
    expect(admins(seats[6])).toEqual(["Ménaka", "Tidermène"]);
  });

  it("a place coded Gao beside places coded Ménaka moves, and its cercle is Ménaka's (region and cercle agree)", () => {
    expect(admins(farEast)).toEqual(["Ménaka", "Inékar"]);
    // The dump's "Cercle de Ménaka" is the old cercle: its places take today's cercle by the seats.
    expect(admins(menakaCamp)).toEqual(["Ménaka", "Inékar"]);
  });

  it("a region code that none of its neighbours shares is a slip; a code its neighbours share stands", () => {
    expect(admins(slip)).toEqual(["Gao", "Gao"]);
    expect(admins(gaoVillages[0])[0]).toBe("Gao");
  });

  it("never gives a cercle of another region", () => {
    const regionsOfCercle = new Map<string, Set<string | null>>();
    for (const a of out.values()) if (a.admin2) regionsOfCercle.set(a.admin2, (regionsOfCercle.get(a.admin2) ?? new Set()).add(a.admin1));
    expect([...regionsOfCercle.values()].every((set) => set.size === 1)).toBe(true);
  });
});
