import { describe, expect, it } from "vitest";
import { CROSSFIRE, INFIGHTING, matchesAtWordStart } from "./event-wording.js";

describe("patterns tested at word starts", () => {
  it.each([
    [INFIGHTING, "Two factions of the group fought with each other near Wendou.", true],
    [INFIGHTING, "Rival commanders turned on one another; the infighting left four dead.", true],
    [INFIGHTING, "Les combattants se sont affrontés entre eux.", true],
    [CROSSFIRE, "A herder was caught in the crossfire.", true],
    [CROSSFIRE, "Two children were hit by stray bullets.", true],
    // inside a longer word, or nothing of the kind
    [INFIGHTING, "The militants clashed with soldiers near Wendou.", false],
    [CROSSFIRE, "The unitcrossfire drill was cancelled.", false],
  ])("%s on %s", (pattern, text, expected) => {
    expect(matchesAtWordStart(pattern, text)).toBe(expected);
    // the pattern's position is reset each call
    expect(matchesAtWordStart(pattern, text)).toBe(expected);
  });
});
