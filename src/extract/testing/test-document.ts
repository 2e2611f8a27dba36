import type { CleanDocument, DocumentExtraction, ExtractedEvent } from "../../domain/index.js";
import { extractDocument } from "../index.js";
import { handPlaceIndex, SAHEL_TEST_PLACES } from "./hand-place-index.js";

/** The reference date of the gold-sentence tables: a Tuesday. */
export const REFERENCE_DATE = "2025-05-13";

export const TEST_PLACES = handPlaceIndex(SAHEL_TEST_PLACES);

/** A cleaned document around a text, as the clean stage would hand it over. */
export function testDocument(text: string, publishedAt: string | null = REFERENCE_DATE, language = "en"): CleanDocument {
  return {
    origin: "test", url: null, title: null, publishedAt, publishedAtOrigin: publishedAt ? "user" : "unknown",
    sourceName: null, language, text, contentHash: "", encoding: "utf-8", furnitureRemoved: 0,
  };
}

export function extractText(text: string, publishedAt: string | null = REFERENCE_DATE): DocumentExtraction {
  return extractDocument(testDocument(text, publishedAt), { places: TEST_PLACES });
}

/** The only event of a one-event text; fails loudly when there is not exactly one. */
export function onlyEvent(text: string, publishedAt: string | null = REFERENCE_DATE): ExtractedEvent {
  const { events } = extractText(text, publishedAt);
  if (events.length !== 1) throw new Error(`expected one event, got ${events.length} from: ${text}`);
  return events[0];
}

/** The evidence text recorded for a field, checked against the document text at its span. */
export function evidenceFor(event: ExtractedEvent, text: string, field: string): string[] {
  return event.evidence
    .filter((e) => e.field === field)
    .map((e) => {
      if (text.slice(e.start, e.end) !== e.text) throw new Error(`evidence span [${e.start}, ${e.end}) does not hold "${e.text}"`);
      return e.text;
    });
}
