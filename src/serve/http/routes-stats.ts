import type { FastifyInstance } from "fastify";
import type { ActorRef, ConflictEvent } from "../../domain/event.js";
import type { EventFilter, StatsGroup, StatsRow } from "../../domain/store.js";
import { EVENT_TYPES } from "../../domain/taxonomy.js";
import type { ServeDeps, ServeOptions } from "../index.js";
import { validationError } from "./error-shape.js";
import { AggregateCache } from "./stats-cache.js";
import { FILTER_KEYS, parseEventFilter, parseStatsGroups, queryValue, rejectUnknownKeys, STATS_GROUPS, VERIFICATIONS, type RawQuery } from "./query-filters.js";

function actorMatches(actor: ActorRef | null, needle: string): boolean {
  if (!actor) return false;
  const n = needle.toLowerCase();
  return actor.name.toLowerCase().includes(n) || actor.acled_name.toLowerCase().includes(n);
}

/** Monday of the ISO week holding a date, as YYYY-MM-DD. */
export function weekStart(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const shift = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - shift);
  return d.toISOString().slice(0, 10);
}

/** Does the event set actor A against actor B, whichever side each is on? */
function pairs(e: ConflictEvent, a: string, b: string): boolean {
  return (actorMatches(e.actor1, a) && actorMatches(e.actor2, b)) || (actorMatches(e.actor1, b) && actorMatches(e.actor2, a));
}

export function registerStatsRoutes(app: FastifyInstance, deps: ServeDeps, options: ServeOptions): void {
  const cache = new AggregateCache(deps.store);
  const stats = (filter: EventFilter, group: StatsGroup) => cache.get(`stats|${group}|${JSON.stringify(filter)}`, () => deps.store.stats(filter, group));

  app.get("/api/stats", async (request) => {
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, [...FILTER_KEYS, "group"]);
    const filter = parseEventFilter(query);
    const groups = parseStatsGroups(query);
    const entries = await Promise.all(groups.map(async (g) => [g, await stats(filter, g)] as const));
    return { groups: Object.fromEntries(entries) as Record<string, StatsRow[]> };
  });

  app.get("/api/stats/weapons", async (request) => {
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, FILTER_KEYS);
    return { rows: await deps.store.weaponsCaptured(parseEventFilter(query)) };
  });

  /** One actor pair over time ("who fights whom, when"): events and fatalities per week or month. */
  app.get("/api/stats/pair", async (request) => {
    const query = request.query as RawQuery;
    rejectUnknownKeys(query, [...FILTER_KEYS, "a", "b", "interval"]);
    const a = queryValue(query, "a");
    const b = queryValue(query, "b");
    if (!a) throw validationError("a", "name the first actor (e.g. a=IS Sahel)");
    if (!b) throw validationError("b", "name the second actor (e.g. b=JNIM)");
    const interval = queryValue(query, "interval") ?? "week";
    if (interval !== "week" && interval !== "month") throw validationError("interval", "must be week or month", interval);
    const filter = { ...parseEventFilter(query), actor: a };
    return cache.get(`pair|${interval}|${b}|${JSON.stringify(filter)}`, () => pairOverTime(deps, filter, a, b, interval));
  });

  /** What the dashboard needs to draw its controls: the vocabularies and what the database holds. */
  app.get("/api/meta", async () => {
    const [countries, admin1, actors] = await Promise.all([stats({}, "country"), stats({}, "admin1"), stats({}, "actor")]);
    return {
      event_types: EVENT_TYPES,
      verifications: VERIFICATIONS,
      stats_groups: STATS_GROUPS,
      countries: countries.map((r) => r.key),
      admin1: admin1.map((r) => r.key),
      actors: actors.slice(0, 200).map((r) => r.key),
      tile_url: options.tileUrl ?? null,
      store: deps.store.kind,
      writes: options.token !== null ? "token" : options.openMode ? "open" : "disabled",
    };
  });
}

/** Streams the events of actor A, keeps those against B, and buckets them by week or month. */
async function pairOverTime(deps: ServeDeps, filter: EventFilter, a: string, b: string, interval: "week" | "month") {
    const buckets = new Map<string, { events: number; fatalities: number }>();
    const events: Array<{ id: string; event_date: string | null; actor1: string | null; actor2: string | null; fatalities: number; place: string | null }> = [];
    for await (const e of deps.store.iterateEvents(filter)) {
      if (!pairs(e, a, b)) continue;
      const fatalities = e.fatalities.best ?? e.fatalities.low ?? 0;
      if (events.length < 500) {
        events.push({ id: e.id, event_date: e.event_date, actor1: e.actor1?.name ?? null, actor2: e.actor2?.name ?? null, fatalities, place: e.location?.name ?? null });
      }
      if (!e.event_date) continue;
      const key = interval === "week" ? weekStart(e.event_date) : e.event_date.slice(0, 7);
      const bucket = buckets.get(key) ?? { events: 0, fatalities: 0 };
      bucket.events += 1;
      bucket.fatalities += fatalities;
      buckets.set(key, bucket);
    }
    const rows = [...buckets.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([key, v]) => ({ key, ...v }));
    return { a, b, interval, rows, events };
}
