import { describe, expect, it } from "vitest";
import { ConfusionCounter, NO_PREDICTION } from "./classification-metrics.js";

describe("confusion table and weighted F1", () => {
  it("matches a hand-computed example", () => {
    // gold A A A A B B C / ours A A A B B B A
    // A: P 3/4 R 3/4 F1 .75 ; B: P 2/3 R 1 F1 .8 ; C: F1 0
    // weighted = (4*.75 + 2*.8 + 1*0) / 7 = 4.6/7
    const c = new ConfusionCounter();
    const pairs: Array<[string, string]> = [["A", "A"], ["A", "A"], ["A", "A"], ["A", "B"], ["B", "B"], ["B", "B"], ["C", "A"]];
    for (const [g, p] of pairs) c.add(g, p);
    const t = c.table();
    expect(t.weightedF1).toBeCloseTo(4.6 / 7, 10);
    expect(t.accuracy).toBeCloseTo(5 / 7, 10);
    expect(t.labels).toEqual(["A", "B", "C"]);
    expect(t.matrix).toEqual([[3, 1, 0], [0, 2, 0], [1, 0, 0]]);
    const b = t.classes.find((x) => x.label === "B")!;
    expect([b.support, b.predicted, b.correct, b.precision, b.recall]).toEqual([2, 3, 2, 2 / 3, 1]);
    expect(b.f1).toBeCloseTo(0.8, 10);
  });

  it("counts a missing prediction against recall and lists predicted-only labels after gold ones", () => {
    const c = new ConfusionCounter();
    c.add("A", null);
    c.add("A", "A");
    c.add("B", "Z");
    const t = c.table();
    expect(t.labels).toEqual(["A", "B", "Z", NO_PREDICTION]);
    const a = t.classes.find((x) => x.label === "A")!;
    expect([a.precision, a.recall]).toEqual([1, 0.5]);
    // A: F1 2/3 with support 2 ; B: 0 ; Z has no support
    expect(t.weightedF1).toBeCloseTo((2 * (2 / 3)) / 3, 10);
    expect(new ConfusionCounter().table().weightedF1).toBeNull();
  });
});
