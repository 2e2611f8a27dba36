import type { ActorValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { ActorEntry } from "../../lexicon/types.js";
import type { Rule } from "../../rule.js";
import { AGENT_BEFORE } from "./named-actor.js";

/**
 * "suspected JNIKM militants attacked": a typing slip in a well-known group's acronym. Only where the
 * word stands as an attributed perpetrator (after "suspected", "presumed", "alleged" or "by", before
 * "militants", "fighters"...), only for acronyms of four letters or more, and only one letter off
 * (one added, dropped or changed): shorter acronyms are too close to one another and to ordinary words.
 */
const PATTERN = /(?:suspected|presumed|alleged|by|présumés?|supposés?)\s+([A-Z]{3,8})\s+(?:militants?|fighters?|elements?|members?|combatants?|jihadists?|gunmen|insurgents|éléments|combattants|jihadistes|djihadistes|membres)\b/gu;
const REQUIRES = /suspected|presumed|alleged|\bby\b|présumé|supposé/iu;

/** One letter added, dropped or changed (never zero: an exact acronym is the lexicon's own match). */
export function oneLetterOff(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The lexicon's upper-case acronyms of four letters or more, each with its actor. */
function acronymsOf(lex: CompiledLexicons): Array<[string, ActorEntry]> {
  const out: Array<[string, ActorEntry]> = [];
  const seen = new Set<string>();
  for (const entry of lex.actorById.values()) {
    // only named groups: a generic word's acronym ("FDS") says nothing about who
    if (entry.specificity < 3) continue;
    for (const alias of entry.aliases[lex.lang] ?? []) {
      const plain = alias.startsWith("cs:") ? alias.slice(3) : alias;
      if (!/^[A-Z]{4,8}$/.test(plain) || seen.has(plain)) continue;
      seen.add(plain);
      out.push([plain, entry]);
    }
  }
  return out;
}

export function misspeltAcronymRule(lex: CompiledLexicons): Rule<ActorValue> {
  const acronyms = acronymsOf(lex);
  return {
    name: `${lex.lang}/actor-misspelt-acronym`,
    pattern: PATTERN,
    requires: REQUIRES,
    extract(m, env) {
      // the cue word must start a word ("nearby" is no "by"); checked here, as a leading \b would slow the scan
      if (m.index > 0 && /\p{L}/u.test(env.text[m.index - 1])) return null;
      const word = m[1];
      if (word.length < 4 || acronyms.some(([a]) => a === word)) return null;
      const near = acronyms.filter(([a]) => oneLetterOff(word, a));
      // two groups one letter away: no telling which was meant
      if (near.length === 0 || near.some(([, e]) => e.acled_name !== near[0][1].acled_name)) return null;
      const entry = near[0][1];
      const start = m.index + m[0].indexOf(word);
      return { value: { sense: { entry, country: entry.country ?? null }, agent: AGENT_BEFORE.test(env.text.slice(Math.max(0, start - 40), start)) }, start, end: m.index + m[0].length };
    },
  };
}
