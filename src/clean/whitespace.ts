import { createHash } from "node:crypto";

/**
 * The returned text is final (evidence spans point into it), so it is normalised once:
 * NFC (so "é" typed two ways is one string), every Unicode space to a plain space,
 * invisible marks dropped, lines trimmed, runs of spaces collapsed, and at most one
 * blank line between paragraphs. Single line breaks are kept: in plain-text pages they
 * separate headlines, bylines and list items.
 */
export function normaliseWhitespace(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, " ")
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u2028\u2029]/g, "\n")
    .replace(/ {2,}/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * sha256 of the text with every whitespace run reduced to one space: the same article
 * read from a file (paragraphs on lines) and from a URL (paragraphs from <p>) hashes equal.
 */
export function contentHash(text: string): string {
  const flat = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(flat, "utf8").digest("hex");
}
