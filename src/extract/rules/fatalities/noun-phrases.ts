import actorsJson from "../../lexicons/actors.json" with { type: "json" };
import quantifiersJson from "../../lexicons/quantifiers.json" with { type: "json" };
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

/** Head words too general to take a side from a longer alias ("staff members" makes no side of "members"). */
const GENERIC_HEADS = new Set(["members", "member", "staff", "elements", "membres", "éléments"]);

/** Person nouns from the actor lexicon (plain aliases), with the side they are on. */
function nounsOf(lex: CompiledLexicons): Nouns {
  let n = nounCache.get(lex);
  if (n) return n;
  const victim = new Map<string, VictimGroup>();
  for (const entry of actorsJson.templated) {
    const group: VictimGroup = entry.target_kind === "civilian" ? "civilian" : "armed";
    for (const alias of entry.aliases[lex.lang]) {
      if (alias.startsWith("re:") || alias.startsWith("cs:")) continue;
      const words = alias.toLowerCase().split(/\s+/);
      const last = words.pop() as string;
      // "staff members" makes no side of every "members"
      if (words.length > 0 && GENERIC_HEADS.has(last)) continue;
      if (!victim.has(last)) victim.set(last, group);
    }
  }
  for (const w of actorsJson.generic_group_nouns[lex.lang]) if (!victim.has(w.toLowerCase())) victim.set(w.toLowerCase(), "armed");
  for (const w of actorsJson.ethnic_militia.nouns[lex.lang]) {
    const last = w.toLowerCase().split(/\s+/).pop() as string;
    if (!victim.has(last)) victim.set(last, "armed");
  }
  for (const w of ["volunteers", "volunteer", "gendarmes", "militiamen", "militiaman", "others", "victims", "bodies", "corpses", "occupants", "occupant", "dozos", "vdps", "peacekeepers", "peacekeeper", "dead", "deaths", "fatalities", "victimes", "tués", "morts", "corps"]) {
    if (!victim.has(w)) victim.set(w, w === "peacekeepers" || w === "peacekeeper" || w.startsWith("vdp") || w.startsWith("dozo") || w.startsWith("gendarme") || w.startsWith("militia") || w.startsWith("volunteer") ? "armed" : "unknown");
  }
  for (const w of quantifiersJson.person_nouns[lex.lang]) if (!victim.has(w.toLowerCase())) victim.set(w.toLowerCase(), "unknown");
  n = { victim };
  nounCache.set(lex, n);
  return n;
}

const TOKEN = /[\p{L}\p{N}'’-]+|[,;:.()&]/gu;
/** Words that end a noun phrase: verbs and conjunctions of another clause. */
const STOP = new Set(["wounded", "injured", "injuring", "wounding", "abducted", "kidnapped", "arrested", "missing", "were", "was", "had", "have", "has", "while", "who", "which", "that", "after", "before", "in", "at", "on", "near", "during", "when", "with", "by", "from", "to", "into", "killed", "dead", "died", "succumbed", "is", "are", "blessés", "enlevés"]);
const UNITS = /^(?:km|kms|kilometers|kilometres|miles|hours?|days?|weeks?|months?|years?|h|am|pm|percent|%|motorbikes?|motorcycles?|vehicles?|cattle|heads?|houses?|shops?|sheep|goats?|oxen|cows?|camels?|donkeys?|horses?|livestock|animals?|dogs?|bulls?)$/i;
/** Words after which a phrase is over: "killed a mechanic and ...", "killing four while ...". */
const PHRASE_END = new Set([",", ".", ";", ":", "(", "and", "of", "to", "in", "was", "were", "has", "had", "at", "on", "near", "while", "who", "whom", "from", "during", "after", "before", "with", "as", "when", "because", "between", "inside", "outside", "et", "à", "dans", "lors"]);
const MONTH_AFTER = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|sept|déc)/i;
const DETERMINER_ONE = new Set(["a", "an", "the", "his", "her", "their", "its", "one", "another", "un", "une", "le", "la", "son", "sa"]);

/** "killing three soldiers, the defence ministry said": a source named after the count, not a victim. */
const ATTRIBUTION = /\b(?:said|says|reported|reports|announced|told|stated|according|claimed|confirmed)\b/i;

/** People named by what was done to them, after "of the": "five of the seven abducted", "one of the hostages". */
const TAKEN = /^(?:abducted|arrested|kidnapped|detained|captured|hostages|captives|detainees|missing|prisoners)$/i;
/** Words for a part of a group told before, not a person: "a majority was executed". */
const PART_WORDS = new Set(["majority", "minority", "part", "half", "rest", "remainder", "number", "few", "handful"]);
/** What may stand between a group and its participle: "three others were subsequently abducted". */
const AUX_WORDS = new Set(["were", "was", "had", "have", "has", "been", "also", "later", "then", "subsequently", "reportedly", "allegedly", "all", "ont", "été", "sont"]);
/** Participles that say a group was not killed. */
const NOT_DEAD = new Set(["wounded", "injured", "hurt", "abducted", "kidnapped", "arrested", "captured", "detained", "missing", "released", "escaped", "freed", "rescued", "taken", "blessés", "enlevés", "arrêtés"]);

const DEATH_AFTER_NOUN = new Set(["dead", "tués", "tuées", "morts", "mortes"]);

export interface CountedPeople extends FatalityValue {
  /** Offset just after the phrase. */
  end: number;
}

function tokenize(text: string, from: number, max: number): Array<{ w: string; s: number; e: number }> {
  const out: Array<{ w: string; s: number; e: number }> = [];
  const slice = text.slice(from, from + max);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  // "1 gendarme & 6 assailants": an ampersand is "and"
  while ((m = TOKEN.exec(slice)) !== null) out.push({ w: m[0] === "&" ? "and" : m[0], s: from + m.index, e: from + m.index + m[0].length });
  return out;
}

/**
 * allowDeterminers: "a"/"the" count one before a person noun. lenient: after a killing verb any
 * plural word may be the people counted ("executed seventeen worshipers").
 */
export function readCountedPeople(lex: CompiledLexicons, text: string, from: number, allowDeterminers: boolean, lenient = false, ofEndsPhrase = false): CountedPeople | null {
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
  let afterBareComma = false;
  while (i < toks.length) {
    let j = i;
    let mod: "low" | "best" | "high" | undefined;
    // "a total of 12", "at least 5", "a reported ten"
    for (const span of [3, 2, 1]) {
      const words = toks.slice(j, j + span).map((t) => t.w.toLowerCase()).join(" ");
      const mm = lex.modifiers.get(words);
      if (mm) {
        mod = mm;
        j += span;
        break;
      }
    }
    if (j < toks.length && toks[j].w.toLowerCase() === "all") j++;
    // "the two occupants", "his three sons": the number counts, not the article
    if (/^(?:the|his|her|their|les|ses|leurs)$/i.test(toks[j]?.w ?? "") && parseNumber(lex, toks[j + 1]?.w ?? "") !== null && !DETERMINER_ONE.has(toks[j + 1].w.toLowerCase())) j++;
    // "between 20 and 32 people": the range's ends are the low and high figures
    let rangeHigh: number | null = null;
    if (toks[j]?.w.toLowerCase() === "between" || toks[j]?.w.toLowerCase() === "entre") {
      const a = parseNumber(lex, toks[j + 1]?.w ?? "");
      const b = parseNumber(lex, toks[j + 3]?.w ?? "");
      if (a !== null && b !== null && /^(?:and|et|-|to|à)$/i.test(toks[j + 2]?.w ?? "")) {
        rangeHigh = b;
        toks.splice(j, 4, { w: String(a), s: toks[j].s, e: toks[j + 3].e });
      }
    }
    // "6-8 killed", "15 to 20 civilians": a range is its low end, the high end bounds it
    const dashed = /^(\d+)-(\d+)$/.exec(toks[j]?.w ?? "");
    if (dashed && Number(dashed[1]) < Number(dashed[2])) {
      rangeHigh = Number(dashed[2]);
      toks.splice(j, 1, { w: dashed[1], s: toks[j].s, e: toks[j].e });
    } else if (/^\d+$/.test(toks[j]?.w ?? "") && /^(?:to|à)$/i.test(toks[j + 1]?.w ?? "") && /^\d+$/.test(toks[j + 2]?.w ?? "") && Number(toks[j].w) < Number(toks[j + 2].w)) {
      rangeHigh = Number(toks[j + 2].w);
      toks.splice(j, 3, { w: toks[j].w, s: toks[j].s, e: toks[j + 2].e });
    }
    // the quantity: number words (1-2 tokens), a vague word ("an unknown number": 1-3 tokens), or a determiner meaning one.
    let n: number | null = null;
    let isVague = false;
    let numeric = false;
    for (const span of [3, 2, 1]) {
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
    // "executed her", "killed him": an object pronoun is one person
    if (n === null && lenient && /^(?:him|her)$/i.test(toks[j]?.w ?? "") && (j + 1 >= toks.length || PHRASE_END.has(toks[j + 1].w.toLowerCase()))) {
      low += 1;
      best += 1;
      phrases++;
      end = toks[j].e;
      break;
    }
    // after a bare comma a determiner starts another group only before a person noun: "killing three soldiers, the defence ministry said"
    if (n === null && (allowDeterminers || phrases > 0) && !(afterBareComma && (ATTRIBUTION.test(toks.slice(j, j + 6).map((t) => t.w).join(" ")) || !toks.slice(j + 1, j + 5).some((t) => victim.has(t.w.toLowerCase())))) && j < toks.length && DETERMINER_ONE.has(toks[j].w.toLowerCase())) {
      n = 1;
      j++;
    }
    if (n === null) break;
    // "the head of the polling station" is a person; "200 head of cattle" is not
    if (j < toks.length && ((UNITS.test(toks[j].w) && !(n === 1 && !numeric && /^head$/i.test(toks[j].w)) && !victim.has(toks[j + 1]?.w.toLowerCase() ?? "")) || (numeric && (MONTH_AFTER.test(toks[j].w) || toks[j].w === ")")))) break;
    let partitive = false;
    if (j < toks.length && toks[j].w.toLowerCase() === "of") {
      partitive = true;
      j++;
      if (j < toks.length && /^(?:the|them|these|those|their|his|her)$/i.test(toks[j].w)) j++;
      // "several of their livestock"
      if (j < toks.length && UNITS.test(toks[j].w)) break;
      // "five of the seven abducted": the part counts, the whole is only named
      if (parseNumber(lex, toks[j]?.w ?? "") !== null && TAKEN.test(toks[j + 1]?.w ?? "")) j++;
    }
    // up to three modifiers, then a person noun
    let noun: string | null = null;
    let k = j;
    // group names and brackets do not use up the modifiers: "eleven presumed Katiba Serma (JNIM) fighters"
    let free = 3;
    for (let step = 0; step < 4 && k < toks.length; step++, k++) {
      if (partitive && step === 0 && TAKEN.test(toks[k].w)) {
        noun = toks[k].w.toLowerCase();
        break;
      }
      // "(JNIM)" inside the phrase: skip it
      if (toks[k].w === "(") {
        const close = toks.findIndex((t, idx) => idx > k && t.w === ")");
        // skip the brackets only when a person noun follows them ("(JNIM) militants")
        if (close < 0 || close - k > 6 || !victim.has(toks[close + 1]?.w.toLowerCase() ?? "")) break;
        k = close;
        if (free-- > 0) step--;
        continue;
      }
      const w = toks[k].w.toLowerCase();
      if ((numeric || isVague) && step > 0 && /^[\p{Lu}]/u.test(toks[k].w) && !victim.has(w) && free > 0) {
        free--;
        step--;
        continue;
      }
      if (victim.has(w) || (lenient && numeric && step < 3 && (n === 1 ? /^[\p{Ll}][\p{Ll}-]{2,}$/u : /^[\p{Ll}][\p{Ll}-]{2,}s$/u).test(toks[k].w) && !/(?:ed|ing|ly|ous|al)$/.test(w) && !UNITS.test(w) && !STOP.has(w))) {
        noun = w;
        // compound nouns: "volunteer fighters", "gold miners"; a death word after the noun is the verb ("civils tués", "soldiers dead")
        while (k + 1 < toks.length && victim.has(toks[k + 1].w.toLowerCase()) && !DEATH_AFTER_NOUN.has(toks[k + 1].w.toLowerCase())) k++;
        break;
      }
      // "six presumed JNIM or ISGS militants": a choice between groups stays inside the phrase
      if ((w === "or" || w === "and/or") && /^[\p{Lu}]/u.test(toks[k + 1]?.w ?? "") && step < 3) {
        step--;
        continue;
      }
      // "three MSA and GATIA combatants": "and" between two group names stays inside the phrase
      if (w === "and" && step > 0 && (numeric || isVague) && /^[\p{Lu}]{2,}/u.test(toks[k - 1]?.w ?? "") && /^[\p{Lu}]{2,}/u.test(toks[k + 1]?.w ?? "") && step < 3) {
        step--;
        continue;
      }
      // "JNIM and/or ISGS militants" ("/" is no token: "and", "or")
      if (w === "and" && toks[k + 1]?.w.toLowerCase() === "or" && /^[\p{Lu}]/u.test(toks[k + 2]?.w ?? "") && step < 3) {
        step--;
        k++;
        continue;
      }
      if (STOP.has(w) || /^[,;:.]$/.test(w) || w === "and" || w === "or") break;
      // "the owner of a workshop", "the head of the medical centre": the person is the word before "of"
      if (ofEndsPhrase && w === "of" && step > 0 && !numeric && !isVague) break;
    }
    if (noun === null) {
      const next = toks[k]?.w.toLowerCase();
      if (!numeric && !isVague) {
        // after a killing verb, "a mechanic", "a Koglweogo", "the son": one person, whatever the word ("a majority" is not one)
        if (PART_WORDS.has(toks[j]?.w.toLowerCase() ?? "")) break;
        if (!lenient || k === j || k > j + 4 || (next !== undefined && !PHRASE_END.has(next) && !DEATH_AFTER_NOUN.has(next) && next !== "killed")) break;
        k = k - 1;
      } else {
        // "killing 20", "5 ISGS and 2 JNIM militants", "killing four while...": a bare number still counts
        if (k > j + 2 || (next !== undefined && !["and", ".", ";", "were", "was", "killed", "dead", "died", "succumbed", "reported", "reportedly"].includes(next) && !(lenient && PHRASE_END.has(next)))) break;
        k = k - 1;
      }
    }
    // a later group of the list that was not killed: "killing four elders, three others were abducted", "killed a guard, and two others wounded"
    if (phrases > 0) {
      let q = k + 1;
      while (q < toks.length && AUX_WORDS.has(toks[q].w.toLowerCase())) q++;
      if (NOT_DEAD.has(toks[q]?.w.toLowerCase() ?? "")) break;
      // "killed two herders, their bodies were found", "two gunmen, one of the assailants killed", "two men, one from Tanli and the other from Dori": the same people again
      if (afterBareComma && (noun === "bodies" || noun === "corpses" || noun === "remains" || partitive || (n === 1 && numeric && /^(?:from|of|aged|in)$/i.test(toks[k + 1]?.w ?? "")))) break;
    }
    // "an unknown number of dead and wounded": the dead are not told apart from the wounded, so only "a few" are sure
    if (isVague && (noun === "dead" || noun === "morts") && /^(?:and|or|et)$/i.test(toks[k + 1]?.w ?? "") && /^(?:wounded|injured|blessés)$/i.test(toks[k + 2]?.w ?? "")) {
      n = Math.min(n, (lex.vague.get("a few") ?? lex.vague.get("quelques"))?.low ?? n);
    }
    const add = noun === "couple" && n === 1 ? 2 : n;
    low += add;
    best += add;
    if (mod === "high") high = (high ?? 0) + add;
    if (rangeHigh !== null) high = (high ?? 0) + rangeHigh;
    vague ||= isVague;
    const g = noun ? victim.get(noun) ?? "unknown" : "unknown";
    group = group === null || group === g ? g : "unknown";
    phrases++;
    end = toks[Math.max(k, j - 1)]?.e ?? end;
    i = k + 1;
    // "at least one dead and two donkeys wounded": the death word closes the list
    if ((noun === null && /^(?:dead|killed|died|succumbed)$/i.test(toks[i]?.w ?? "")) || noun === "dead") break;
    // "(including ...)" or "of the X community" trails
    if (toks[i]?.w === "(") {
      const close = toks.findIndex((t, idx) => idx > i && t.w === ")");
      if (close > 0) i = close + 1;
    }
    // "the second-in-command of ISGS and six of his bodyguards": the "of" trail, then the next group
    if (ofEndsPhrase && toks[i]?.w.toLowerCase() === "of") {
      // "a member of Dan Na Ambassagou, his son": a comma before a possessive also joins the next group
      const q = toks.findIndex((t, idx) => idx > i && idx <= i + 9 && (t.w.toLowerCase() === "and" || (t.w === "," && /^(?:his|her|their)$/i.test(toks[idx + 1]?.w ?? ""))));
      const nextWord = toks[q + 1]?.w ?? "";
      if (q > 0 && !toks.slice(i, q).some((t) => /^(?:[,;:.]|including|among|incl)$/i.test(t.w)) && (parseNumber(lex, nextWord) !== null || DETERMINER_ONE.has(nextWord.toLowerCase()))) i = q;
    }
    // "executed four men in Inata and five others at the mine": a place between the groups
    if (lenient && /^(?:in|at|near|from)$/i.test(toks[i]?.w ?? "")) {
      const q = toks.findIndex((t, idx) => idx > i && idx <= i + 9 && t.w.toLowerCase() === "and");
      const others = toks[q + 2]?.w.toLowerCase() ?? "";
      if (q > 0 && parseNumber(lex, toks[q + 1]?.w ?? "") !== null && /^(?:others|more|other)$/.test(others) && !toks.slice(i, q).some((t) => /^[,;:.()]$/.test(t.w) || NOT_DEAD.has(t.w.toLowerCase()) || (STOP.has(t.w.toLowerCase()) && !/^(?:in|at|near|from)$/i.test(t.w)))) i = q;
    }
    // "a trader with his driver and bodyguard": the companions named after "with his" died too
    if (lenient && toks[i]?.w.toLowerCase() === "with" && /^(?:his|her|their)$/i.test(toks[i + 1]?.w ?? "")) {
      let q = i + 2;
      let companions = 0;
      while (q < toks.length && victim.has(toks[q].w.toLowerCase()) && !/s$/i.test(toks[q].w)) {
        companions++;
        end = toks[q].e;
        q++;
        if (!/^(?:and|,)$/i.test(toks[q]?.w ?? "") || !victim.has(toks[q + 1]?.w.toLowerCase() ?? "")) break;
        q++;
      }
      if (companions > 0 && !NOT_DEAD.has(toks[q]?.w.toLowerCase() ?? "")) {
        low += companions;
        best += companions;
        break;
      }
    }
    // coordination: ", and 2 ...", "and a ..."; a bare "and civilians" stays in the same group
    let c = i;
    if (toks[c]?.w === "," && noun !== null) c++;
    if (toks[c]?.w.toLowerCase() === "and") c++;
    if (c === i) break;
    afterBareComma = c === i + 1 && toks[i].w === ",";
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
