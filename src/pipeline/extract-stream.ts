import { createInterface } from "node:readline";
import { once } from "node:events";
import type { DocumentHints, ExtractedEvent } from "../domain/index.js";
import { InputError } from "../domain/index.js";
import { codeTextReport } from "./code-text.js";
import type { Services } from "./services.js";

/** One line of `extract --jsonl` input. */
interface JsonlReport {
  id: string;
  text?: string;
  html?: string;
  published_at?: string;
  url?: string;
  title?: string;
}

export interface StreamSummary {
  lines: number;
  failed: number;
}

/**
 * Codes a stream of JSON lines, writing one JSON line `{id, events}` per input
 * line, in order, without touching any database. Memory stays flat: one line
 * is in flight at a time and writes wait for the output to drain.
 * A bad line yields `{id, error}` (or `{line, error}` without an id) and the stream goes on.
 */
export async function extractJsonlStream(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  services: Services,
  hints: DocumentHints = {},
): Promise<StreamSummary> {
  const summary: StreamSummary = { lines: 0, failed: 0 };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    summary.lines += 1;
    const result = codeJsonlLine(line, lineNumber, services, hints);
    if ("error" in result) summary.failed += 1;
    if (!output.write(JSON.stringify(result) + "\n")) await once(output, "drain");
  }
  return summary;
}

function codeJsonlLine(
  line: string,
  lineNumber: number,
  services: Services,
  hints: DocumentHints,
): { id: string; events: ExtractedEvent[] } | { id: string | null; line: number; error: string } {
  let report: JsonlReport;
  try {
    report = JSON.parse(line) as JsonlReport;
  } catch {
    return { id: null, line: lineNumber, error: `line ${lineNumber}: not valid JSON` };
  }
  const id = typeof report.id === "string" || typeof report.id === "number" ? String(report.id) : null;
  if (id === null) return { id: null, line: lineNumber, error: `line ${lineNumber}: missing "id"` };
  const body = report.text ?? report.html;
  if (typeof body !== "string") return { id, line: lineNumber, error: `line ${lineNumber} (id ${id}): needs "text" or "html"` };
  try {
    const events = codeTextReport(
      {
        origin: `line ${lineNumber} (id ${id})`,
        text: body,
        kind: report.text !== undefined ? "text" : "html",
        title: report.title ?? hints.title ?? null,
        publishedAt: report.published_at ?? hints.publishedAt ?? null,
        url: report.url ?? null,
        language: hints.language ?? null,
      },
      services,
    );
    return { id, events };
  } catch (error) {
    if (error instanceof InputError) return { id, line: lineNumber, error: error.message };
    throw error;
  }
}
