import { eld } from "eld/medium";

/**
 * Language identification with eld's n-gram model. eld only reads the first 1,000
 * characters it is given, so the sample is built from body paragraphs (long lines)
 * rather than from a headline and a byline.
 */

/** Below this many letters a guess is noise (a headline, a place name). */
const MIN_LETTERS = 20;
const SAMPLE_CHARS = 1000;

function letterCount(text: string): number {
  const m = text.match(/\p{L}/gu);
  return m ? m.length : 0;
}

function guess(text: string): string | null {
  if (letterCount(text) < MIN_LETTERS) return null;
  const result = eld.detect(text);
  return result.language ? result.language : null;
}

/** ISO 639-1 code of the text's main language, or null when it cannot be told. */
export function detectLanguage(text: string): string | null {
  const paragraphs = text.split(/\n+/).map((p) => p.trim());
  const long = paragraphs.filter((p) => p.length >= 80);
  let sample = "";
  for (const p of long.length > 0 ? long : paragraphs) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += (sample ? " " : "") + p;
  }
  return guess(sample.slice(0, SAMPLE_CHARS));
}

export interface LanguageSpan {
  start: number;
  end: number;
  language: string | null;
}

/**
 * One span per paragraph (blank-line separated, or line-separated when the text has no
 * blank lines), with its language. Paragraphs too short to tell take the language of
 * the nearest paragraph before them, else after them, else null. Offsets index `text`.
 */
export function detectParagraphLanguages(text: string): LanguageSpan[] {
  const separator = /\n\s*\n/.test(text) ? /\n\s*\n/g : /\n/g;
  const spans: LanguageSpan[] = [];
  let cursor = 0;
  const pushSpan = (start: number, end: number): void => {
    // Trim the span to its non-space content so offsets point at words.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end, language: guess(text.slice(start, end).slice(0, SAMPLE_CHARS)) });
  };
  for (const m of text.matchAll(separator)) {
    pushSpan(cursor, m.index);
    cursor = m.index + m[0].length;
  }
  pushSpan(cursor, text.length);

  let previous: string | null = null;
  for (const span of spans) {
    if (span.language) previous = span.language;
    else span.language = previous;
  }
  let next: string | null = null;
  for (let i = spans.length - 1; i >= 0; i--) {
    if (spans[i].language) next = spans[i].language;
    else spans[i].language = next;
  }
  return spans;
}
