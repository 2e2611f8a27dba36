import { eld } from "eld/medium";
import functionWords from "../lexicons/function-words.json" with { type: "json" };
import type { Lang } from "../lexicon/types.js";

/** A stretch of the text read with one language's rules. */
export interface LanguageSpan {
  start: number;
  end: number;
  lang: Lang;
}

const WORDS = new Map<string, Lang>();
for (const w of functionWords.en) WORDS.set(w, "en");
for (const w of functionWords.fr) if (!WORDS.has(w)) WORDS.set(w, "fr");
const TOKEN = /[\p{L}]+/gu;

/** Below this many function words a paragraph is too short to tell (a headline, a dateline, a caption). */
const MIN_VOTES = 4;

/**
 * English or French by their function words ("the", "of" against "le", "des"): a single pass,
 * cheap enough for every paragraph. When the words are mixed (a quoted name, a title in the other
 * language), eld's n-gram model decides. null when the text is too short or in neither language.
 */
export function guessLanguage(text: string): Lang | null {
  let en = 0;
  let fr = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = TOKEN.exec(text)) !== null && seen < 400) {
    seen++;
    const l = WORDS.get(m[0].toLowerCase());
    if (l === "en") en++;
    else if (l === "fr") fr++;
  }
  if (en + fr < MIN_VOTES) return null;
  if (en >= 3 * fr) return "en";
  if (fr >= 3 * en) return "fr";
  const detected = eld.detect(text.slice(0, 600)).language;
  return detected === "en" || detected === "fr" ? detected : null;
}

/**
 * The text cut into paragraphs (blank-line separated, else line-separated), each with the
 * language its rules should read it in. Paragraphs that cannot be told take the document's
 * language. Adjacent paragraphs of one language form one span; spans cover [0, limit).
 */
export function paragraphLanguages(text: string, limit: number, documentLang: Lang): LanguageSpan[] {
  const separator = /\n\s*\n/.test(text) ? /\n\s*\n/g : /\n/g;
  const spans: LanguageSpan[] = [];
  const push = (start: number, end: number, lang: Lang): void => {
    const last = spans[spans.length - 1];
    if (last && last.lang === lang) last.end = end;
    else spans.push({ start, end, lang });
  };
  let cursor = 0;
  separator.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (cursor < limit) {
    m = separator.exec(text);
    const end = m === null || m.index >= limit ? limit : m.index + m[0].length;
    push(cursor, end, guessLanguage(text.slice(cursor, Math.min(end, limit))) ?? documentLang);
    cursor = end;
    if (m === null) break;
  }
  return spans;
}
