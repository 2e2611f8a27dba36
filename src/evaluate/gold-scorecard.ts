/**
 * Accumulates row comparisons into the gold scorecard: every metric with its
 * own n (rows that carry the column), bars, the sub_event_type confusion
 * table, how matching went, the commonest actor and field errors, and speed.
 * Plain data, so `--json` can print it as is.
 */
import { GOLD_BARS, meetsBar, type Bar } from "./bars.js";
import { ConfusionCounter, type ConfusionTable } from "./classification-metrics.js";
import type { StatedDate } from "./date-statement.js";
import type { EventMatch } from "./event-matcher.js";
import type { CheckKey, RowComparison } from "./gold-comparison.js";
import type { GoldRow } from "./gold-row.js";
import { normaliseActor } from "./actor-equivalence.js";

export interface ScoredMetric {
  key: string;
  label: string;
  correct: number;
  n: number;
  /** correct / n; null when n = 0 (nothing to score in this file). */
  value: number | null;
  /** For count bars (wrong country): the number of failures. */
  count?: number;
  bar: Bar | null;
  pass: boolean | null;
}

export interface ValueCount {
  acled: string;
  ours: string;
  count: number;
}

export interface ReachCount {
  n: number;
  within10km: number;
  within25km: number;
}

export interface GoldScorecard {
  source: string;
  rows: number;
  /** Scored columns the file lacks (their metrics have n = 0). */
  missingColumns: string[];
  metrics: ScoredMetric[];
  subEventTypes: ConfusionTable;
  dates: {
    /** Rows whose notes state day, month and year. */
    fullDate: number;
    /** Rows whose notes give a day and month but no year: the year cannot be inferred without a publication date. */
    dayMonthOnly: number;
    /** Rows whose notes state no day at all. */
    noDate: number;
    /** dayMonthOnly + noDate: rows whose date is not inferable from the notes. */
    notInferable: number;
    /** Rows where ours is ACLED's date with day and month swapped (counted wrong; suggests a day/month mix-up in the export). */
    swappedDayMonth: number;
  };
  matching: {
    /** Rows whose note yielded more than one event; the best match was scored. */
    severalEvents: number;
    /** Of those, rows where the best match was not the first event. */
    bestNotFirst: number;
    eventsPerRow: number | null;
  };
  /** Key metrics per ACLED country, so a user sees how far to trust the tool in each. */
  byCountry: Array<{ country: string; rows: number; values: Partial<Record<CheckKey, { correct: number; n: number }>> }>;
  /** Rows by location outcome (rows where ACLED gives coordinates), most frequent first. */
  locationOutcomes: Array<{ outcome: string; count: number }>;
  /**
   * Rows (with ACLED coordinates) whose notes name a gazetteer place within 10 / 25 km of ACLED's point,
   * spelling variants allowed: the most any coder reading these notes against this gazetteer can place
   * right. All rows and geo_precision 1 rows; null when the evaluation had no gazetteer.
   */
  gazetteerReach: { all: ReachCount; geoPrecision1: ReachCount } | null;
  /** Fatality errors by direction (rows with an event). */
  fatalityErrors: { oursHigher: number; oursLower: number };
  /** Disagreements by field, most frequent first. */
  disagreementsByField: Array<{ field: string; count: number }>;
  /** Commonest actor disagreements after normalisation. */
  actorErrors: { actor1: ValueCount[]; actor2: ValueCount[] };
  speed: { documents: number; coderSeconds: number; documentsPerSecond: number | null };
  /** Rows where the coder threw (scored as no event, written to the disagreements file as "coder error"). */
  coderErrors: number;
  disagreementsPath: string | null;
  disagreementsWritten: number;
  barsNote: string;
}

const METRICS: Array<{ key: string; label: string; check?: CheckKey }> = [
  { key: "event_found", label: "event found (>= 1 event)", check: "event_found" },
  { key: "event_type", label: "event_type accuracy", check: "event_type" },
  { key: "sub_event_type", label: "sub_event_type accuracy", check: "sub_event_type" },
  { key: "sub_event_type_weighted_f1", label: "sub_event_type weighted F1" },
  { key: "event_date_exact", label: "event_date exact, all rows", check: "event_date_exact" },
  { key: "event_date_exact_full_date_notes", label: "event_date exact, notes state a full date", check: "event_date_exact_full_date_notes" },
  { key: "event_date_day_month_notes", label: "day+month right, notes give no year", check: "event_date_day_month_notes" },
  { key: "actor1", label: "actor1 same group", check: "actor1" },
  { key: "actor1_overlap", label: "actor1 shares a group (and/or)", check: "actor1_overlap" },
  { key: "actor2", label: "actor2 same group (ACLED has one)", check: "actor2" },
  { key: "actor2_none_when_acled_none", label: "no actor2 where ACLED has none", check: "actor2_none_when_acled_none" },
  { key: "location_10km", label: "location within 10 km", check: "location_10km" },
  { key: "location_25km", label: "location within 25 km", check: "location_25km" },
  { key: "geo_precision1_10km", label: "geo_precision 1: within 10 km", check: "geo_precision1_10km" },
  { key: "geo_precision1_25km", label: "geo_precision 1: within 25 km", check: "geo_precision1_25km" },
  { key: "admin1", label: "admin1 (ACLED gives it)", check: "admin1" },
  { key: "admin2", label: "admin2 (ACLED gives it)", check: "admin2" },
  { key: "wrong_country", label: "wrong country (located events)", check: "right_country" },
  { key: "fatalities_exact", label: "fatalities exact", check: "fatalities_exact" },
  { key: "fatalities_within_1", label: "fatalities within +-1", check: "fatalities_within_1" },
  { key: "fatalities_exact_toll_not_split", label: "fatalities exact, notes don't split the toll", check: "fatalities_exact_toll_not_split" },
  { key: "civilian_targeting", label: "civilian_targeting", check: "civilian_targeting" },
];

const TOP_ERRORS = 8;

export class GoldTally {
  private readonly counts = new Map<CheckKey, { correct: number; n: number }>();
  private readonly countries = new Map<string, { rows: number; values: Partial<Record<CheckKey, { correct: number; n: number }>> }>();
  private readonly subEvents = new ConfusionCounter();
  private readonly byField = new Map<string, number>();
  private readonly locations = new Map<string, number>();
  private readonly fatalityErrors = { oursHigher: 0, oursLower: 0 };
  private readonly actorPairs = { actor1: new Map<string, number>(), actor2: new Map<string, number>() };
  private readonly dates = { fullDate: 0, dayMonthOnly: 0, noDate: 0, swappedDayMonth: 0 };
  private reach: { all: ReachCount; geoPrecision1: ReachCount } | null = null;
  private rows = 0;
  private events = 0;
  private severalEvents = 0;
  private bestNotFirst = 0;

  add(gold: GoldRow, match: EventMatch | null, stated: StatedDate, result: RowComparison): void {
    this.rows++;
    if (stated === "full") this.dates.fullDate++;
    else if (stated === "day-month") this.dates.dayMonthOnly++;
    else this.dates.noDate++;
    if (result.dateSwapped) this.dates.swappedDayMonth++;
    if (result.locationOutcome) this.locations.set(result.locationOutcome, (this.locations.get(result.locationOutcome) ?? 0) + 1);
    if (result.fatalityError === "ours-higher") this.fatalityErrors.oursHigher++;
    if (result.fatalityError === "ours-lower") this.fatalityErrors.oursLower++;
    if (match) {
      this.events += match.candidates;
      if (match.candidates > 1) {
        this.severalEvents++;
        if (match.index > 0) this.bestNotFirst++;
      }
    }
    const country = this.countries.get(gold.country ?? "(no country)") ?? { rows: 0, values: {} };
    country.rows++;
    this.countries.set(gold.country ?? "(no country)", country);
    for (const [key, ok] of Object.entries(result.checks) as Array<[CheckKey, boolean]>) {
      const c = this.counts.get(key) ?? { correct: 0, n: 0 };
      c.n++;
      if (ok) c.correct++;
      this.counts.set(key, c);
      const cc = (country.values[key] ??= { correct: 0, n: 0 });
      cc.n++;
      if (ok) cc.correct++;
    }
    if (gold.sub_event_type !== null) this.subEvents.add(gold.sub_event_type, result.predictedSubEventType);
    for (const d of result.disagreements) {
      this.byField.set(d.field, (this.byField.get(d.field) ?? 0) + 1);
      if ((d.field === "actor1" || d.field === "actor2") && match) {
        const ours = d.field === "actor1" ? match.event.actor1 : match.event.actor2;
        const pair = `${normaliseActor(d.acled) || "(none)"}\u0000${normaliseActor(ours?.acled_name ?? ours?.name) || "(none)"}`;
        const m = this.actorPairs[d.field];
        m.set(pair, (m.get(pair) ?? 0) + 1);
      }
    }
  }

  /** A row with ACLED coordinates: km to the nearest place its notes name (null: none within reach). */
  addReach(gold: GoldRow, km: number | null): void {
    this.reach ??= { all: { n: 0, within10km: 0, within25km: 0 }, geoPrecision1: { n: 0, within10km: 0, within25km: 0 } };
    const counts = gold.geo_precision === 1 ? [this.reach.all, this.reach.geoPrecision1] : [this.reach.all];
    for (const c of counts) {
      c.n++;
      if (km !== null && km <= 10) c.within10km++;
      if (km !== null && km <= 25) c.within25km++;
    }
  }

  scorecard(args: {
    source: string;
    missingColumns: string[];
    coderSeconds: number;
    disagreementsPath: string | null;
    disagreementsWritten: number;
    coderErrors: number;
  }): GoldScorecard {
    const subEventTypes = this.subEvents.table();
    const metrics = METRICS.map(({ key, label, check }): ScoredMetric => {
      const bar = GOLD_BARS[key] ?? null;
      if (key === "sub_event_type_weighted_f1") {
        const value = subEventTypes.weightedF1;
        return { key, label, correct: 0, n: subEventTypes.total, value, bar, pass: bar ? meetsBar(bar, value, null) : null };
      }
      const c = this.counts.get(check!) ?? { correct: 0, n: 0 };
      const value = c.n === 0 ? null : c.correct / c.n;
      if (key === "wrong_country") {
        const wrong = c.n - c.correct;
        return { key, label, correct: wrong, n: c.n, value: c.n === 0 ? null : wrong / c.n, count: wrong, bar, pass: bar ? meetsBar(bar, null, wrong) : null };
      }
      return { key, label, correct: c.correct, n: c.n, value, bar, pass: bar ? meetsBar(bar, value, null) : null };
    });
    const top = (m: Map<string, number>): ValueCount[] =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, TOP_ERRORS)
        .map(([pair, count]) => {
          const [acled, ours] = pair.split("\u0000");
          return { acled, ours, count };
        });
    return {
      source: args.source,
      rows: this.rows,
      missingColumns: args.missingColumns,
      metrics,
      subEventTypes,
      dates: { ...this.dates, notInferable: this.dates.dayMonthOnly + this.dates.noDate },
      matching: {
        severalEvents: this.severalEvents,
        bestNotFirst: this.bestNotFirst,
        eventsPerRow: this.rows === 0 ? null : this.events / this.rows,
      },
      byCountry: [...this.countries.entries()]
        .sort((a, b) => b[1].rows - a[1].rows || a[0].localeCompare(b[0]))
        .map(([country, v]) => ({ country, rows: v.rows, values: v.values })),
      locationOutcomes: [...this.locations.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outcome, count]) => ({ outcome, count })),
      gazetteerReach: this.reach && { all: { ...this.reach.all }, geoPrecision1: { ...this.reach.geoPrecision1 } },
      fatalityErrors: { ...this.fatalityErrors },
      disagreementsByField: [...this.byField.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([field, count]) => ({ field, count })),
      actorErrors: { actor1: top(this.actorPairs.actor1), actor2: top(this.actorPairs.actor2) },
      speed: {
        documents: this.rows,
        coderSeconds: args.coderSeconds,
        documentsPerSecond: args.coderSeconds > 0 ? this.rows / args.coderSeconds : null,
      },
      coderErrors: args.coderErrors,
      disagreementsPath: args.disagreementsPath,
      disagreementsWritten: args.disagreementsWritten,
      barsNote: "bars: conflictwatch's targets on the ACLED Sahel dev set (Burkina Faso 2017-2020, Mali 2017-2019); a reference point on other exports",
    };
  }
}
