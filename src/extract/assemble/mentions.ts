import type { ActorValue } from "../facts.js";
import type { Hit } from "../rule.js";
import type { ActorHitIn } from "./roles.js";

/*
 * Mentions of actors before roles are read: one group named twice in a row counts once, and
 * "the militants" after a named group are that group.
 */

export function isCivilianSide(h: Hit<ActorValue>): boolean {
  const e = h.value.sense.entry;
  return e.inter === 7 || e.inter === 6 || e.inter === 5;
}

/** A non-state armed party: rebels, political and identity militias (ACLED's inter codes 2 to 4). */
export function isNonStateArmed(h: Hit<ActorValue>): boolean {
  const inter = h.value.sense.entry.inter;
  return inter >= 2 && inter <= 4;
}

/** Same group: same entry, or entries ACLED codes under one name ("Katiba Macina (JNIM)" and "JNIM"). */
export function sameEntity(a: Hit<ActorValue>, b: Hit<ActorValue>): boolean {
  const ea = a.value.sense.entry;
  const eb = b.value.sense.entry;
  if (ea.acled_name && ea.acled_name === eb.acled_name) return true;
  return ea.id === eb.id && a.value.sense.ethnic === b.value.sense.ethnic;
}

/** "the militants", "the gunmen" after a named group: the same people, never their target. */
export function isGenericArmed(h: Hit<ActorValue>): boolean {
  const id = h.value.sense.entry.id;
  return id === "unidentified" || id === "islamist-militia";
}

/**
 * One group named twice in a row counts once, under the more telling name: "unknown gunmen
 * (presumably jihadists)" are coded as the bracketed group, "forces of Operation
 * Barkhane" and "troops of the G5 Sahel" as the named force.
 */
const BRACKET_BETWEEN = /^\s*\(\s*(?:(?:presumably|presumed|suspected|believed\s+to\s+be|assumed|allegedly|likely|probably|possibly|reportedly|thought\s+to\s+be|the|an?|présumés?|supposés?|probablement)\s+)*['"‘“]?$/iu;
/** "unknown gunmen, presumably Fulani militiamen": the same attribution as a bracket, after a comma. */
const COMMA_PRESUMED = /^\s*,\s*(?:presumably|presumed|suspected|believed\s+to\s+be|thought\s+to\s+be|allegedly|probably|likely|présumés?|probablement)\s+(?:(?:the|an?|des|de)\s+)?['"‘“]?$/iu;
const PRESUMED_WORD = /\b(?:presumably|presumed|suspected|believed|likely|probably|possibly|reportedly|présumés?|probablement)\b/iu;
const OF_BETWEEN = /^\s+(?:of|from|de|du|des|de\s+la|de\s+l['’])\s+(?:(?:the|la|le|les|l['’])\s*)?(?:(?:operation|opération)\s+)?$/iu;

export function mergeMentions(found: ActorHitIn[], text: string): ActorHitIn[] {
  const out: ActorHitIn[] = [];
  const dropped = new Set<ActorHitIn>();
  for (let i = 0; i < found.length; i++) {
    const x = found[i];
    if (dropped.has(x)) continue;
    const y = found[i + 1];
    // "hunters' (Dozo) position", "two youths (VDP)": the bracket says which armed group the people belong to
    if (y && y.sf === x.sf && isCivilianSide(x.hit) && x.hit.value.sense.entry.inter === 7 && !isCivilianSide(y.hit) && y.hit.value.sense.entry.specificity >= 2
      && /^['’]?\s*\(\s*$/.test(text.slice(x.hit.end, y.hit.start)) && /^\s*\)/.test(text.slice(y.hit.end, y.hit.end + 3))) {
      out.push({ ...y, hit: { ...y.hit, value: { ...y.hit.value, agent: x.hit.value.agent || y.hit.value.agent } } });
      dropped.add(y);
      continue;
    }
    if (y && y.sf === x.sf && !isCivilianSide(x.hit) && !isCivilianSide(y.hit) && !x.hit.value.facility) {
      const between = text.slice(x.hit.end, y.hit.start);
      const ex = x.hit.value.sense.entry;
      const ey = y.hit.value.sense.entry;
      // "Ansaroul Islam (JNIM)", "volunteer fighters (VDP)": a bracketed name of the same rank is an
      // affiliation or a gloss of the group just named, never a second party
      if (BRACKET_BETWEEN.test(between) && ex.specificity >= 3 && ey.specificity === ex.specificity && /^\s*\)/.test(text.slice(y.hit.end, y.hit.end + 3))) {
        out.push(x);
        dropped.add(y);
        continue;
      }
      // "security forces (presumably gendarmes)": the force the report narrows the state's forces down to
      const narrowed = ex.inter === 1 && ey.inter === 1 && ey.specificity === ex.specificity && ex.id !== ey.id && PRESUMED_WORD.test(between);
      const bracketed = (BRACKET_BETWEEN.test(between) || COMMA_PRESUMED.test(between)) && (ey.specificity > ex.specificity || narrowed) && ey.id !== "government";
      const ofNamed = OF_BETWEEN.test(between) && ex.specificity <= 2 && ey.specificity >= 3 && (ex.inter === 1) === (ey.inter === 1 || ey.inter === 8);
      if (bracketed || ofNamed) {
        // the named mention stands for both, "by" before the first one included ("killed by unknown gunmen (presumably JNIM)")
        out.push({ ...y, hit: { ...y.hit, value: { ...y.hit.value, agent: x.hit.value.agent || y.hit.value.agent } } });
        dropped.add(y);
        continue;
      }
    }
    out.push(x);
  }
  return out;
}

/** "the militants", "these assailants", "les assaillants": words that point back at a group already named. */
const ANAPHORIC_BEFORE = /(?<![\p{L}])(?:the|these|those|les|ces)\s+$/iu;

/**
 * "Katiba Macina militants seized cattle; the village has been besieged by the militants": generic
 * words with a definite article after a named armed group are that group again, not another actor.
 */
const MILITIA_WORD = /^milit(?:ia|iamen|iaman|ias)$|^miliciens?$/iu;
/** "JNIM and/or ISGS", "ISGS or JNIM": a pair of suspects, which "the militants" cannot single out. */
const PAIR_AROUND = { before: /(?:and\s*\/\s*or|\bor|et\s*\/\s*ou|\bou)\s+$/iu, after: /^\s*(?:and\s*\/\s*or|or|et\s*\/\s*ou|ou)\s/iu };

export function resolveAnaphora(hits: ActorHitIn[], text: string, anaphors: Set<ActorHitIn>, pairs: Map<ActorHitIn, ActorHitIn>): ActorHitIn[] {
  return hits.map((h, i) => {
    if (!isGenericArmed(h.hit) || !ANAPHORIC_BEFORE.test(text.slice(Math.max(0, h.hit.start - 8), h.hit.start))) return h;
    // "the militants" are the jihadist group named last; "the militiamen" the militia named last
    const militia = MILITIA_WORD.test(h.hit.text.trim());
    const fits = (g: ActorHitIn): boolean => {
      const e = g.hit.value.sense.entry;
      return e.specificity >= 3 && (militia ? e.inter === 3 || e.inter === 4 : e.inter === 2) && !g.hit.value.facility;
    };
    let j = i - 1;
    while (j >= 0 && !fits(hits[j])) j--;
    if (j < 0) return h;
    let named = hits[j];
    let second: ActorHitIn | null = null;
    // "presumed JNIM or ISGS militants ... the militants": the same pair of suspects, in its order
    if (PAIR_AROUND.before.test(text.slice(Math.max(0, named.hit.start - 8), named.hit.start))) {
      const first = hits[j - 1];
      if (!first || first.sf !== named.sf || !fits(first) || !PAIR_AROUND.before.test(text.slice(first.hit.end, named.hit.start))) return h;
      [named, second] = [first, named];
    } else if (PAIR_AROUND.after.test(text.slice(named.hit.end, named.hit.end + 8))) {
      const next = hits[j + 1];
      if (!next || next.sf !== named.sf || !fits(next) || !PAIR_AROUND.before.test(text.slice(named.hit.end, next.hit.start))) return h;
      second = next;
    }
    const out = { ...h, hit: { ...h.hit, value: { ...h.hit.value, sense: named.hit.value.sense } } };
    anaphors.add(out);
    if (second) pairs.set(out, second);
    return out;
  });
}

