import { describe, expect, it } from "vitest";
import { InputError } from "../domain/errors.js";
import { parseRuleInput } from "./rule-input.js";

describe("rules from JSON (API and dashboard)", () => {
  it("reads every criterion, trend setting and channel", () => {
    const rule = parseRuleInput({
      name: " Soum surge ",
      kind: "weekly-increase",
      criteria: { area: { kind: "admin", units: [{ country: "Burkina Faso", admin2: "Soum" }] }, actors: ["JNIM"], eventTypes: ["Battles"], minFatalities: 1, verification: ["confirmed", "reported"], keywords: ["base"] },
      increasePercent: 80,
      minWeeklyEvents: 4,
      channels: [{ kind: "webhook", url: "https://hooks.example/cw", secret: "s" }, { kind: "email", to: ["desk@ngo.example"] }, { kind: "log", path: "/var/log/cw.jsonl" }],
    });
    expect(rule).toMatchObject({
      name: "Soum surge",
      kind: "weekly-increase",
      criteria: { area: { kind: "admin", units: [{ country: "Burkina Faso", admin1: null, admin2: "Soum" }] }, minFatalities: 1, verification: ["confirmed", "reported"] },
      increasePercent: 80,
      minWeeklyEvents: 4,
      enabled: true,
    });
    expect(rule.channels.map((c) => c.kind)).toEqual(["webhook", "email", "log"]);
  });

  it.each([
    [null, /must be an object/],
    [{ name: "x", criteria: { area: { kind: "circle" } } }, /area.kind must be radius, bbox or admin/],
    [{ name: "x", criteria: { area: { kind: "radius", latitude: "14", longitude: -1, radiusKm: 5 } } }, /area.latitude must be a number/],
    [{ name: "x", criteria: { area: { kind: "bbox", bbox: [1, 2, 3] } } }, /west, south, east, north/],
    [{ name: "x", criteria: { actors: "JNIM" } }, /criteria.actors must be a list/],
    [{ name: "x", criteria: { actors: ["JNIM"] }, channels: [{ kind: "sms", to: "+226" }] }, /a channel is/],
    [{ name: "x", criteria: { actors: ["JNIM"] }, channels: [{ kind: "email", to: ["not an address"] }] }, /are not addresses/],
    [{ name: "x", criteria: { verification: ["rumoured"] } }, /verification "rumoured"/],
    [{ name: "", criteria: { actors: ["JNIM"] } }, /needs a name/],
    [{ name: "x", kind: "first-actor-in-area", criteria: { actors: ["JNIM"] }, quietDays: 30 }, /needs an area/],
    [{ name: "x", criteria: { minFatalities: 2.5 } }, /whole number/],
  ])("rejects %j with an input error naming the problem", (json, message) => {
    expect(() => parseRuleInput(json)).toThrow(InputError);
    expect(() => parseRuleInput(json)).toThrow(message);
  });
});
