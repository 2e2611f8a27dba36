import placeWords from "../../lexicons/place-words.json" with { type: "json" };
import { phraseAlternation } from "../../lexicon/alias-pattern.js";

const PAST_NOUNS = phraseAlternation(placeWords.past_event_nouns.en);
/**
 * "the Wendou (Mali) attack which left 19 dead in March 2016", "Wendou events of 14/09/2017": an event's
 * name with its date. A report's own event comes with its date first ("On 3 May 2019, ..."), not as a label.
 */
const LABEL_DATED_AFTER = new RegExp(`^\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:${PAST_NOUNS})(?![\\p{L}])[^.;]{0,60}?(?:(?<![\\p{N}])(?:19|20)\\d\\d(?![\\p{N}])|last\\s+year|\\d{1,2}/\\d{1,2}/\\d{2,4})`, "iu");
/** "in an earlier attack by militants in", "the previous ambush at": a past event's place. */
const PAST_BEFORE = new RegExp(`(?<![\\p{L}])(?:earlier|previous|prior|former)\\s+(?:${PAST_NOUNS})(?![\\p{L}])[^.;,()]{0,40}$`, "iu");
/** "escaped the ambush in Wendou, late August last year": the event's noun, its place, then a past time. */
const LABEL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PAST_NOUNS})\\s+(?:(?:in|at|of|on)\\s+)?$`, "iu");
const LAST_YEAR_AFTER = /^\s*,?\s*(?:in\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\p{L}+\s+)?(?:\d{1,2}\s+)?last\s+year/iu;

/**
 * Does the place mention at [start, end) of an English text name a past event the report recalls
 * ("an earlier attack in X", "the X attack of March 2016", "the ambush in X, late August last year")?
 * Then it is background: not where this event happened, nor a scene for the geocoder to fall back on.
 */
export function recallsPastEvent(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 100);
  return PAST_BEFORE.test(before) || LABEL_DATED_AFTER.test(after) || (LABEL_BEFORE.test(before) && LAST_YEAR_AFTER.test(after));
}
