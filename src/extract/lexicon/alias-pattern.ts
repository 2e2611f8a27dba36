/**
 * Turns lexicon aliases into regular-expression sources. Plain aliases match as whole
 * words with flexible spaces and apostrophes; "re:" aliases are fragments used as
 * written; "cs:" aliases are case-sensitive (kept apart by the caller).
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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

/**
 * One regex with one capturing group per alternative, longest source first so that
 * "Islamic State West Africa Province" wins over "Islamic State" at the same place.
 * Returns the regex and, per group number, the payload it stands for.
 */
export function compileAlternatives<T>(
  items: Array<{ source: string; payload: T }>,
  flags: string,
  suffix = "",
): { regex: RegExp; payloads: T[] } {
  const sorted = [...items].sort((a, b) => b.source.length - a.source.length);
  const payloads: T[] = [];
  const parts = sorted.map((it) => {
    payloads.push(it.payload);
    return `(${it.source})`;
  });
  const source = parts.length === 0 ? "(?!)" : `${WORD_START}(?:${parts.join("|")})${suffix}${WORD_END}`;
  return { regex: new RegExp(source, flags), payloads };
}

/** The payload of the first alternative group that took part in the match. */
export function matchedPayload<T>(m: RegExpExecArray, payloads: readonly T[]): T | null {
  for (let i = 0; i < payloads.length; i++) if (m[i + 1] !== undefined) return payloads[i];
  return null;
}
