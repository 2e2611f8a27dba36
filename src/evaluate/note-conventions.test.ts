import { describe, expect, it } from "vitest";
import { notesSplitTollAcrossEvents } from "./note-conventions.js";

describe("notes that split a toll across coded events", () => {
  it.each([
    ["Six herders died; the toll is spread over three events (Tamaro, Keldi, Vanta).", true],
    ["The toll was divided across the two events.", true],
    ["Coded as two separate events, in Tamaro and Keldi.", true],
    ["The fighters split into two groups between the villages.", false],
    ["Militants killed four soldiers in Tamaro.", false],
  ])("%s -> %s", (notes, split) => {
    expect(notesSplitTollAcrossEvents(notes)).toBe(split);
  });
});
