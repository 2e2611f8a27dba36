import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

/** A death verb with no object after it: what precedes it is the one who died. */
const PATTERNS = {
  en: /(?<![\p{L}])(?:killed|assassinated|executed|murdered|beheaded|shot\s+dead|shot\s+down|found\s+dead)(?=\s+(?:by|and|in|at|on|near|overnight|while|after|during|today|yesterday|last|this|inside|outside)(?![\p{L}])|\s*[,.;:]|\s*$)/giu,
  fr: /(?!)/gu,
};
const AUX = /(?:\s+(?:was|were|has\s+been|had\s+been|reportedly|allegedly|presumably|probably|also|later|subsequently|shot\s+and|(?:abducted|arrested|kidnapped|detained|captured|tortured)\s+and|[\p{L}]+ly))+\s*$/iu;
const DETERMINER = /^(?:the|a|an|one|another|his|her)$/i;
/** Subjects that do the killing, or are not people ("the attack killed ..."). */
const NOT_VICTIM = /^(?:majority|minority|rest|remainder|half|goats?|sheep|cows?|camels?|donkeys?|dogs?|horses?|animals?|livestock|army|forces?|troops?|military|police|gendarmerie|militants?|gunmen|jihadists?|group|attack|explosion|ambush|blast|strike|ied|mine|clash|fighting|operation|raid|bomb|people|persons|who|which|that|and|or)$/i;
/** "Guide of the anti-poaching brigade", "Councilman in Tanli": the person is named before these. */
const QUALIFIER_WORDS = /^(?:of|in|at|from|for)$/i;
const CLAUSE_WORDS = /^(?:who|which|that|and|or|but|while|after|before|when|where|on|by|with|to|is|are|was|were|has|have|had|been|being|[\p{L}]+ly)$/iu;

/**
 * "the village chief killed and others wounded", "Marabout killed by unknown gunmen", "A health
 * worker was assassinated overnight": one named or singular victim counts one (ACLED's reading).
 * Plurals without a number ("civilians killed") count nothing.
 */
export function singularVictimKilledRule(lex: CompiledLexicons): Rule<FatalityValue> {
  return {
    name: `${lex.lang}/fatalities-singular-victim`,
    pattern: PATTERNS[lex.lang],
    extract(m, env) {
      const from = Math.max(0, m.index - 120);
      const before = env.text.slice(from, m.index);
      const aux = AUX.exec(before);
      // "killed by unknown gunmen": passive, whoever is named before
      const passive = (aux !== null && /was|were|been/i.test(aux[0])) || /^\s+by\b/i.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 5));
      const head = aux ? before.slice(0, aux.index) : before.replace(/\s+$/, "");
      // the clause: back to the sentence start, a comma, a colon or a semicolon
      const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(":"), head.lastIndexOf(". "), head.lastIndexOf("\n"));
      const sentenceStart = cut < 0 ? from === 0 : head[cut] === "." || head[cut] === "\n";
      let words = head.slice(cut + 1).trim().split(/\s+/).filter((w) => w.length > 0);
      if (words.length === 0 || words.length > 9) return null;
      // "Forest guard and his guide killed by ...": two people, each named in the singular
      const pairAt = words.findIndex((w, i) => /^and$/i.test(w) && /^(?:his|her)$/i.test(words[i + 1] ?? "") && words.length - i <= 4);
      const count = pairAt > 0 ? 2 : 1;
      if (pairAt > 0) words = words.slice(0, pairAt);
      if (words.length > 6) return null;
      if (words.some((w) => CLAUSE_WORDS.test(w) || /\d/.test(w))) return null;
      const q = words.findIndex((w) => QUALIFIER_WORDS.test(w));
      if (q === 0) return null;
      const headWords = q > 0 ? words.slice(0, q) : words;
      const last = headWords[headWords.length - 1];
      // one person: a singular head noun ("chief", "officer"), not "civilians"
      if (/s$/i.test(last) && !/(?:ss|us)$/i.test(last)) return null;
      if (!passive && headWords.some((w) => NOT_VICTIM.test(w))) return null;
      if (passive && NOT_VICTIM.test(last)) return null;
      const determined = DETERMINER.test(words[0]);
      if (!determined && !(sentenceStart && /^[\p{Lu}]/u.test(words[0]))) return null;
      if (!determined && /^(?:the|a|an)$/i.test(words[0])) return null;
      const start = from + (cut + 1) + (head.slice(cut + 1).length - head.slice(cut + 1).trimStart().length);
      return { value: { low: count, best: count, high: null, victim: "unknown", vague: false }, start, end: m.index + m[0].length };
    },
  };
}
