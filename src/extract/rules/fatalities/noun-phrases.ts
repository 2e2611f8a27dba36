import actorsJson from "../../lexicons/actors.json" with { type: "json" };
import type { FatalityValue, VictimGroup } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import { parseNumber } from "../../lexicon/compiled.js";

/**
 * Reads a list of counted people after a killing verb or before "were killed":
 * "two soldiers and a policeman" (3), "dozens of soldiers and civilians" (12, one group),
 * "5 ISGS and 2 JNIM militants" (7). Stops at the first word that is not part of it.
 */
interface Nouns {
  victim: Map<string, VictimGroup>;
}

const nounCache = new WeakMap<CompiledLexicons, Nouns>();

/** Person nouns from the actor lexicon (plain aliases), with the side they are on. */
function nounsOf(lex: CompiledLexicons): Nouns {
  let n = nounCache.get(lex);
  if (n) return n;
  const victim = new Map<string, VictimGroup>();
  for (const entry of actorsJson.templated) {
    const group: VictimGroup = entry.target_kind === "civilian" ? "civilian" : "armed";
    for (const alias of entry.aliases[lex.lang]) {
      if (alias.startsWith("re:") || alias.startsWith("cs:")) continue;
      const last = alias.toLowerCase().split(/\s+/).pop() as string;
      if (!victim.has(last)) victim.set(last, group);
    }
  }
  for (const w of actorsJson.generic_group_nouns[lex.lang]) if (!victim.has(w.toLowerCase())) victim.set(w.toLowerCase(), "armed");
  for (const w of actorsJson.ethnic_militia.nouns[lex.lang]) {
    const last = w.toLowerCase().split(/\s+/).pop() as string;
    if (!victim.has(last)) victim.set(last, "armed");
  }
  for (const w of ["volunteers", "volunteer", "gendarmes", "militiamen", "militiaman", "others", "victims", "bodies", "corpses", "occupants", "dozos", "vdps", "peacekeepers", "peacekeeper", "dead", "deaths", "fatalities", "victimes", "tués", "morts", "corps"]) {
    if (!victim.has(w)) victim.set(w, w === "peacekeepers" || w === "peacekeeper" || w.startsWith("vdp") || w.startsWith("dozo") || w.startsWith("gendarme") || w.startsWith("militia") || w.startsWith("volunteer") ? "armed" : "unknown");
  }
  n = { victim };
  nounCache.set(lex, n);
  return n;
}

const TOKEN = /[\p{L}\p{N}'’-]+|[,;:.()]/gu;
/** Words that end a noun phrase: verbs and conjunctions of another clause. */
const STOP = new Set(["wounded", "injured", "injuring", "wounding", "abducted", "kidnapped", "arrested", "missing", "were", "was", "had", "have", "has", "while", "who", "which", "that", "after", "before", "in", "at", "on", "near", "during", "when", "with", "by", "from", "to", "into", "killed", "dead", "died", "is", "are", "blessés", "enlevés"]);
const UNITS = /^(?:km|kms|kilometers|kilometres|miles|hours?|days?|weeks?|months?|years?|h|am|pm|percent|%|motorbikes?|motorcycles?|vehicles?|cattle|heads?|houses?|shops?)$/i;
const DETERMINER_ONE = new Set(["a", "an", "the", "his", "her", "their", "its", "one", "another", "un", "une", "le", "la", "son", "sa"]);

export interface CountedPeople extends FatalityValue {
  /** Offset just after the phrase. */
  end: number;
}

function tokenize(text: string, from: number, max: number): Array<{ w: string; s: number; e: number }> {
  const out: Array<{ w: string; s: number; e: number }> = [];
  const slice = text.slice(from, from + max);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) out.push({ w: m[0], s: from + m.index, e: from + m.index + m[0].length });
  return out;
}

export function readCountedPeople(lex: CompiledLexicons, text: string, from: number, allowDeterminers: boolean): CountedPeople | null {
  const { victim } = nounsOf(lex);
  const toks = tokenize(text, from, 140);
  let i = 0;
  let low = 0;
  let best = 0;
  let high: number | null = null;
  let vague = false;
  let group: VictimGroup | null = null;
  let end = from;
  let phrases = 0;
  while (i < toks.length) {
    let j = i;
    let mod: "low" | "best" | "high" | undefined;
    for (const span of [2, 1]) {
      const words = toks.slice(j, j + span).map((t) => t.w.toLowerCase()).join(" ");
      const mm = lex.modifiers.get(words);
      if (mm) {
        mod = mm;
        j += span;
        break;
      }
    }
    if (j < toks.length && toks[j].w.toLowerCase() === "all") j++;
    // the quantity: number words (1-2 tokens), a vague word, or a determiner meaning one.
    let n: number | null = null;
    let isVague = false;
    let numeric = false;
    for (const span of [2, 1]) {
      if (j + span > toks.length) continue;
      const words = toks.slice(j, j + span).map((t) => t.w).join(" ");
      const v = lex.vague.get(words.toLowerCase());
      if (v) {
        n = v.low;
        isVague = true;
        j += span;
        break;
      }
      const num = parseNumber(lex, words);
      if (num !== null && !(span === 1 && DETERMINER_ONE.has(words.toLowerCase()) && words.toLowerCase() !== "one")) {
        if (num >= 1900 && num <= 2100) return phrases > 0 ? { low, best, high, vague, victim: group ?? "unknown", end } : null;
        n = num;
        numeric = true;
        j += span;
        break;
      }
    }
    if (n === null && (allowDeterminers || phrases > 0) && j < toks.length && DETERMINER_ONE.has(toks[j].w.toLowerCase())) {
      n = 1;
      j++;
    }
    if (n === null) break;
    if (j < toks.length && UNITS.test(toks[j].w)) break;
    if (j < toks.length && toks[j].w.toLowerCase() === "of") {
      j++;
      if (j < toks.length && /^(?:the|them|these|those)$/i.test(toks[j].w)) j++;
    }
    // up to three modifiers, then a person noun
    let noun: string | null = null;
    let k = j;
    for (let step = 0; step < 4 && k < toks.length; step++, k++) {
      const w = toks[k].w.toLowerCase();
      if (victim.has(w)) {
        noun = w;
        break;
      }
      if (STOP.has(w) || /^[,;:.]$/.test(w) || w === "and" || w === "or") break;
    }
    if (noun === null) {
      // "killing 20", "5 ISGS and 2 JNIM militants": a bare number still counts; a lone "a"/"the" does not.
      if (!numeric && !isVague) break;
      const next = toks[k]?.w.toLowerCase();
      if (k > j + 2 || (next !== undefined && !["and", ",", ".", ";", "were", "was", "killed", "dead", "in", "and/or"].includes(next))) break;
      k = k - 1;
    }
    const add = n;
    low += add;
    best += add;
    if (mod === "high") high = (high ?? 0) + add;
    vague ||= isVague;
    const g = noun ? victim.get(noun) ?? "unknown" : "unknown";
    group = group === null || group === g ? g : "unknown";
    phrases++;
    end = toks[Math.max(k, j - 1)]?.e ?? end;
    i = k + 1;
    // "(including ...)" or "of the X community" trails
    if (toks[i]?.w === "(") {
      const close = toks.findIndex((t, idx) => idx > i && t.w === ")");
      if (close > 0) i = close + 1;
    }
    // coordination: ", and 2 ...", "and a ..."; a bare "and civilians" stays in the same group
    let c = i;
    if (toks[c]?.w === ",") c++;
    if (toks[c]?.w.toLowerCase() === "and") c++;
    if (c === i) break;
    const after = toks[c]?.w.toLowerCase();
    if (after !== undefined && victim.has(after)) {
      end = toks[c].e;
      i = c + 1;
      continue;
    }
    i = c;
  }
  if (phrases === 0) return null;
  return { low, best, high, vague, victim: group ?? "unknown", end };
}
