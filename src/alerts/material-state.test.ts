import { describe, expect, it } from "vitest";
import { materialChanges } from "./material-state.js";

describe("material change between what an alert said and what the event is now", () => {
  it.each([
    [{ fatalities: 10, verification: "claimed" }, { fatalities: 14, verification: "confirmed" }, ["fatalities 10 → 14", "verification claimed → confirmed"]],
    [{ fatalities: null, verification: "reported" }, { fatalities: 3, verification: "reported" }, ["fatalities none stated → 3"]],
    [{ fatalities: 5, verification: "unverified" }, { fatalities: 5, verification: "claimed" }, ["verification unverified → claimed"]],
    [{ fatalities: 5, verification: "confirmed" }, { fatalities: 5, verification: "disputed" }, ["verification confirmed → disputed"]],
    // Not material: a lower toll, a weaker verification, nothing new.
    [{ fatalities: 60, verification: "claimed" }, { fatalities: 12, verification: "claimed" }, []],
    [{ fatalities: 5, verification: "confirmed" }, { fatalities: 5, verification: "reported" }, []],
    [{ fatalities: 5, verification: "reported" }, { fatalities: 5, verification: "reported" }, []],
  ] as const)("%j → %j", (before, after, expected) => {
    expect(materialChanges(before, after)).toEqual(expected);
  });
});
