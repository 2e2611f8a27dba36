/**
 * ACLED coders sometimes say in the notes how they coded a row. One such
 * remark changes what can fairly be asked of a coder reading only that note:
 * "the toll is spread over three events" means the row's fatalities are a
 * share of the reported toll, which the note's own text cannot yield. Those
 * rows stay in every metric; the scorecard also shows fatalities without them.
 */

const SPLIT_ACROSS_EVENTS =
  /\b(?:split|divided|spread|distributed)\b[^.]{0,40}?\b(?:between|across|among|over)\b[^.]{0,30}?\bevents?\b|\bcoded as (?:two|three|four|five|six|several|multiple|separate|\d+) (?:separate )?events\b/i;

/** Does the note say the toll is split across several coded events? */
export function notesSplitTollAcrossEvents(notes: string): boolean {
  return SPLIT_ACROSS_EVENTS.test(notes);
}
