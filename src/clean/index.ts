import { InputError, type CleanDocument, type PublishedAtOrigin, type RawDocument } from "../domain/index.js";
import { decodeBytes, looksBinary, nonTextRatio, type DecodedText } from "./decode.js";
import { lineKey, removeFurniture } from "./furniture.js";
import { htmlToText, looksLikeHtml } from "./html-text.js";
import { detectLanguage } from "./language.js";
import { readDateHeader, stripMarkdown, takeHeadline } from "./plain-text.js";
import { isPdf, pdfToText } from "./pdf-text.js";
import { parsePublicationDate } from "./publication-date.js";
import { dateFromUrl } from "./url-date.js";
import { contentHash, normaliseWhitespace } from "./whitespace.js";

export { detectParagraphLanguages, detectLanguage, type LanguageSpan } from "./language.js";
export { parsePublicationDate } from "./publication-date.js";
export { contentHash, normaliseWhitespace } from "./whitespace.js";
export { removeFurniture } from "./furniture.js";

/** Larger than any news page (a big one is ~2 MB of HTML); refusing early keeps memory bounded. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** More control/replacement characters than this share of the text: it is not text. */
const MAX_NON_TEXT_RATIO = 0.1;

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${n} bytes`;
}

function sameTitle(a: string, b: string): boolean {
  return lineKey(a) === lineKey(b);
}

interface DateChoice {
  publishedAt: string | null;
  origin: PublishedAtOrigin;
}

/**
 * User override, then the page's own date, then the feed's, then a day in the URL path
 * (labelled "meta": the URL is the page's metadata, not its text), then unknown — never "now".
 */
function chooseDate(raw: RawDocument, page: DateChoice): DateChoice {
  const hinted = parsePublicationDate(raw.hints.publishedAt ?? null);
  if (hinted && raw.hints.publishedAtOverride) return { publishedAt: hinted, origin: "user" };
  if (page.publishedAt) return page;
  if (hinted) return { publishedAt: hinted, origin: "feed" };
  const fromUrl = dateFromUrl(raw.url) ?? dateFromUrl(raw.origin);
  if (fromUrl) return { publishedAt: fromUrl, origin: "meta" };
  return { publishedAt: null, origin: "unknown" };
}

/**
 * A raw page (HTML, plain text, Markdown, or PDF through pdftotext) → article text and
 * metadata. Throws InputError (naming `raw.origin`) for input that cannot be a report:
 * empty, binary, too large, a PDF without text, or nothing left after cleaning.
 */
export function cleanDocument(raw: RawDocument): CleanDocument {
  const bytes = raw.bytes;
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new InputError(raw.origin, `document is ${formatBytes(bytes.length)}, larger than the ${formatBytes(MAX_DOCUMENT_BYTES)} limit for one report`);
  }
  if (bytes.length === 0) throw new InputError(raw.origin, "document is empty (0 bytes)");
  const pdf = isPdf(bytes);
  if (!pdf && looksBinary(bytes)) throw new InputError(raw.origin, "document is binary (contains NUL bytes), not text, HTML or PDF");

  const decoded: DecodedText = pdf ? { text: pdfToText(bytes, raw.origin), encoding: "pdf" } : decodeBytes(bytes, raw.contentType);
  if (pdf && decoded.text.trim() === "") {
    throw new InputError(raw.origin, "PDF has no text layer (a scan?): run OCR on it first (e.g. ocrmypdf)");
  }
  if (decoded.text.trim() === "") throw new InputError(raw.origin, "document is empty (only whitespace)");
  if (nonTextRatio(decoded.text) > MAX_NON_TEXT_RATIO) {
    throw new InputError(raw.origin, `document is mostly non-text characters (read as ${decoded.encoding}); is it a binary file?`);
  }

  let body: string;
  let pageTitle: string | null = null;
  let pageDate: DateChoice = { publishedAt: null, origin: "unknown" };
  let pageLanguage: string | null = null;
  let siteName: string | null = null;
  const isHtml = !pdf && looksLikeHtml(decoded.text, raw.contentType);
  if (isHtml) {
    const html = htmlToText(decoded.text);
    body = normaliseWhitespace(html.text);
    pageTitle = html.title;
    if (html.metadata.publishedAt) pageDate = { publishedAt: html.metadata.publishedAt, origin: html.metadata.publishedAtOrigin ?? "meta" };
    pageLanguage = html.metadata.language;
    siteName = html.metadata.siteName;
  } else {
    body = stripMarkdown(normaliseWhitespace(decoded.text));
  }

  // Header lines are read in HTML-derived text too: some pages print "Publié le 12 mars 2024" above the body.
  const header = readDateHeader(body);
  body = header.body;
  if (!pageDate.publishedAt && header.publishedAt) pageDate = { publishedAt: header.publishedAt, origin: "header-line" };

  const furniture = removeFurniture(body);
  body = normaliseWhitespace(furniture.text);

  const knownTitle = raw.hints.title?.trim() || pageTitle;
  const headline = takeHeadline(body, knownTitle || null, sameTitle);
  if (headline.headline && normaliseWhitespace(headline.body) !== "") body = normaliseWhitespace(headline.body);
  const title = knownTitle || headline.headline || null;

  if (!/\p{L}{2,}/u.test(body)) {
    throw new InputError(raw.origin, "no article text left after removing markup and page furniture");
  }

  const date = chooseDate(raw, pageDate);
  // "fr-FR" from a header or a caller is "fr": the record holds ISO 639-1 codes.
  const hinted = raw.hints.language?.trim().toLowerCase().split(/[-_]/)[0] || null;
  const language = hinted || detectLanguage(body) || pageLanguage;
  return {
    origin: raw.origin,
    url: raw.url,
    title,
    publishedAt: date.publishedAt,
    publishedAtOrigin: date.origin,
    sourceName: raw.hints.sourceName ?? siteName ?? null,
    language: language || null,
    text: body,
    contentHash: contentHash(body),
    encoding: decoded.encoding,
    furnitureRemoved: furniture.removed,
  };
}
