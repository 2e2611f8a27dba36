/** The news scorecard as text: per language, the three bars, pages by label, and every failing page. */
import { describeBar } from "./bars.js";
import type { NewsScorecard } from "./news-eval.js";

const fmt = (v: number | null): string => (v === null ? "-" : v.toFixed(3));

export function formatNewsScorecard(card: NewsScorecard): string {
  const out: string[] = [`News evaluation: ${card.source} (${card.pages} pages)`];
  for (const lang of card.languages) {
    out.push("", `Language ${lang.language}: ${lang.pages} pages, ${lang.events} events`);
    for (const m of lang.metrics) {
      const verdict = m.bar ? `  ${describeBar(m.bar)}  ${m.pass === null ? "not scored (n = 0)" : m.pass ? "PASS" : "FAIL"}` : "";
      out.push(`  ${m.label.padEnd(52)}${fmt(m.value).padStart(6)}  ${`${m.correct}/${m.n}`.padEnd(9)}${verdict}`.trimEnd());
    }
    out.push("  pages by label (with an event / with a violent event):");
    for (const l of lang.byLabel) out.push(`    ${l.label.padEnd(18)}${String(l.pages).padStart(4)}  ${l.withEvent} / ${l.withViolentEvent}`);
    if (lang.failures.length > 0) {
      out.push("  failures:");
      for (const f of lang.failures) out.push(`    ${f.id} [${f.label}]: ${f.problem}`);
    }
  }
  const s = card.speed;
  out.push("", `Speed: ${s.documents} pages in ${s.coderSeconds.toFixed(2)} s of coder time = ${s.documentsPerSecond === null ? "-" : s.documentsPerSecond.toFixed(1)} pages/second.`);
  return out.join("\n") + "\n";
}
