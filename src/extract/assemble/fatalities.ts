import type { Fatalities } from "../../domain/index.js";
import type { FatalityValue } from "../facts.js";
import type { Hit } from "../rule.js";
import type { SentenceFacts } from "./sentence-facts.js";

const BODIES = /(?<![\p{L}])(?:bod(?:y|ies)|corpses?)(?![\p{L}])/iu;

/**
 * Deaths in an event: within a sentence the counts add up ("two soldiers ... a policeman"); across
 * sentences, counts of different sides add up and restatements of the same side do not. A stated
 * figure wins over a vague word for the same deaths ("killed 60 soldiers" over "dozens of soldiers").
 * Background words never reach here (background sentences are not part of events).
 */
export function combineFatalities(sentences: SentenceFacts[]): { value: Fatalities; hits: Hit<FatalityValue>[] } {
  const used: Hit<FatalityValue>[] = [];
  let total: { low: number; best: number; high: number | null; vague: boolean; victim: string } | null = null;
  let zero: Hit<FatalityValue> | null = null;
  for (const sf of sentences) {
    if (sf.quoted && sentences.length > 1 && sf !== sentences[0]) continue;
    let low = 0;
    let best = 0;
    let high: number | null = null;
    let vague = false;
    let victim: string | null = null;
    const own: Hit<FatalityValue>[] = [];
    // "killed at least 12 fighters (9 corpses recovered)": bodies found restate deaths counted beside them
    const counted = sf.fatalities.some((h) => h.value.best > 0 && !BODIES.test(h.text));
    for (const h of sf.fatalities) {
      if (counted && BODIES.test(h.text)) continue;
      if (h.value.best === 0) {
        zero ??= h;
        continue;
      }
      low += h.value.low;
      best += h.value.best;
      if (h.value.high !== null) high = (high ?? 0) + h.value.high;
      vague ||= h.value.vague;
      victim = victim === null || victim === h.value.victim ? h.value.victim : "unknown";
      own.push(h);
    }
    if (own.length === 0) continue;
    const s = { low, best, high, vague, victim: victim ?? "unknown" };
    if (total === null) {
      total = s;
      used.push(...own);
    } else if (total.victim !== "unknown" && s.victim !== "unknown" && total.victim !== s.victim) {
      total = { low: total.low + s.low, best: total.best + s.best, high: total.high === null || s.high === null ? null : total.high + s.high, vague: total.vague || s.vague, victim: "unknown" };
      used.push(...own);
    } else if ((total.vague && !s.vague) || (total.vague === s.vague && s.best > total.best)) {
      total = s;
      used.splice(0, used.length, ...own);
    }
  }
  if (total === null) {
    if (zero) return { value: { low: 0, best: 0, high: 0, text: zero.text }, hits: [zero] };
    return { value: { low: null, best: null, high: null, text: null }, hits: [] };
  }
  return { value: { low: total.low, best: total.best, high: total.high, text: used.map((h) => h.text).join("; ") }, hits: used };
}
