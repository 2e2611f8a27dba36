import phrases from "./furniture-phrases.json" with { type: "json" };

/**
 * Page furniture removal on plain text (after HTML has become text, or for text pages).
 * Decisions are taken on whole lines, never on a word inside a sentence:
 *  - a comment-form or paywall line cuts everything after it, when article text came before
 *    and no more article-like text follows than came before (else only the line goes);
 *  - a teaser heading ("Related", "Lire aussi") goes with the short title-like lines under it;
 *  - a button/menu/credit/cookie line goes alone;
 *  - inside a flattened paragraph, "Lire aussi : <titles>" goes up to where the article resumes.
 */

export interface FurnitureResult {
  text: string;
  /** Characters removed. */
  removed: number;
}

type Lists = Record<string, string[] | string>;

function allPhrases(lists: Lists): string[] {
  return Object.entries(lists)
    .filter(([key]) => !key.startsWith("_"))
    .flatMap(([, v]) => (Array.isArray(v) ? v : []));
}

/** Line key: lower case, no accents, straight apostrophes, no punctuation at either end. */
export function lineKey(line: string): string {
  return line
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^[\s:;,.!?…\-–—|•·*#>»«"“”()[\]]+|[\s:;,.!?…\-–—|•·*#>»«"“”()[\]]+$/g, "");
}

const TAIL_MARKERS = allPhrases(phrases.tailMarkers as Lists).map(lineKey);
const TEASER_HEADINGS = new Set(allPhrases(phrases.teaserHeadings as Lists).map(lineKey));
const LINE_FURNITURE = new Set(allPhrases(phrases.lineFurniture as Lists).map(lineKey));
const LINE_PATTERNS = (phrases.linePatterns.patterns as string[]).map((p) => new RegExp(p, "iu"));
const TEASER_HEADING_WITH_TITLE = new RegExp(
  `^(?:${[...TEASER_HEADINGS].map(escapeRegExp).join("|")})\\s*:\\s*\\S`,
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const INLINE_MARKER = new RegExp(
  `(^|[.!?»"”…]\\s+)((?:${allPhrases(phrases.inlineMarkers as Lists)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?:\\s*:\\s*|\\s+(?=[«"“])))`,
  "gu",
);
const STARTERS = allPhrases(phrases.sentenceStarters as Lists).map((w) => escapeRegExp(w).replace(/'/g, "['’]"));
/** Where a new sentence begins without a full stop before it: "…djihadistes Au Burkina…", "…Afrique ? Tout cela…". */
const RESUME_BOUNDARY = new RegExp(
  `(?<=[\\p{L}\\d)'’])\\s+(?=(?:${STARTERS.join("|")})(?:\\s|(?<=['’])\\p{L}))|(?<=[?!])\\s+(?=\\p{Lu})`,
  "gu",
);
/** "…avant de se volatiliser. Le Lire la suite…": a listing's cut-off link at the end of a paragraph. */
const READ_MORE_AT_END = /\s*\b(?:Lire la suite|Read more|Continue reading|Continuer la lecture)\s*(?:…|\.\.\.|»|›|→)?\s*$/u;
const TEASER_WINDOW = 300;
const LONG_TEASER_LINE = 250;

function isTailMarker(key: string): boolean {
  return TAIL_MARKERS.some((m) => key === m || (key.startsWith(m) && m.split(" ").length >= 3 && key.length <= 160));
}

function isFurnitureLine(line: string, key: string): boolean {
  if (LINE_FURNITURE.has(key)) return true;
  return line.length <= 1000 && LINE_PATTERNS.some((re) => re.test(line));
}

function isTeaserHeading(line: string, key: string): boolean {
  return TEASER_HEADINGS.has(key) || (line.length <= LONG_TEASER_LINE && TEASER_HEADING_WITH_TITLE.test(key));
}

/** A line that can be a teaser title or a cut-off teaser snippet, not a sentence of the article. */
function isTeaserLike(line: string, key: string): boolean {
  if (line.trim() === "") return true;
  if (isFurnitureLine(line, key) || isTeaserHeading(line, key)) return true;
  const t = line.trim();
  if (t.length <= 160 && !/[.:;»"”]$/.test(t)) return true;
  return t.length <= LONG_TEASER_LINE && /(\.\.\.|…)$/.test(t);
}

/**
 * Remove "Lire aussi : <teaser titles>" inside a running paragraph. The titles have no
 * full stop, so they end at the last sentence-start boundary before the first full stop
 * (within 300 characters); with no visible boundary, or a quotation following, only
 * the marker goes.
 */
function removeInlineTeasers(line: string): string {
  if (!INLINE_MARKER.test(line)) return line;
  INLINE_MARKER.lastIndex = 0;
  let out = "";
  let cursor = 0;
  for (const m of line.matchAll(INLINE_MARKER)) {
    const markerStart = m.index + m[1].length;
    if (markerStart < cursor) continue;
    const afterMarker = markerStart + m[2].length;
    let cutEnd = afterMarker;
    if (!/^[«"“]/.test(line.slice(afterMarker))) {
      const windowText = line.slice(afterMarker, afterMarker + TEASER_WINDOW);
      const stop = /[.](\s|$)/.exec(windowText);
      const limit = stop ? stop.index : windowText.length;
      let last = -1;
      for (const b of windowText.matchAll(RESUME_BOUNDARY)) {
        if (b.index > 0 && b.index < limit) last = b.index + b[0].length;
      }
      if (last > 0) cutEnd = afterMarker + last;
    }
    out += line.slice(cursor, markerStart);
    cursor = cutEnd;
  }
  return out + line.slice(cursor);
}

/** Characters in lines that read as article paragraphs: long, ending like a sentence. */
function articleChars(lines: string[]): number {
  let n = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t.length >= 150 && /[.!?»"”)]$/.test(t)) n += t.length;
  }
  return n;
}

export function removeFurniture(text: string): FurnitureResult {
  const lines = text.split("\n");
  const kept: string[] = [];
  let contentChars = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const key = lineKey(line);
    if (key === "") {
      kept.push(line);
      continue;
    }
    if (isTailMarker(key)) {
      if (contentChars >= 100 && articleChars(lines.slice(i + 1)) <= articleChars(kept)) break;
      // A "Leave a comment" link under the headline, with the article still to come: only the line goes.
      continue;
    }
    if (isTeaserHeading(line, key)) {
      // The heading and the title-like lines under it; stop at the first real paragraph.
      while (i + 1 < lines.length && isTeaserLike(lines[i + 1], lineKey(lines[i + 1]))) {
        // A comment form under a teaser list still ends the article.
        if (contentChars >= 100 && isTailMarker(lineKey(lines[i + 1])) && articleChars(lines.slice(i + 2)) <= articleChars(kept)) {
          i = lines.length;
          break;
        }
        i++;
      }
      continue;
    }
    if (isFurnitureLine(line, key)) continue;
    const cleaned = removeInlineTeasers(line).replace(READ_MORE_AT_END, "");
    kept.push(cleaned);
    contentChars += cleaned.length;
  }
  const result = kept.join("\n");
  return { text: result, removed: Math.max(0, text.length - result.length) };
}
