export { loadServices, type Services, type ServiceOptions } from "./services.js";
export { codeDocument, type CodeOptions } from "./code-document.js";
export {
  ingestInputs,
  ingestRawDocument,
  storeCleanDocument,
  formatSummary,
  emptySummary,
  DEFAULT_INGEST_OPTIONS,
  type IngestOptions,
  type IngestSummary,
  type IngestProgress,
} from "./ingest.js";
export { submitReport, submitReportCheckingAlerts, type PastedReport } from "./submit-report.js";
export { extractJsonlStream, type StreamSummary } from "./extract-stream.js";
export { reextractDocuments, type ReextractSummary } from "./reextract.js";
export { codeTextReport, type TextReport } from "./code-text.js";
export { openAlertsSession, checkAlerts, type AlertsSession, type AlertsHookResult } from "./alerts-hook.js";
export { alertRulesApi } from "./alert-rules-api.js";
