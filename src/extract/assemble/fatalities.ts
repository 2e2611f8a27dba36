import type { Fatalities } from "../../domain/index.js";
import type { FatalityValue } from "../facts.js";
import type { Hit } from "../rule.js";
import type { SentenceFacts } from "./sentence-facts.js";

const BODIES = /(?<![\p{L}])(?:bod(?:y|ies)|corpses?)(?![\p{L}])/iu;

/** Which side the dead were on, read from the words of the count: deaths of different sides add up. */
type Side = "state" | "militia" | "militant" | "civilian";
const SIDES: Array<[Side, RegExp]> = [
  ["militia", /(?<![\p{L}])(?:vdps?|volunteers?|volunteer\s+fighters?|koglweogos?|dozos?|militiam[ae]n|militias?|self-defen[cs]e|gatia|msa|cma|hcua|mnla|platform|dan\s+na\s+ambassagou|supplétifs?|volontaires?)(?![\p{L}])/iu],
  ["state", /(?<![\p{L}])(?:soldiers?|troops?|gendarmes?|police(?:m[ae]n|\s+officers?)?|policiers?|guards?|fama|fds|peacekeepers?|servicem[ae]n|customs|army|military|militaires?|soldats?|casques\s+bleus|defen[cs]e\s+and\s+security)(?![\p{L}])/iu],
  ["militant", /(?<![\p{L}])(?:militants?|jihadists?|jihadis|djihadistes?|terrorists?|terroristes?|assailants?|assaillants?|attackers?|gunm[ae]n|insurgents?|islamists?|fighters?|combatants?|bandits?|rebels?|jnim|isgs|iswap|aqim|ansaroul|ranks|rangs)(?![\p{L}])/iu],
  ["civilian", /(?<![\p{L}])(?:civilians?|civils?|villagers?|villageois|residents?|women|children|traders?|herders?|herdsm[ae]n|farmers?|worshipp?ers?|passengers?|miners?|teachers?|pupils?|students?|displaced|idps?|femmes|enfants|habitants|commerçants|éleveurs|orpailleurs)(?![\p{L}])/iu],
];

/** A count of new dead, not a restatement: "were also killed", "2 more died", "two dead in its ranks", "later succumbed". */
const ADDED = /(?<![\p{L}])(?:also|more(?!\s+than)|another|second|third|fourth|fifth|additional|further|as\s+well|too|own\s+ranks|in\s+(?:its|their|his)\s+ranks|later\s+(?:died|succumbed)|succumbed|died\s+(?:of|from)\s+(?:\p{L}+\s+)?(?:wounds|injuries)|died\s+(?:at|in)\s+(?:the\s+|a\s+)?hospital|également|aussi|dans\s+(?:ses|leurs)\s+rangs)(?![\p{L}])/iu;

/** Another source's figure for the same dead: the conservative figure stands. */
const OTHER_SOURCE_WORDS = /(?<![\p{L}])(?:(?:other|some|different)\s+sources?|contradict(?:s|ed|ing)?|disputed?|denounced|described\s+(?:it|them|the\s+\p{L}+)\s+as|d['’]autres\s+sources|selon\s+d['’]autres)(?![\p{L}])/iu;
/** "although", "however" oppose another account only beside a source or a restriction ("although only one body was found"). */
const CONTRAST = /(?<![\p{L}])(?:although|whereas|however|cependant|toutefois)(?![\p{L}])/iu;
const ACCOUNT = /(?<![\p{L}])(?:sources?|said|says|claim(?:ed|s)?|report(?:ed|s)?|according|spoke|only|selon|affirm\p{L}*)(?![\p{L}])/iu;
/** Another account of the dead: always for "other sources", for a contrast only when the two counts are not of different sides. */
function otherAccount(text: string, sidesDiffer: boolean): boolean {
  return OTHER_SOURCE_WORDS.test(text) || (!sidesDiffer && CONTRAST.test(text) && ACCOUNT.test(text));
}

/** A side's own claim: restating the same dead, it counts only when lower. */
const CLAIM = /(?<![\p{L}])(?:claim(?:ed|s|ing)?|said|says|stated|according\s+to|acknowledg(?:ed|ing)|revendiqu\p{L}*|selon)(?![\p{L}])/iu;

/** A figure the report itself doubts. */
const UNVERIFIED = /(?<![\p{L}])(?:could|can|cannot)\s*(?:not\s+)?be\s+independently\s+(?:verified|confirmed|corroborated)(?![\p{L}])/iu;

/** "including 2 in Ndidja": part of a total told just before. */
const INCLUDING = /(?<![\p{L}])(?:including|incl\.?|among\s+them|of\s+whom|dont)\s*[:,]?\s*$/iu;

/** ACLED's figure for dead of unknown number ("unknown fatalities coded as 10"): a claim the report doubts becomes this. */
const UNKNOWN_DEAD = 10;

interface Total {
  low: number;
  best: number;
  high: number | null;
  vague: boolean;
  victim: string;
  sides: Set<Side>;
}

function sideOf(h: Hit<FatalityValue>, sf: SentenceFacts): Side | null {
  for (const [side, re] of SIDES) if (re.test(h.text)) return side;
  // "two dead in its ranks": the side named just after the count
  const local = h.end - sf.sentence.start;
  const after = sf.text.slice(local, local + 24);
  for (const [side, re] of SIDES) if (re.test(after)) return side;
  return null;
}

/** The text of a sentence before a hit, from the end of the hit before it (or the sentence start). */
function gapBefore(sf: SentenceFacts, hits: Hit<FatalityValue>[], i: number): string {
  const from = i === 0 ? 0 : hits[i - 1].end - sf.sentence.start;
  return sf.text.slice(Math.max(0, from), hits[i].start - sf.sentence.start);
}

/** The counts of one sentence that stand: breakdowns of a total, bodies beside a count and doubted other-source figures go. */
function sentenceHits(sf: SentenceFacts, hits: Hit<FatalityValue>[]): Hit<FatalityValue>[] {
  let own = hits.filter((h) => h.value.best > 0);
  // "the army claimed nine militants killed, although rights groups spoke of nine civilians executed": one figure, the lower
  const alt = own.findIndex((h, i) => {
    if (i === 0 || ADDED.test(h.text)) return false;
    const a = sideOf(own[i - 1], sf);
    const b = sideOf(h, sf);
    return otherAccount(gapBefore(sf, own, i), a !== null && b !== null && a !== b);
  });
  if (alt > 0) {
    const first = own.slice(0, alt);
    const second = own.slice(alt);
    const sum = (hs: Hit<FatalityValue>[]) => hs.reduce((a, h) => a + h.value.best, 0);
    own = sum(second) < sum(first) ? second : first;
  }
  // "killed at least 12 fighters (9 corpses recovered)": bodies found restate deaths counted beside them
  // ("six more corpses were found" are new dead)
  const counted = own.some((h) => !BODIES.test(h.text));
  // (nor do the captives' bodies: "arrested nine men, their corpses were found")
  own = own.filter((h) => !(counted && BODIES.test(h.text) && !ADDED.test(h.text) && !h.rule.includes("captives")));
  // "left at least 5 dead, including 2 in X and 2 in Y": the parts are in the total
  own = own.filter((h, i) => i === 0 || !INCLUDING.test(gapBefore(sf, own, i)));
  // "killed 17 displaced ...; 14 were executed while 3 succumbed": a breakdown that sums to the count before it
  for (let i = 0; i + 2 < own.length; i++) {
    let sum = 0;
    for (let j = i + 1; j < own.length; j++) {
      sum += own[j].value.best;
      if (sum === own[i].value.best && j > i + 1) {
        own = [...own.slice(0, i + 1), ...own.slice(j + 1)];
        break;
      }
      if (sum > own[i].value.best) break;
    }
  }
  return own;
}

function totalOf(sf: SentenceFacts, own: Hit<FatalityValue>[]): Total {
  let low = 0;
  let best = 0;
  let high: number | null = null;
  let vague = false;
  let victim: string | null = null;
  const sides = new Set<Side>();
  for (const h of own) {
    low += h.value.low;
    best += h.value.best;
    if (h.value.high !== null) high = (high ?? 0) + h.value.high;
    vague ||= h.value.vague;
    victim = victim === null || victim === h.value.victim ? h.value.victim : "unknown";
    const side = sideOf(h, sf);
    if (side) sides.add(side);
  }
  return { low, best, high, vague, victim: victim ?? "unknown", sides };
}

function add(a: Total, b: Total): Total {
  return {
    low: a.low + b.low, best: a.best + b.best, high: a.high === null || b.high === null ? null : a.high + b.high,
    vague: a.vague || b.vague, victim: a.victim === b.victim ? a.victim : "unknown", sides: new Set([...a.sides, ...b.sides]),
  };
}

/** Whether the sentence's figure is one the report doubts ("a toll that cannot be independently confirmed", or the next sentence says so). */
function doubted(sentences: SentenceFacts[], i: number): boolean {
  if (UNVERIFIED.test(sentences[i].text)) return true;
  const next = sentences[i + 1];
  return next !== undefined && next.fatalities.length === 0 && /^\s*(?:the|this|these|such)\s+(?:\p{L}+\s+){0,2}(?:figures?|tolls?|claims?|numbers?|casualt(?:y|ies))/iu.test(next.text) && UNVERIFIED.test(next.text);
}

/**
 * Deaths in an event: within a sentence the counts add up ("two soldiers ... a policeman"), less
 * breakdowns and another source's figure; across sentences, counts of new dead ("also", "more",
 * "in its ranks", "later succumbed") and of other sides add up, restatements of the same dead do
 * not: a stated figure wins over a vague word ("killed 60 soldiers" over "dozens of soldiers"), a
 * later or larger toll over an earlier one, but another source's or a claimant's figure only when
 * lower (ACLED's conservative figure). A figure the report doubts counts only when it is all there
 * is, as an unknown number of dead. Background words never reach here (background sentences are
 * not part of events).
 */
export function combineFatalities(sentences: SentenceFacts[]): { value: Fatalities; hits: Hit<FatalityValue>[] } {
  const used: Hit<FatalityValue>[] = [];
  let total: Total | null = null;
  let zero: Hit<FatalityValue> | null = null;
  let doubtedTotal: { total: Total; hits: Hit<FatalityValue>[] } | null = null;
  sentences.forEach((sf, si) => {
    if (sf.quoted && sentences.length > 1 && sf !== sentences[0]) return;
    zero ??= sf.fatalities.find((h) => h.value.best === 0) ?? null;
    const own = sentenceHits(sf, sf.fatalities);
    if (own.length === 0) return;
    const s = totalOf(sf, own);
    if (doubted(sentences, si)) {
      doubtedTotal ??= { total: s, hits: own };
      return;
    }
    if (total === null) {
      total = s;
      used.push(...own);
      return;
    }
    const t: Total = total;
    const added = own.some((h) => ADDED.test(h.text) || ADDED.test(sf.text.slice(h.end - sf.sentence.start, h.end - sf.sentence.start + 24)));
    const otherSide = s.sides.size > 0 && t.sides.size > 0 && [...s.sides].every((x) => !t.sides.has(x));
    const otherVictims = t.victim !== "unknown" && s.victim !== "unknown" && t.victim !== s.victim;
    // "some sources put the toll at 50", or a side's claim restating the same dead: the conservative figure stands
    const conservative = otherAccount(sf.text, otherSide) || (CLAIM.test(sf.text) && !added && !otherSide && !otherVictims);
    if (conservative) {
      // a stated figure still beats a vague one
      if ((t.vague && !s.vague) || (t.vague === s.vague && s.best < t.best)) {
        total = s;
        used.splice(0, used.length, ...own);
      }
    } else if (added || otherSide || otherVictims) {
      total = add(t, s);
      used.push(...own);
    } else if ((t.vague && !s.vague) || (t.vague === s.vague && s.best > t.best)) {
      total = s;
      used.splice(0, used.length, ...own);
    }
  });
  const dt = doubtedTotal as { total: Total; hits: Hit<FatalityValue>[] } | null;
  if (total === null && dt) {
    const n = Math.min(UNKNOWN_DEAD, dt.total.low);
    return { value: { low: n, best: n, high: null, text: dt.hits.map((h) => h.text).join("; ") }, hits: dt.hits };
  }
  const z = zero as Hit<FatalityValue> | null;
  if (total === null) {
    if (z) return { value: { low: 0, best: 0, high: 0, text: z.text }, hits: [z] };
    return { value: { low: null, best: null, high: null, text: null }, hits: [] };
  }
  const t: Total = total;
  return { value: { low: t.low, best: t.best, high: t.high, text: used.map((h) => h.text).join("; ") }, hits: used };
}
