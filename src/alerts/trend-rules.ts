import type { AlertArea, AlertRule, TrendDetail } from "../domain/alerts.js";
import type { ActorRef, ConflictEvent } from "../domain/event.js";
import type { EventFilter } from "../domain/store.js";
import { areaBbox, isInArea } from "./area.js";
import { addDays, weekStart } from "./calendar.js";
import { actorMatches, actorsOf, matchesCriteria } from "./criteria.js";
import type { AlertEventSource } from "./event-source.js";

export const DEFAULT_QUIET_DAYS = 30;
export const DEFAULT_INCREASE_PERCENT = 50;
export const DEFAULT_MIN_WEEKLY_EVENTS = 3;
const TRAILING_WEEKS = 4;

/** Store filter narrowing to the area and dates; the area itself is re-checked on each event. */
function areaFilter(area: AlertArea, from: string, to: string): EventFilter {
  const filter: EventFilter = { from, to };
  const bbox = areaBbox(area);
  if (bbox) filter.bbox = bbox;
  if (area.kind === "admin" && area.units.length === 1) {
    const unit = area.units[0];
    if (unit.country) filter.country = unit.country;
    if (unit.admin1) filter.admin1 = unit.admin1;
    if (unit.admin2) filter.admin2 = unit.admin2;
  }
  return filter;
}

function sameActor(a: ActorRef, b: ActorRef): boolean {
  return a.name.toLowerCase() === b.name.toLowerCase() || (a.acled_name !== "" && a.acled_name === b.acled_name);
}

/** Whether `other` happened before `event`: an earlier day, or the same day and stored first. */
function isEarlier(other: ConflictEvent, event: ConflictEvent): boolean {
  if (other.event_date! < event.event_date!) return true;
  if (other.event_date! > event.event_date!) return false;
  return other.created_at < event.created_at || (other.created_at === event.created_at && other.id < event.id);
}

/**
 * "First event by an actor in an area in N days": the event matches the rule's criteria and one of its
 * actors (among the rule's actors, when it names some) has no other event in the area in the N days before.
 */
export async function checkFirstActorInArea(event: ConflictEvent, rule: AlertRule, store: AlertEventSource): Promise<TrendDetail | null> {
  const area = rule.criteria.area;
  if (!area || !event.event_date || !matchesCriteria(event, rule.criteria)) return null;
  const quietDays = rule.quietDays ?? DEFAULT_QUIET_DAYS;
  const wanted = rule.criteria.actors ?? [];
  const candidates = actorsOf(event).filter((a) => wanted.length === 0 || wanted.some((w) => actorMatches(a, w)));
  for (const actor of candidates) {
    const filter = { ...areaFilter(area, addDays(event.event_date, -quietDays), event.event_date), actor: actor.name };
    let seenRecently = false;
    for await (const other of store.iterateEvents(filter)) {
      if (other.id === event.id || other.review_status === "rejected" || !other.event_date) continue;
      if (!isInArea(other.location, area) || !actorsOf(other).some((a) => sameActor(a, actor))) continue;
      if (isEarlier(other, event)) {
        seenRecently = true;
        break;
      }
    }
    if (!seenRecently) {
      const previous = await previousEventDate(store, area, actor, addDays(event.event_date, -quietDays - 1));
      return { rule: "first-actor-in-area", actor: actor.name, quietDays, previousEventDate: previous };
    }
  }
  return null;
}

/** Date of the actor's last event in the area up to `until`, over the year before, for the alert's context. */
async function previousEventDate(store: AlertEventSource, area: AlertArea, actor: ActorRef, until: string): Promise<string | null> {
  const filter = { ...areaFilter(area, addDays(until, -365), until), actor: actor.name };
  // Newest first, so the answer is usually on the first page instead of a year's scan.
  let cursor: string | null = null;
  do {
    const page = await store.listEvents(filter, { limit: 25, sort: "date_desc", cursor });
    for (const other of page.events) {
      if (other.review_status === "rejected" || !other.event_date) continue;
      if (isInArea(other.location, area) && actorsOf(other).some((a) => sameActor(a, actor))) return other.event_date;
    }
    cursor = page.next_cursor;
  } while (cursor);
  return null;
}

async function countMatching(store: AlertEventSource, rule: AlertRule, area: AlertArea, from: string, to: string): Promise<number> {
  let n = 0;
  for await (const e of store.iterateEvents(areaFilter(area, from, to))) {
    if (e.event_date && e.event_date >= from && e.event_date <= to && matchesCriteria(e, rule.criteria)) n += 1;
  }
  return n;
}

/**
 * "Events in an area this week above the trailing 4-week average by X%" (ACLED Trendfinder's
 * "large increase"): counted over the Monday–Sunday week of the event's date, against the 4 weeks before.
 */
export async function checkWeeklyIncrease(event: ConflictEvent, rule: AlertRule, store: AlertEventSource): Promise<TrendDetail | null> {
  const area = rule.criteria.area;
  if (!area || !event.event_date || !matchesCriteria(event, rule.criteria)) return null;
  const monday = weekStart(event.event_date);
  const weekEvents = await countMatching(store, rule, area, monday, addDays(monday, 6));
  const trailing = await countMatching(store, rule, area, addDays(monday, -7 * TRAILING_WEEKS), addDays(monday, -1));
  const trailingAverage = trailing / TRAILING_WEEKS;
  const percent = rule.increasePercent ?? DEFAULT_INCREASE_PERCENT;
  const minimum = rule.minWeeklyEvents ?? DEFAULT_MIN_WEEKLY_EVENTS;
  if (weekEvents < minimum || weekEvents <= trailingAverage * (1 + percent / 100)) return null;
  const increase = trailingAverage > 0 ? Math.round(((weekEvents - trailingAverage) / trailingAverage) * 100) : null;
  return { rule: "weekly-increase", weekStart: monday, weekEvents, trailingAverage, increasePercent: increase };
}
