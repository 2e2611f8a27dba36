/**
 * Turns lexicon aliases into regular-expression sources. Plain aliases match as whole
 * words with flexible spaces and apostrophes; "re:" aliases are fragments used as
 * written; "cs:" aliases are case-sensitive (kept apart by the caller).
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Plain phrases as one alternation, in the order given, spaces matching any run of whitespace ("went missing" -> "went\\s+missing"). */
export function phraseAlternation(phrases: string[]): string {
  return phrases.map((w) => escapeRegExp(w).replace(/ /g, "\\s+")).join("|");
}

export function aliasSource(alias: string): string {
  if (alias.startsWith("re:")) return alias.slice(3);
  const body = alias.startsWith("cs:") ? alias.slice(3) : alias;
  return escapeRegExp(body).replace(/\s+/g, "\\s+").replace(/['’]/g, "['’]").replace(/-/g, "[-\\s]?");
}

export function isCaseSensitive(alias: string): boolean {
  return alias.startsWith("cs:");
}

/** Word boundary that also works next to accented letters (\b does not, in JS, without the v flag). */
export const WORD_START = "(?<![\\p{L}\\p{N}_])";
export const WORD_END = "(?![\\p{L}\\p{N}_])";

/** Can the fragment's first character be taken off and used as a dispatch key? (a plain letter, not quantified) */
function literalHead(source: string): string | null {
  const c = source[0];
  if (!c || !/[\p{L}]/u.test(c)) return null;
  if ("?*+{".includes(source[1] ?? "")) return null;
  return c.toLowerCase();
}

/**
 * An alternation grouped by first letter: "attack|ambush|kill" becomes "[aA](?:ttack|mbush)|[kK](?:ill)".
 * V8 tries the alternatives of a plain alternation one by one at every word start; grouped, it
 * checks a couple of dozen first letters instead of hundreds of words. Longer alternatives
 * stay first within a group so that the longest still wins where one is a prefix of another.
 */
export function groupedAlternation(sources: string[]): string {
  const buckets = new Map<string, string[]>();
  const complex: string[] = [];
  for (const src of sources) {
    const head = literalHead(src);
    if (head === null) complex.push(src);
    else buckets.set(head, [...(buckets.get(head) ?? []), src.slice(1)]);
  }
  const parts: string[] = [];
  for (const [head, rests] of buckets) {
    const upper = head.toUpperCase();
    const cls = upper !== head ? `[${head}${upper}]` : head;
    parts.push(`${cls}(?:${rests.join("|")})`);
  }
  parts.push(...complex);
  return parts.length === 0 ? "(?!)" : parts.join("|");
}

/**
 * One regex for a list of alternatives (longest source first so that "Islamic State West Africa
 * Province" wins over "Islamic State"), and a way back from a match to the alternative it came
 * from: the alternatives are tried alone, anchored at the match, only for the few matches found.
 */
export interface AlternativeMatcher<T> {
  regex: RegExp;
  payloads: T[];
  /** Sticky regexes, one per payload, in payload order. */
  anchored: RegExp[];
  /** Payload indices by first letter (lower case); "" holds alternatives without a literal head. */
  byHead: Map<string, number[]>;
  /** Matched text (lower case) -> payload index: the same words recur in every report. */
  seen: Map<string, number>;
}

export function compileAlternatives<T>(
  items: Array<{ source: string; payload: T }>,
  flags: string,
  suffix = "",
): AlternativeMatcher<T> {
  const sorted = [...items].sort((a, b) => b.source.length - a.source.length);
  const payloads = sorted.map((it) => it.payload);
  const anchored = sorted.map((it) => new RegExp(`(?:${it.source})`, flags.replace("g", "") + "y"));
  const byHead = new Map<string, number[]>();
  sorted.forEach((it, i) => {
    const head = literalHead(it.source) ?? "";
    byHead.set(head, [...(byHead.get(head) ?? []), i]);
  });
  const source = sorted.length === 0 ? "(?!)" : `${WORD_START}(?:${groupedAlternation(sorted.map((it) => it.source))})${suffix}${WORD_END}`;
  return { regex: new RegExp(source, flags), payloads, anchored, byHead, seen: new Map() };
}

/** The payload of the alternative that matched: the longest of those that match alone at the match's start. */
export function matchedPayload<T>(m: RegExpExecArray, matcher: AlternativeMatcher<T>): T | null {
  const text = m.input;
  // case-sensitive matchers ("IS") must not reuse a lower-cased key
  const key = matcher.regex.flags.includes("i") ? m[0].toLowerCase() : m[0];
  const known = matcher.seen.get(key);
  if (known !== undefined) return known < 0 ? null : matcher.payloads[known];
  const head = m[0][0]?.toLowerCase() ?? "";
  let best = -1;
  let bestLen = -1;
  for (const list of [matcher.byHead.get(head), matcher.byHead.get("")]) {
    if (!list) continue;
    for (const i of list) {
      const re = matcher.anchored[i];
      re.lastIndex = m.index;
      const mm = re.exec(text);
      if (mm && mm[0].length <= m[0].length && mm[0].length > bestLen) {
        best = i;
        bestLen = mm[0].length;
      }
    }
  }
  // the anchored alternative may depend on what follows the match only through the word end, so
  // the same matched words always map to the same alternative
  if (matcher.seen.size < 5000) matcher.seen.set(key, best);
  return best < 0 ? null : matcher.payloads[best];
}
