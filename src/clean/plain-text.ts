import { parsePublicationDate } from "./publication-date.js";

/**
 * Plain-text and Markdown pages: light Markdown stripping, then the header conventions
 * seen in stored reports — a leading ` date 2024-03-30 ` prefix (seed 000 has it on the
 * same line as the first paragraph), a `Date:` / `Published:` / `Publié le` line near the
 * top (possibly empty: then the date is unknown), and a leading headline line.
 */

export interface DateHeader {
  body: string;
  /** The date written in the header, validated, or null. */
  publishedAt: string | null;
  /** True when a date header line was present (even empty). */
  hadDateLine: boolean;
}

/** Markdown syntax that would otherwise end up in evidence text; the words stay. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/^```.*$/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))+(?:\s+"[^"]*")?\)/g, "$1")
    .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, "$1")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/gm, "")
    .replace(/^(\s*)[-*+]\s+(?=\S)/gm, "$1")
    .replace(/(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[\s(])\*(?=\S)([^*\n]+?)(?<=\S)\*(?=[\s).,;:!?]|$)/gm, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1");
}

const LEADING_DATE_PREFIX = /^\s*(?:date|dated)\s*:?\s*(\d{4}-\d{1,2}-\d{1,2})\b[ \t]*/i;
const DATE_LINE = /^\s*(?:date|dated|published|published on|publication date|posted|posted on|publi[ée]e?(?: le)?|date de publication|mis en ligne(?: le)?)\s*(?::|\s)\s*(.*)$/i;
const DATE_LINE_BARE = /^\s*(?:date|published|publi[ée]e?(?: le)?|date de publication)\s*:?\s*$/i;
/** Header lines are looked for among the first lines only: a "Date:" deep in a page is body text. */
const HEADER_LINES = 6;

function isHeadline(line: string, next: string | undefined, rest: string): boolean {
  const t = line.trim();
  if (t.length < 8 || t.length > 200) return false;
  // A sentence, not a headline: ends with a full stop (but "Burkina: 3 tués..." with an ellipsis is a headline).
  if (/[.;,]$/.test(t) && !/(\.\.\.|…)$/.test(t)) return false;
  if (!/\p{L}/u.test(t)) return false;
  // The headline must be followed by a line break and more text.
  return next !== undefined && rest.trim().length > t.length;
}

export function readDateHeader(text: string): DateHeader {
  let body = text;
  let publishedAt: string | null = null;
  let hadDateLine = false;

  const prefix = LEADING_DATE_PREFIX.exec(body);
  if (prefix) {
    return { body: body.slice(prefix[0].length), publishedAt: parsePublicationDate(prefix[1]), hadDateLine: true };
  }
  const lines = body.split("\n");
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const line = lines[i];
    if (line.trim() === "") continue;
    seen++;
    if (line.length > 80) continue;
    const bare = DATE_LINE_BARE.test(line);
    const labelled = DATE_LINE.exec(line);
    if (!bare && !labelled) continue;
    const value = bare ? "" : (labelled?.[1] ?? "");
    const day = parsePublicationDate(value);
    // "Published by Reuters" is not a date line; an empty or date-valued one is.
    if (!bare && value.trim() !== "" && !day) continue;
    hadDateLine = true;
    publishedAt = day;
    lines.splice(i, 1);
    body = lines.join("\n");
    break;
  }
  return { body, publishedAt, hadDateLine };
}

/**
 * A leading headline line: returned, and removed from the text (so the headline's facts
 * are not read twice). `knownTitle` set: the first line is removed only when it repeats it.
 */
export function takeHeadline(text: string, knownTitle: string | null, sameLine: (a: string, b: string) => boolean): { body: string; headline: string | null } {
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) return { body: text, headline: null };
  const candidate = lines[first].trim();
  const rest = lines.slice(first + 1).join("\n");
  if (knownTitle !== null) {
    return sameLine(candidate, knownTitle) && rest.trim() !== "" ? { body: rest, headline: candidate } : { body: text, headline: null };
  }
  if (isHeadline(candidate, lines[first + 1], rest)) return { body: rest, headline: candidate };
  return { body: text, headline: null };
}
