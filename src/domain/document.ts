/** A report as read from its origin (file, URL, feed item, pasted text), before cleaning. */
export interface RawDocument {
  /** Where it came from, as the user named it: a path, a URL, "stdin", or a JSONL id. */
  origin: string;
  url: string | null;
  /** Raw bytes as received; cleaning detects their encoding. */
  bytes: Uint8Array;
  /** MIME type when known (HTTP Content-Type, or guessed from the file extension). */
  contentType: string | null;
  /** Metadata that the caller knows better than the text (feed item fields, --published-at, --source). */
  hints: DocumentHints;
}

export interface DocumentHints {
  title?: string | null;
  /** ISO date (YYYY-MM-DD) or date-time; overrides what the page says when set by the user. */
  publishedAt?: string | null;
  /** true when publishedAt was given by the user and must win over the page's own date. */
  publishedAtOverride?: boolean;
  sourceName?: string | null;
  language?: string | null;
  countryHint?: string | null;
}

/** Where the publication date came from, so the record can say how far to trust it. */
export type PublishedAtOrigin = "user" | "feed" | "meta" | "json-ld" | "header-line" | "text" | "unknown";

/** A report after cleaning: plain text with page furniture removed, and its metadata. */
export interface CleanDocument {
  origin: string;
  url: string | null;
  title: string | null;
  /** ISO date YYYY-MM-DD, or null when unknown (never the ingestion time). */
  publishedAt: string | null;
  publishedAtOrigin: PublishedAtOrigin;
  sourceName: string | null;
  /** ISO 639-1 code ("en", "fr") or null when undetected. */
  language: string | null;
  /** The article body as plain text; every evidence span points into this string. */
  text: string;
  /** sha256 (hex) of the normalised text: equal texts are the same document. */
  contentHash: string;
  /** Encoding the bytes were decoded from ("utf-8", "windows-1252"...). */
  encoding: string;
  /** Characters removed as page furniture (comment forms, share blocks, teasers); for diagnostics. */
  furnitureRemoved: number;
}
