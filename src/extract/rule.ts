import type { PlaceNameIndex } from "../domain/index.js";
import type { CompiledLexicons } from "./lexicon/compiled.js";

/** What every rule may read: the document text, its date, the gazetteer's names and the compiled lexicons. */
export interface RuleEnv {
  text: string;
  /** ISO date (YYYY-MM-DD) or null. */
  publishedAt: string | null;
  places: PlaceNameIndex;
  language: "en" | "fr";
  lex: CompiledLexicons;
}

/**
 * One small rule, as in chrono: a precompiled global pattern, and an extractor that
 * turns one match into a value or null (no throw). The runner records where it matched.
 */
export interface Rule<T> {
  /** "<lang>/<field>-<what>", e.g. "en/fatalities-killed-count"; stored in evidence. */
  name: string;
  pattern: RegExp;
  /**
   * A word the pattern cannot match without (non-global, e.g. /died|succumbed/i): a text that lacks
   * it skips the rule. For patterns V8 must try at every position of a text, such as alternations
   * that open with any word, this one cheap test spares the scan of most texts.
   */
  requires?: RegExp;
  extract(match: RegExpExecArray, env: RuleEnv): RuleValue<T> | null;
}

/** A value and the span it was read from (defaults to the whole match). */
export interface RuleValue<T> {
  value: T;
  start?: number;
  end?: number;
}

/** A rule's output with its place in the text. */
export interface Hit<T> {
  value: T;
  start: number;
  end: number;
  text: string;
  rule: string;
}

/**
 * A leading "not after a letter" lookbehind makes V8 test every position of the text; without it
 * the engine can skip ahead on the pattern's first characters. The runner checks the boundary
 * itself, which finds exactly the same matches.
 */
const LEADING_LOOKBEHIND = /^\(\?<!\[((?:\\p\{[LN]\}|_)+)\]\)/;
const boundaryCache = new WeakMap<RegExp, { re: RegExp; before: RegExp | null }>();

function fastPattern(pattern: RegExp): { re: RegExp; before: RegExp | null } {
  let c = boundaryCache.get(pattern);
  if (c) return c;
  const m = LEADING_LOOKBEHIND.exec(pattern.source);
  c = m ? { re: new RegExp(pattern.source.slice(m[0].length), pattern.flags), before: new RegExp(`[${m[1]}]`, "u") } : { re: pattern, before: null };
  boundaryCache.set(pattern, c);
  return c;
}

/** Runs rules in the given order over [0, limit) of the text. A rule that throws is skipped for that match. */
export function runRules<T>(rules: readonly Rule<T>[], env: RuleEnv, limit: number): Hit<T>[] {
  const hits: Hit<T>[] = [];
  const text = env.text;
  for (const rule of rules) {
    if (rule.requires && !rule.requires.test(text)) continue;
    const { re, before } = fastPattern(rule.pattern);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m.index >= limit) break;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (before !== null && m.index > 0 && before.test(text[m.index - 1])) {
        re.lastIndex = m.index + 1;
        continue;
      }
      let out: RuleValue<T> | null = null;
      try {
        out = rule.extract(m, env);
      } catch {
        out = null;
      }
      if (out === null) continue;
      const start = out.start ?? m.index;
      const end = out.end ?? m.index + m[0].length;
      hits.push({ value: out.value, start, end, text: text.slice(start, end), rule: rule.name });
    }
  }
  return hits;
}

/** Keeps the earliest-ordered hit where hits overlap: rules listed first win, as declared in rule-order.ts. */
export function dropOverlaps<T>(hits: Hit<T>[]): Hit<T>[] {
  const kept: Hit<T>[] = [];
  for (const h of hits) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Keeps the longest hit where hits overlap (ties: the earlier rule). */
export function keepLongest<T>(hits: Hit<T>[]): Hit<T>[] {
  const sorted = hits.map((h, i) => ({ h, i })).sort((a, b) => b.h.end - b.h.start - (a.h.end - a.h.start) || a.i - b.i);
  const kept: Hit<T>[] = [];
  for (const { h } of sorted) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

