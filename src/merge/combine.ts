import type { ActorRef, DatePrecision, EventSource, EventType, EventValues, Fatalities, Verification, Weapon } from "../domain/index.js";
import { isNamedActor, sameActor } from "./decide.js";

/**
 * One event's values from all its sources. Each source keeps its own values in the
 * store; this only computes the merged row. Sources are first put in a fixed order
 * (publication date, then document id) so the result does not depend on arrival order.
 *
 * - Type: the sub-event type most sources give; ties go to the first in TYPE_ORDER
 *   (an armed clash outranks an attack on civilians, which outranks strategic notes).
 * - Date: the most precise (day > week > month > year > unknown); among equally precise
 *   dates, the one most sources give, then the earliest.
 * - Location: the most precise (lowest geo precision with coordinates); ties: most
 *   sources, then the first source.
 * - Actors: the actor 1 most sources name (named beats unidentified); actor 2 likewise,
 *   never equal to actor 1; associated actors: the union.
 * - Fatalities: low = the lowest non-null low (ACLED's rule: the most conservative
 *   report). best = the highest best among non-claim sources (later, fuller counts go
 *   up; a militant claim is not a best estimate), or among the claims when only claims
 *   give one. high = the highest high or best. low never exceeds best.
 * - Verification: confirmed > reported > claimed > unverified; "disputed" when a source
 *   says disputed, or when a claim and an independent report contradict strongly (their
 *   counts differ by more than 3x and by 10 or more).
 * - Civilian targeting: true when any source says so. Weapons: the union.
 * - Claimed by / relayed by: the first source that names them. Notes: from the
 *   best-verified source (then the first).
 */

const TYPE_ORDER: EventType[] = [
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Riots",
  "Protests",
  "Strategic developments",
];
const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };
const VERIFICATION_RANK: Record<Verification, number> = { confirmed: 4, reported: 3, claimed: 2, unverified: 1, disputed: 0 };

function ordered(sources: EventSource[]): EventSource[] {
  return [...sources].sort(
    (a, b) =>
      (a.published_at ?? "9999").localeCompare(b.published_at ?? "9999") || a.document_id.localeCompare(b.document_id),
  );
}

/** The value most items give (by key); ties: the earliest item. */
function mostCommon<T>(items: T[], key: (item: T) => string): T {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  let best = items[0];
  for (const item of items) if ((counts.get(key(item)) ?? 0) > (counts.get(key(best)) ?? 0)) best = item;
  return best;
}

function chooseType(values: EventValues[]): Pick<EventValues, "event_type" | "sub_event_type"> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v.sub_event_type, (counts.get(v.sub_event_type) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const tied = values.filter((v) => counts.get(v.sub_event_type) === top);
  tied.sort((a, b) => TYPE_ORDER.indexOf(a.event_type) - TYPE_ORDER.indexOf(b.event_type));
  return { event_type: tied[0].event_type, sub_event_type: tied[0].sub_event_type };
}

function chooseDate(values: EventValues[]): Pick<EventValues, "event_date" | "date_precision"> {
  const dated = values.filter((v) => v.event_date && v.date_precision !== "unknown");
  if (dated.length === 0) return { event_date: null, date_precision: "unknown" };
  const bestRank = Math.min(...dated.map((v) => PRECISION_RANK[v.date_precision]));
  const precise = dated.filter((v) => PRECISION_RANK[v.date_precision] === bestRank).sort((a, b) => a.event_date!.localeCompare(b.event_date!));
  const pick = mostCommon(precise, (v) => v.event_date!);
  return { event_date: pick.event_date, date_precision: pick.date_precision };
}

function chooseLocation(values: EventValues[]): EventValues["location"] {
  const located = values.map((v) => v.location).filter((l) => l !== null && l !== undefined);
  if (located.length === 0) return null;
  const score = (l: NonNullable<EventValues["location"]>) => (l.latitude !== null && l.longitude !== null ? l.geo_precision : 10);
  const best = Math.min(...located.map(score));
  return mostCommon(located.filter((l) => score(l) === best), (l) => l.gazetteer_id ?? `${l.name}|${l.admin2}|${l.admin1}`);
}

function chooseActor(candidates: Array<ActorRef | null>, not: ActorRef | null): ActorRef | null {
  const usable = candidates.filter((a): a is ActorRef => !!a && !(not && sameActor(a, not)));
  const named = usable.filter(isNamedActor);
  const pool = named.length > 0 ? named : usable;
  return pool.length > 0 ? mostCommon(pool, (a) => a.name.toLowerCase()) : null;
}

function unionActors(values: EventValues[], exclude: Array<ActorRef | null>): ActorRef[] {
  const out: ActorRef[] = [];
  for (const a of values.flatMap((v) => v.assoc_actors ?? [])) {
    if (exclude.some((x) => x && sameActor(x, a)) || out.some((x) => sameActor(x, a))) continue;
    out.push(a);
  }
  return out;
}

function isClaim(v: EventValues): boolean {
  return v.verification === "claimed" || v.claimed_by !== null;
}

export function combineFatalities(values: EventValues[]): Fatalities {
  const lows = values.map((v) => v.fatalities?.low).filter((n): n is number => typeof n === "number");
  const independent = values.filter((v) => !isClaim(v) && typeof v.fatalities?.best === "number");
  const pool = independent.length > 0 ? independent : values.filter((v) => typeof v.fatalities?.best === "number");
  const bestSource = pool.length > 0 ? pool.reduce((a, b) => (b.fatalities.best! > a.fatalities.best! ? b : a)) : null;
  const best = bestSource ? bestSource.fatalities.best : null;
  const highs = values.flatMap((v) => [v.fatalities?.high, v.fatalities?.best]).filter((n): n is number => typeof n === "number");
  let low = lows.length > 0 ? Math.min(...lows) : null;
  if (low !== null && best !== null && low > best) low = best;
  const textSource = bestSource ?? values.find((v) => v.fatalities?.low === low) ?? null;
  return {
    low,
    best,
    high: highs.length > 0 ? Math.max(...highs) : null,
    text: textSource?.fatalities?.text ?? null,
  };
}

function contradicts(values: EventValues[]): boolean {
  const claims = values.filter(isClaim).map((v) => v.fatalities?.best).filter((n): n is number => typeof n === "number");
  const reports = values.filter((v) => !isClaim(v)).map((v) => v.fatalities?.best).filter((n): n is number => typeof n === "number");
  for (const c of claims) {
    for (const r of reports) {
      const [lo, hi] = c < r ? [c, r] : [r, c];
      if (hi - lo >= 10 && hi > 3 * lo) return true;
    }
  }
  return false;
}

function chooseVerification(values: EventValues[]): Verification {
  if (values.some((v) => v.verification === "disputed") || contradicts(values)) return "disputed";
  return values.map((v) => v.verification).reduce((a, b) => (VERIFICATION_RANK[b] > VERIFICATION_RANK[a] ? b : a));
}

function unionWeapons(values: EventValues[]): Weapon[] {
  const seen = new Set<string>();
  const out: Weapon[] = [];
  for (const w of values.flatMap((v) => v.weapons ?? [])) {
    const key = `${w.name.toLowerCase()}|${w.captured_by ?? ""}|${w.captured_from ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}

export function combine(sources: EventSource[]): EventValues {
  if (sources.length === 0) throw new Error("combine: an event has at least one source");
  const values = ordered(sources).map((s) => s.values);
  if (values.length === 1) return { ...values[0] };
  const actor1 = chooseActor(values.map((v) => v.actor1), null);
  const actor2 = chooseActor(values.map((v) => v.actor2), actor1);
  const bestVerified = values.reduce((a, b) => (VERIFICATION_RANK[b.verification] > VERIFICATION_RANK[a.verification] ? b : a));
  return {
    ...chooseType(values),
    ...chooseDate(values),
    actor1,
    actor2,
    assoc_actors: unionActors(values, [actor1, actor2]),
    civilian_targeting: values.some((v) => v.civilian_targeting),
    location: chooseLocation(values),
    fatalities: combineFatalities(values),
    verification: chooseVerification(values),
    claimed_by: values.find((v) => v.claimed_by)?.claimed_by ?? null,
    claim_relayed_by: values.find((v) => v.claim_relayed_by)?.claim_relayed_by ?? null,
    weapons: unionWeapons(values),
    notes: bestVerified.notes,
  };
}
