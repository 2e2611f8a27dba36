/** Situation reports: one self-contained HTML page per filter, printable to PDF. Imports only src/domain. */
export { renderReportHtml, renderSummaryHtml, buildReportSummary, scopeOf, type ReportOptions, type ReportEventSource } from "./render-report.js";
export { summarise, contestReasons, keyFigures, type ReportSummary, type KeyFigures, type CountRow } from "./summarise.js";
export { printReportPdf, CHROMIUM_ARGS, DEFAULT_CHROMIUM, type PdfOptions } from "./pdf.js";
export { previousPeriod, type Period } from "./period.js";
export { renderEventMap } from "./map-svg.js";
