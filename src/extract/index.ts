import type { CleanDocument, DocumentExtraction, PlaceMention, PlaceNameIndex } from "../domain/index.js";
import { collectFacts } from "./assemble/collect-facts.js";
import { collectMixedFacts } from "./assemble/mixed-facts.js";
import { documentCountry } from "./assemble/country.js";
import { buildDrafts } from "./assemble/drafts.js";
import { bucketBySentence } from "./assemble/sentence-facts.js";
import type { Lang } from "./lexicon/types.js";
import { dropDuplicates } from "./refiners/drop-duplicates.js";
import { mergeLedeAndDetail } from "./refiners/merge-lede-detail.js";
import { placeFromLede } from "./refiners/place-from-lede.js";
import { splitListedPlaces } from "./refiners/split-listed-places.js";
import { qualifyFromDocument } from "./refiners/qualify-from-document.js";
import { ruleSet } from "./rule-order.js";
import type { RuleEnv } from "./rule.js";
import { readableLimit } from "./text/furniture.js";
import { guessLanguage, paragraphLanguages } from "./text/paragraph-language.js";
import { splitSentences } from "./text/sentences.js";

export interface ExtractContext {
  places: PlaceNameIndex;
  /** The document's language ("fr", "en"); else the document's own, else guessed from its text. */
  language?: string | null;
  /** The user named the language (--language): every paragraph is read in it, none is routed by detection. */
  languageOverride?: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function languageOf(doc: CleanDocument, ctx: ExtractContext): Lang {
  const l = (ctx.language ?? doc.language ?? guessLanguage((doc.text ?? "").slice(0, 3000)) ?? "en").toLowerCase();
  return l.startsWith("fr") ? "fr" : "en";
}

/**
 * Reads the events a report describes: sentences are split, every rule family runs once over
 * the readable text, sentences are grouped into drafts, refiners merge lede and detail, and
 * each event carries evidence for its fields. Never throws: a failure yields no events.
 */
export function extractDocument(doc: CleanDocument, ctx: ExtractContext): DocumentExtraction {
  const lang = languageOf(doc, ctx);
  try {
    const rules = ruleSet(lang);
    const text = doc.text ?? "";
    const publishedAt = doc.publishedAt && ISO_DAY.test(doc.publishedAt) ? doc.publishedAt.slice(0, 10) : null;
    const env: RuleEnv = { text, publishedAt, places: ctx.places, language: lang, lex: rules.lex };
    const limit = readableLimit(text, rules.lex);
    const sentences = splitSentences(text, limit);
    // a page mixing languages: each paragraph is read by its own language's rules
    const spans = ctx.languageOverride ? null : paragraphLanguages(text, limit, lang);
    const facts = spans !== null && spans.some((s) => s.lang !== lang) ? collectMixedFacts(spans, env, limit) : collectFacts(rules, env, limit);
    const perSentence = bucketBySentence(facts, sentences, text);
    const drafts = buildDrafts(perSentence);
    const buildCtx = { text, lex: rules.lex, publishedAt, places: ctx.places, documentCountry: documentCountry(perSentence, ctx.places), dates: facts.dates };
    const places: PlaceMention[] = facts.places.map((h) => h.value);
    const events = splitListedPlaces(placeFromLede(qualifyFromDocument(dropDuplicates(mergeLedeAndDetail(drafts, buildCtx)), places, ctx.places), places, ctx.places), ctx.places, text);
    return { events, places, language: lang };
  } catch {
    return { events: [], places: [], language: lang };
  }
}
export { localiseActors, relocaliseActors } from "./assemble/localise-actors.js";
export { countriesNamedIn, cuedCountry, forcesCountry } from "./assemble/country-cues.js";
export { majorPlaceCountry } from "./assemble/country.js";
export { isLandmark } from "./assemble/event-place.js";
export { blankSpans } from "./text/blank-spans.js";
export { actorAreasOf } from "./assemble/actor-areas.js";
