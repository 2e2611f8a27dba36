import { describe, expect, it } from "vitest";
import { disorderTypeOf, EVENT_TYPES, eventTypeOf, interactionCode, SUB_EVENT_TYPES } from "./taxonomy.js";

describe("ACLED taxonomy", () => {
  it("has 6 event types and 25 sub-event types, each under a known type", () => {
    expect(EVENT_TYPES).toHaveLength(6);
    const subs = Object.keys(SUB_EVENT_TYPES);
    expect(subs).toHaveLength(25);
    for (const sub of subs) expect(EVENT_TYPES).toContain(SUB_EVENT_TYPES[sub as keyof typeof SUB_EVENT_TYPES]);
  });

  it.each([
    ["Armed clash", "Battles", "Political violence"],
    ["Remote explosive/landmine/IED", "Explosions/Remote violence", "Political violence"],
    ["Peaceful protest", "Protests", "Demonstrations"],
    ["Violent demonstration", "Riots", "Demonstrations"],
    ["Mob violence", "Riots", "Political violence"],
    ["Looting/property destruction", "Strategic developments", "Strategic developments"],
  ] as const)("%s is %s (%s)", (sub, type, disorder) => {
    expect(eventTypeOf(sub)).toBe(type);
    expect(disorderTypeOf(sub)).toBe(disorder);
  });

  it.each([
    [2, 1, 12],
    [1, 2, 12],
    [2, 7, 27],
    [6, 0, 60],
    [0, 0, 0],
  ] as const)("interaction of %i and %i is %i", (a, b, code) => {
    expect(interactionCode(a, b)).toBe(code);
  });
});
