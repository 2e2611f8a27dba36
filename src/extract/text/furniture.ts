import type { CompiledLexicons } from "../lexicon/compiled.js";

/**
 * Where page furniture starts ("LEAVE A REPLY", "Related", "Lire aussi"): nothing from there on is
 * read. The cleaning stage removes most of it; this is the extraction's own guard for what is left.
 */
export function readableLimit(text: string, lex: CompiledLexicons): number {
  const re = lex.furniture;
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  // A marker in the first lines is a menu, not the end of the article.
  if (m && m.index > Math.min(400, text.length / 4)) return m.index;
  return text.length;
}

/** Teaser lines ("DETROIT — A 19-year-old former ...") end in an ellipsis: not reports of their own. */
export function isTeaser(sentence: string): boolean {
  return /(?:\.\.\.|…)\s*$/.test(sentence);
}
