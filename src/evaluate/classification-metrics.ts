/**
 * Confusion counts and support-weighted F1 for one categorical field
 * (sub_event_type). A row with no extracted event is predicted as the label
 * NO_PREDICTION, so misses lower recall without inventing a class. Weighted F1
 * follows scikit-learn's "weighted" average: per-class F1 weighted by the
 * number of gold rows of that class. A class that is only ever predicted
 * weighs 0, but its wrong predictions already cost the gold classes they were
 * taken from (recall), and they show in the confusion table.
 */

export const NO_PREDICTION = "(no event)";

export interface ClassScore {
  label: string;
  /** Gold rows of this class. */
  support: number;
  /** Rows predicted as this class. */
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
  f1: number;
}

export interface ConfusionTable {
  /** Gold labels (rows) then labels only predicted, by descending support. */
  labels: string[];
  /** matrix[i][j]: rows with gold labels[i] predicted as labels[j]. */
  matrix: number[][];
  classes: ClassScore[];
  weightedF1: number | null;
  accuracy: number | null;
  total: number;
}

export class ConfusionCounter {
  private readonly counts = new Map<string, Map<string, number>>();
  private n = 0;

  add(gold: string, predicted: string | null): void {
    const p = predicted ?? NO_PREDICTION;
    let row = this.counts.get(gold);
    if (!row) this.counts.set(gold, (row = new Map()));
    row.set(p, (row.get(p) ?? 0) + 1);
    this.n++;
  }

  get total(): number {
    return this.n;
  }

  table(): ConfusionTable {
    const support = new Map<string, number>();
    const predicted = new Map<string, number>();
    let correct = 0;
    for (const [g, row] of this.counts) {
      for (const [p, c] of row) {
        support.set(g, (support.get(g) ?? 0) + c);
        predicted.set(p, (predicted.get(p) ?? 0) + c);
        if (g === p) correct += c;
      }
    }
    const goldLabels = [...support.keys()].sort((a, b) => support.get(b)! - support.get(a)! || a.localeCompare(b));
    const extra = [...predicted.keys()]
      .filter((l) => !support.has(l))
      .sort((a, b) => (a === NO_PREDICTION ? 1 : b === NO_PREDICTION ? -1 : predicted.get(b)! - predicted.get(a)! || a.localeCompare(b)));
    const labels = [...goldLabels, ...extra];
    const matrix = labels.map((g) => labels.map((p) => this.counts.get(g)?.get(p) ?? 0));
    const classes: ClassScore[] = labels
      .filter((l) => l !== NO_PREDICTION)
      .map((label) => {
        const s = support.get(label) ?? 0;
        const pr = predicted.get(label) ?? 0;
        const ok = this.counts.get(label)?.get(label) ?? 0;
        const precision = pr === 0 ? null : ok / pr;
        const recall = s === 0 ? null : ok / s;
        // scikit-learn's zero_division=0: an undefined precision or recall gives F1 0.
        const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : 0;
        return { label, support: s, predicted: pr, correct: ok, precision, recall, f1 };
      });
    const weightedF1 = this.n === 0 ? null : classes.reduce((sum, c) => sum + c.f1 * c.support, 0) / this.n;
    return { labels, matrix, classes, weightedF1, accuracy: this.n === 0 ? null : correct / this.n, total: this.n };
  }
}
