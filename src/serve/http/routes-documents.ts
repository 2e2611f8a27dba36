import type { FastifyInstance } from "fastify";
import type { PastedReport, ServeDeps } from "../index.js";
import { BodyFields } from "./body-fields.js";
import { validationError } from "./error-shape.js";
import { parseIsoDate } from "./query-filters.js";

const PASTE_FIELDS = ["text", "html", "url", "title", "published_at", "source"] as const;

/**
 * Reads a pasted report: a JSON object, or the report itself sent as text/plain or text/html
 * (then title and date may come as query parameters).
 */
export function readPastedReport(body: unknown, contentType: string, query: Record<string, unknown>): PastedReport {
  let input: Record<string, unknown>;
  if (typeof body === "string") {
    const html = contentType.startsWith("text/html");
    input = { [html ? "html" : "text"]: body };
    for (const k of ["title", "published_at", "source", "url"]) if (typeof query[k] === "string") input[k] = query[k];
  } else {
    input = body as Record<string, unknown>;
  }
  const fields = new BodyFields(input, PASTE_FIELDS);
  const report: PastedReport = {};
  const text = fields.optionalString("text", 1_000_000);
  const html = fields.optionalString("html", 2_000_000);
  const url = fields.optionalString("url", 2_000);
  const given = [text, html, url].filter((v) => v !== undefined && v.trim() !== "").length;
  if (given === 0) throw validationError("text", "give the report as text, html or url");
  if (text !== undefined && html !== undefined) throw validationError("html", "give either text or html, not both");
  if (text !== undefined) report.text = text;
  if (html !== undefined) report.html = html;
  if (url !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw validationError("url", "is not a valid URL", url);
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw validationError("url", "must be an http or https URL", url);
    report.url = url;
  }
  const title = fields.optionalString("title", 500);
  if (title !== undefined) report.title = title;
  const published = fields.optionalString("published_at", 40);
  if (published !== undefined) report.published_at = parseIsoDate("published_at", published.slice(0, 10));
  const source = fields.optionalString("source", 200);
  if (source !== undefined) report.source = source;
  return report;
}

export function registerDocumentRoutes(app: FastifyInstance, deps: ServeDeps): void {
  app.post("/api/documents", async (request, reply) => {
    const report = readPastedReport(request.body, request.headers["content-type"] ?? "", request.query as Record<string, unknown>);
    const result = await deps.submitReport(report);
    reply.status(result.outcome.status === "new" ? 201 : 200);
    return result;
  });
}
