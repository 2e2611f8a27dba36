import type { Hit } from "../rule.js";
import type { DateValue } from "../facts.js";

/** How far back a date still dates the sentences after it ("On 3 May, gunmen stopped trucks near X. The drivers were robbed."). */
const REACH = 600;
const PARAGRAPH_BREAK = /\n\s*\n/;
/** "the army said on Monday": the day a source spoke, not the day of the event. */
const SAYING_BEFORE = /\b(?:said|says|announced|reported|stated|told|claimed|confirmed|declared|a déclaré|a annoncé|a indiqué|selon)\s+(?:on\s+|late\s+|early\s+|le\s+|ce\s+)?$/iu;

/**
 * The date an event written without one inherits: the last date stated earlier in the same
 * paragraph, as a news lede and the sentences after it, or an ACLED note whose first sentence
 * carries the date and whose second carries the violence, share one day.
 */
export function earlierDateOf(dates: readonly Hit<DateValue>[], eventStart: number, text: string): Hit<DateValue> | null {
  let found: Hit<DateValue> | null = null;
  for (const hit of dates) {
    if (hit.end > eventStart || eventStart - hit.end > REACH) continue;
    if (PARAGRAPH_BREAK.test(text.slice(hit.end, eventStart))) continue;
    if (SAYING_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start))) continue;
    if (!found || hit.start > found.start) found = hit;
  }
  return found;
}
