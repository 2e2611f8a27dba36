/**
 * The text with the given spans replaced by spaces, offsets kept: what a pattern should not read
 * (a place's own name, an armed group's name, a border phrase) while positions still line up.
 * Spans may overlap or come in any order; any outside the text are ignored.
 */
export function blankSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  const inside = spans.filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length).sort((a, b) => a.start - b.start);
  if (inside.length === 0) return text;
  let out = "";
  let at = 0;
  for (const s of inside) {
    const from = Math.max(at, s.start);
    if (s.end <= from) continue;
    out += text.slice(at, from) + " ".repeat(s.end - from);
    at = s.end;
  }
  return out + text.slice(at);
}
