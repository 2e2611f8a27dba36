import { cleanDocument } from "../clean/index.js";
import type { ExtractedEvent } from "../domain/index.js";
import { rawFromString } from "../ingest/index.js";
import { codeDocument } from "./code-document.js";
import type { Services } from "./services.js";

export interface TextReport {
  /** Names the report in error messages (a row id, a line number). */
  origin: string;
  text: string;
  kind?: "text" | "html";
  title?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  language?: string | null;
}

/**
 * Codes a report given as a string, through the same clean → extract → geocode
 * path as `ingest`, storing nothing. Throws InputError when the text is unusable.
 */
export function codeTextReport(report: TextReport, services: Services): ExtractedEvent[] {
  const raw = rawFromString(report.origin, report.text, report.kind ?? "text", {
    title: report.title ?? null,
    publishedAt: report.publishedAt ?? null,
    publishedAtOverride: Boolean(report.publishedAt),
    language: report.language ?? null,
  });
  if (report.url) raw.url = report.url;
  return codeDocument(cleanDocument(raw), services, { languageOverride: Boolean(report.language) });
}
