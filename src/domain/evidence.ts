/**
 * Provenance of one extracted value: where in which document it was read, by
 * which rule, and whether the text states it or the system inferred it
 * (chrono's assign/imply split: "at least 12 killed" is stated; a date taken
 * from the publication date is inferred).
 */
export interface Evidence {
  /** Record field the value fills: "event_type", "event_date", "actor1", "fatalities", "location", "weapons", "verification"... */
  field: string;
  /** The exact text at [start, end) of the cleaned document text. */
  text: string;
  start: number;
  end: number;
  /** Name of the rule that produced the value, e.g. "en/fatality-count". */
  rule: string;
  /** true when the text says it; false when inferred (defaults, publication date, context). */
  stated: boolean;
}

/** A character span in the cleaned document text. */
export interface Span {
  start: number;
  end: number;
}
