import type { ActorRef, ConflictEvent, EventType, EventValues, MergeDecision } from "../domain/index.js";
import { distanceKm } from "../domain/geo.js";

/**
 * Whether two reports describe one event. All four tests must pass:
 *
 * 1. Dates compatible. Each date with its precision is an interval of possible days
 *    ("day": that day; "week": the 7 days ending on it; "month": the 31 days ending on
 *    it; "year": 366 days). The intervals must overlap once widened by DATE_SLACK_DAYS
 *    (reports of night attacks straddle midnight; "yesterday" is read from a publication
 *    date). An unknown date is compatible only when the places match exactly (point 2).
 * 2. Places compatible. Same country, and then: both points known and at most
 *    MERGE_RADIUS_KM apart; or, when either is only known at admin level (geo precision 3
 *    or no coordinates), the same admin2 (or the same admin1 when the coarser one has no
 *    admin2). An event without any location never merges automatically.
 * 3. Event types compatible: equal, or both "political violence" (Battles,
 *    Explosions/Remote violence, Violence against civilians: one side's clash is the other
 *    side's attack), or both demonstrations (Protests, Riots). Strategic developments only
 *    merge with strategic developments.
 * 4. Actors compatible: no contradicting named actors. Actor 1 against actor 1 and actor 2
 *    against actor 2 (or crosswise, when one report names the sides the other way round)
 *    must be equal, or one of them unnamed or "unidentified".
 *
 * Among compatible candidates the closest wins: smaller distance, then smaller date gap,
 * then the earliest stored; the result only depends on the inputs' values and order.
 */

export const MERGE_RADIUS_KM = 10;
export const DATE_SLACK_DAYS = 1;
const SPAN_DAYS: Record<string, number> = { day: 0, week: 6, month: 30, year: 365 };
const VIOLENCE: EventType[] = ["Battles", "Explosions/Remote violence", "Violence against civilians"];
const DEMONSTRATIONS: EventType[] = ["Protests", "Riots"];

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

function dateInterval(v: EventValues): [number, number] | null {
  if (!v.event_date || v.date_precision === "unknown") return null;
  const end = dayNumber(v.event_date);
  if (Number.isNaN(end)) return null;
  return [end - (SPAN_DAYS[v.date_precision] ?? 0), end];
}

/** Days between the two intervals (0 when they overlap); null when either date is unknown. */
export function dateGap(a: EventValues, b: EventValues): number | null {
  const ia = dateInterval(a);
  const ib = dateInterval(b);
  if (!ia || !ib) return null;
  if (ia[1] < ib[0]) return ib[0] - ia[1];
  if (ib[1] < ia[0]) return ia[0] - ib[1];
  return 0;
}

function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Place match: {distance} when compatible (0 for an admin-level match), null when not. */
export function placeMatch(a: EventValues, b: EventValues): { km: number; exact: boolean } | null {
  const la = a.location;
  const lb = b.location;
  if (!la || !lb) return null;
  if (!same(la.iso3, lb.iso3)) return null;
  const pointA = la.latitude !== null && la.longitude !== null && la.geo_precision !== 3;
  const pointB = lb.latitude !== null && lb.longitude !== null && lb.geo_precision !== 3;
  if (pointA && pointB) {
    const km = distanceKm(la.latitude!, la.longitude!, lb.latitude!, lb.longitude!);
    if (km > MERGE_RADIUS_KM) return null;
    const exact = (la.gazetteer_id !== null && la.gazetteer_id === lb.gazetteer_id) || km < 0.5;
    return { km, exact };
  }
  if (la.admin2 && lb.admin2) return same(la.admin2, lb.admin2) ? { km: MERGE_RADIUS_KM, exact: false } : null;
  if (la.admin1 && lb.admin1) return same(la.admin1, lb.admin1) ? { km: MERGE_RADIUS_KM, exact: false } : null;
  return null;
}

export function typesCompatible(a: EventType, b: EventType): boolean {
  if (a === b) return true;
  if (VIOLENCE.includes(a) && VIOLENCE.includes(b)) return true;
  return DEMONSTRATIONS.includes(a) && DEMONSTRATIONS.includes(b);
}

export function isNamedActor(actor: ActorRef | null | undefined): actor is ActorRef {
  return !!actor && !!actor.name && !/\b(unidentified|unknown|inconnus?|non identifi)/i.test(`${actor.name} ${actor.acled_name}`);
}

export function sameActor(a: ActorRef, b: ActorRef): boolean {
  return same(a.name, b.name) || same(a.acled_name, b.acled_name);
}

function roleCompatible(a: ActorRef | null, b: ActorRef | null): boolean {
  return !isNamedActor(a) || !isNamedActor(b) || sameActor(a, b);
}

export function actorsCompatible(a: EventValues, b: EventValues): boolean {
  const direct = roleCompatible(a.actor1, b.actor1) && roleCompatible(a.actor2, b.actor2);
  const crossed = roleCompatible(a.actor1, b.actor2) && roleCompatible(a.actor2, b.actor1);
  return direct || crossed;
}

interface Scored {
  id: string;
  km: number;
  gap: number;
  order: number;
}

export function decide(incoming: EventValues, candidates: ConflictEvent[]): MergeDecision {
  const matches: Scored[] = [];
  candidates.forEach((candidate, order) => {
    if (!typesCompatible(incoming.event_type, candidate.event_type)) return;
    if (!actorsCompatible(incoming, candidate)) return;
    const place = placeMatch(incoming, candidate);
    if (!place) return;
    const gap = dateGap(incoming, candidate);
    if (gap === null) {
      if (!place.exact) return;
    } else if (gap > DATE_SLACK_DAYS) {
      return;
    }
    matches.push({ id: candidate.id, km: place.km, gap: gap ?? DATE_SLACK_DAYS + 1, order });
  });
  if (matches.length === 0) return { kind: "new" };
  matches.sort((x, y) => x.km - y.km || x.gap - y.gap || x.order - y.order);
  const best = matches[0];
  return {
    kind: "merge",
    eventId: best.id,
    reason: `compatible date (gap ${best.gap} d), place ${best.km.toFixed(1)} km, type and actors`,
  };
}
