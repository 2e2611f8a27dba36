/**
 * Evaluation yardstick: scores the injected coder (extraction + geocoding)
 * against ACLED-format coded rows and labelled news pages. Imports only
 * src/domain; the pipeline supplies the coder.
 */
export { evaluateAcledGold, type GoldEvalOptions, type ReportCoder, type PlaceReach } from "./gold-eval.js";
export { formatGoldScorecard } from "./gold-format.js";
export type { GoldScorecard, ScoredMetric, ValueCount } from "./gold-scorecard.js";
export { evaluateNewsSet, VIOLENT_EVENT_TYPES, type NewsDoc, type NewsEvalOptions, type NewsScorecard, type NewsLanguageScore } from "./news-eval.js";
export { formatNewsScorecard } from "./news-format.js";
export { GOLD_BARS, NEWS_BARS, type Bar } from "./bars.js";
export { normaliseActor, actorKeys, sameActor } from "./actor-equivalence.js";
export { parseCsv, readCsvFile, type CsvRecord } from "./csv-reader.js";
export type { ConfusionTable, ClassScore } from "./classification-metrics.js";
