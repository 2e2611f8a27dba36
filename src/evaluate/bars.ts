/**
 * The project's acceptance bars. They were set for the ACLED Sahel
 * development set (Burkina Faso 2017-2020, Mali 2017-2019) and the French news
 * set; on a user's own export they are a reference point, not a promise.
 */

export type Bar = { atLeast: number } | { atMostCount: number };

/** Bars of the ACLED gold scorecard, by metric key. */
export const GOLD_BARS: Readonly<Record<string, Bar>> = {
  event_found: { atLeast: 0.99 },
  event_type: { atLeast: 0.92 },
  sub_event_type_weighted_f1: { atLeast: 0.86 },
  event_date_exact: { atLeast: 0.98 },
  actor1: { atLeast: 0.88 },
  actor2: { atLeast: 0.82 },
  fatalities_exact: { atLeast: 0.92 },
  location_25km: { atLeast: 0.93 },
  civilian_targeting: { atLeast: 0.9 },
  geo_precision1_10km: { atLeast: 0.9 },
  geo_precision1_25km: { atLeast: 0.95 },
  admin1: { atLeast: 0.97 },
  wrong_country: { atMostCount: 0 },
};

/** Bars of the news scorecard, for every language. */
export const NEWS_BARS: Readonly<Record<string, Bar>> = {
  event_pages_with_event: { atLeast: 0.95 },
  negative_pages_without_violence: { atLeast: 0.95 },
  events_in_labelled_country: { atLeast: 0.95 },
};

/** Does a measured value meet its bar? null when there is nothing to judge (n = 0). */
export function meetsBar(bar: Bar, value: number | null, count: number | null): boolean | null {
  if ("atLeast" in bar) return value === null ? null : value >= bar.atLeast;
  return count === null ? null : count <= bar.atMostCount;
}

export function describeBar(bar: Bar): string {
  return "atLeast" in bar ? `>= ${bar.atLeast.toFixed(2)}` : `<= ${bar.atMostCount}`;
}
