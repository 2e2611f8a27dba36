import type { DocumentExtraction, ExtractedEvent } from "../../domain/index.js";
import { extractDocument } from "../index.js";
import { handPlaceIndex, SAHEL_TEST_PLACES, type HandPlace } from "./hand-place-index.js";
import { REFERENCE_DATE, testDocument } from "./test-document.js";

/** More real Sahel names that French reports use (from general knowledge). */
export const FRENCH_TEST_PLACES: HandPlace[] = [
  ...SAHEL_TEST_PLACES,
  ["Ogossagou", "settlement", "MLI"], ["Bankass", "settlement", "MLI"], ["Ménaka", "settlement", "MLI"], ["Ségou", "admin1", "MLI"],
  ["Tillabéri", "settlement", "NER"], ["Tillia", "settlement", "NER"], ["Tahoua", "admin1", "NER"], ["Diffa", "settlement", "NER"],
  ["Kongoussi", "settlement", "BFA"], ["Bam", "admin2", "BFA"], ["Sourou", "admin2", "BFA"], ["Toéni", "settlement", "BFA"],
  ["Pissila", "settlement", "BFA"], ["Centre-Nord", "admin1", "BFA"], ["Namsiguian", "settlement", "BFA"], ["Déou", "settlement", "BFA"],
];

const PLACES = handPlaceIndex(FRENCH_TEST_PLACES);

/** A French report as the clean stage hands it over, read with the French rules. */
export function extractFrench(text: string, publishedAt: string | null = REFERENCE_DATE): DocumentExtraction {
  return extractDocument(testDocument(text, publishedAt, "fr"), { places: PLACES });
}

/** The only event of a one-event French text; fails loudly when there is not exactly one. */
export function onlyFrenchEvent(text: string, publishedAt: string | null = REFERENCE_DATE): ExtractedEvent {
  const { events } = extractFrench(text, publishedAt);
  if (events.length !== 1) throw new Error(`expected one event, got ${events.length} from: ${text}`);
  return events[0];
}
