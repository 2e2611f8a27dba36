import { afterEach, beforeEach, describe, expect, it as vitestIt } from "vitest";
import { fireAlertsForEvents, testRule, validateRuleInput } from "../../src/alerts/index.js";
import type { AlertRegistry, AlertRuleInput } from "../../src/domain/alerts.js";
import type { Store } from "../../src/domain/index.js";
import { ACTORS, deaths, event, openTestDb, PLACES, report, rule } from "./fixtures.js";
import { BACKENDS } from "./backends.js";

describe.each(BACKENDS)("alert rules against stored events ($label)", ({ name: backend, skip }) => {
  const it = skip ? vitestIt.skip : vitestIt;
  let store: Store;
  let registry: AlertRegistry;
  let close: () => Promise<void>;

  beforeEach(async () => {
    if (skip) return;
    ({ store, registry, close } = await openTestDb(backend));
  });
  afterEach(async () => {
    if (!skip) await close();
  });

  /** Adds the rule, checks the events, and returns the ids of the events that fired it. */
  async function fire(input: AlertRuleInput, eventIds: string[]): Promise<string[]> {
    await registry.addRule(validateRuleInput(input));
    const fired = await fireAlertsForEvents(eventIds, { store, registry });
    return fired.filter((f) => f.rule.name === input.name).map((f) => f.event.id);
  }

  /** Five events far enough apart in place or time that none merges with another. */
  async function seed() {
    const [djibo] = await report(store, "Djibo clash", [event({ location: PLACES.djibo, fatalities: deaths(12), verification: "confirmed", notes: "JNIM attacked the army base in Djibo; a landmine hit a convoy." })]);
    const [sole] = await report(store, "Sole clash", [event({ location: PLACES.sole, event_date: "2025-05-02", fatalities: deaths(5), notes: "JNIM overran an army post, determined to hold it." })]);
    const [diapaga] = await report(store, "Diapaga attack", [event({ location: PLACES.diapaga, event_date: "2025-05-07", event_type: "Violence against civilians", sub_event_type: "Attack", actor1: ACTORS.isSahel, actor2: ACTORS.civilians, civilian_targeting: true, verification: "claimed", claimed_by: "Islamic State Sahel", notes: "Islamic State Sahel fighters killed villagers near Diapaga." })]);
    const [menaka] = await report(store, "Menaka IED", [event({ location: PLACES.menaka, event_date: "2025-04-20", event_type: "Explosions/Remote violence", sub_event_type: "Remote explosive/landmine/IED", actor1: ACTORS.jnim, actor2: null, notes: "A roadside bomb exploded near Menaka." })]);
    const [kaya] = await report(store, "Kaya ambush", [event({ location: PLACES.kaya, event_date: "2025-03-01", actor1: ACTORS.jnim, actor2: ACTORS.vdp, fatalities: deaths(30), notes: "Militants ambushed volunteers near Kaya." })]);
    return { djibo, sole, diapaga, menaka, kaya, all: [djibo, sole, diapaga, menaka, kaya] };
  }

  it("an area given as a point and radius fires for events inside the circle only", async () => {
    const ids = await seed();
    expect(await fire(rule("near Djibo", { criteria: { area: { kind: "radius", latitude: 14.1, longitude: -1.6, radiusKm: 30 } } }), ids.all)).toEqual([ids.djibo]);
  });

  it("an area given as a box fires for events inside it", async () => {
    const ids = await seed();
    expect(await fire(rule("east", { criteria: { area: { kind: "bbox", bbox: [0, 11, 3, 13] } } }), ids.all)).toEqual([ids.diapaga]);
  });

  it("an area given as admin units matches country, region and province names (accents and case ignored)", async () => {
    const ids = await seed();
    expect(await fire(rule("soum", { criteria: { area: { kind: "admin", units: [{ admin1: "SAHEL", admin2: "soum" }] } } }), ids.all)).toEqual([ids.djibo]);
    expect(await fire(rule("mali or nord", { criteria: { area: { kind: "admin", units: [{ country: "MLI" }, { country: "Burkina Faso", admin1: "Nord" }] } } }), ids.all).then((x) => x.sort())).toEqual([ids.sole, ids.menaka].sort());
  });

  it("actors match the short or the ACLED name, as actor1, actor2 or associated actor", async () => {
    const ids = await seed();
    expect(await fire(rule("IS", { criteria: { actors: ["islamic state"] } }), ids.all)).toEqual([ids.diapaga]);
    expect(await fire(rule("VDP", { criteria: { actors: ["Volunteers for the Defense"] } }), ids.all)).toEqual([ids.kaya]);
  });

  it("event types match a type or a sub-event type", async () => {
    const ids = await seed();
    expect(await fire(rule("vac", { criteria: { eventTypes: ["Violence against civilians"] } }), ids.all)).toEqual([ids.diapaga]);
    expect(await fire(rule("ied", { criteria: { eventTypes: ["Remote explosive/landmine/IED"] } }), ids.all)).toEqual([ids.menaka]);
  });

  it("minimum fatalities, verification level and keywords each narrow what fires", async () => {
    const ids = await seed();
    expect((await fire(rule("deadly", { criteria: { minFatalities: 10 } }), ids.all)).sort()).toEqual([ids.djibo, ids.kaya].sort());
    expect(await fire(rule("confirmed", { criteria: { verification: ["confirmed"] } }), ids.all)).toEqual([ids.djibo]);
    expect(await fire(rule("claims", { criteria: { verification: ["claimed"] } }), ids.all)).toEqual([ids.diapaga]);
    // Whole words: "mine" is not in "determined", but "landmine" and "roadside bomb" are where they are.
    expect(await fire(rule("landmine", { criteria: { keywords: ["landmine", "roadside bomb"] } }), ids.all).then((x) => x.sort())).toEqual([ids.djibo, ids.menaka].sort());
    expect(await fire(rule("mine", { criteria: { keywords: ["mine"] } }), ids.all)).toEqual([]);
    // Every criterion must hold together.
    expect(await fire(rule("deadly in Soum", { criteria: { minFatalities: 10, area: { kind: "admin", units: [{ admin2: "Soum" }] } } }), ids.all)).toEqual([ids.djibo]);
  });

  it("first event by an actor in an area in N days fires for the first one only, and again after a quiet period", async () => {
    await registry.addRule(validateRuleInput(rule("new in Soum", { kind: "first-actor-in-area", quietDays: 30, criteria: { area: { kind: "admin", units: [{ admin2: "Soum" }] } } })));
    const check = async (text: string, ev: Parameters<typeof event>[0]) => {
      const ids = await report(store, text, [event(ev)]);
      return fireAlertsForEvents(ids, { store, registry });
    };
    const first = await check("JNIM at Djibo", { event_date: "2025-04-01", location: PLACES.djibo });
    expect(first.map((f) => f.alert.trend?.actor)).toEqual(["JNIM"]);
    expect(first[0].alert.trend?.previousEventDate).toBeNull();
    // JNIM and the army were both seen in Soum 19 days before: nothing new.
    expect(await check("JNIM at Arbinda", { event_date: "2025-04-20", location: PLACES.arbinda })).toEqual([]);
    // Islamic State Sahel is new to Soum.
    const is = await check("IS at Djibo", { event_date: "2025-04-25", location: PLACES.djibo, actor1: ACTORS.isSahel });
    expect(is.map((f) => f.alert.trend?.actor)).toEqual(["Islamic State Sahel"]);
    // JNIM back after 56 quiet days (the army was seen on 25 April): fires for JNIM, says when it was last seen.
    const back = await check("JNIM back at Arbinda", { event_date: "2025-06-15", location: PLACES.arbinda });
    expect(back.map((f) => [f.alert.trend?.actor, f.alert.trend?.previousEventDate])).toEqual([["JNIM", "2025-04-20"]]);
    // An event elsewhere is not in the area at all.
    expect(await check("JNIM at Kaya", { event_date: "2025-06-20", location: PLACES.kaya })).toEqual([]);
  });

  it("events in an area this week above the trailing 4-week average by X% fire once for the week", async () => {
    await registry.addRule(validateRuleInput(rule("surge in Soum", { kind: "weekly-increase", increasePercent: 50, minWeeklyEvents: 3, criteria: { area: { kind: "admin", units: [{ admin2: "Soum" }] } } })));
    const fired: string[][] = [];
    const days = ["2025-04-08", "2025-04-15", "2025-04-22", "2025-04-29", "2025-05-05", "2025-05-07", "2025-05-09", "2025-05-11"];
    for (const [i, day] of days.entries()) {
      const ids = await report(store, `Soum report ${day}`, [event({ event_date: day, location: i % 2 ? PLACES.arbinda : PLACES.djibo })]);
      fired.push((await fireAlertsForEvents(ids, { store, registry })).map((f) => f.alert.subject));
    }
    // One event a week for four weeks (average 1), then a third event in the week of 5 May: 3 > 1.5.
    expect(fired).toEqual([[], [], [], [], [], [], ["week:2025-05-05"], []]);
    const [alert] = await registry.listFired();
    expect(alert.trend).toMatchObject({ weekStart: "2025-05-05", weekEvents: 3, trailingAverage: 1, increasePercent: 200 });
  });

  it("a merged report of the same event fires nothing; a report that changes it materially fires an update", async () => {
    await registry.addRule(validateRuleInput(rule("deadly in Soum", { criteria: { minFatalities: 5, area: { kind: "admin", units: [{ admin2: "Soum" }] } } })));
    const claim = { fatalities: deaths(10), verification: "claimed" as const, claimed_by: "JNIM", notes: "JNIM claimed an attack on the Djibo base." };
    const [id] = await report(store, "JNIM claim relayed", [event(claim)]);
    const first = await fireAlertsForEvents([id], { store, registry });
    expect(first.map((f) => f.alert.kind)).toEqual(["new"]);

    const [same] = await report(store, "Same claim relayed by a second outlet", [event(claim)]);
    expect(same).toBe(id);
    expect(await fireAlertsForEvents([same], { store, registry })).toEqual([]);

    const [confirmed] = await report(store, "Army confirms the Djibo attack", [event({ fatalities: deaths(14), verification: "confirmed", notes: "The army confirmed 14 dead in the attack on the Djibo base." })]);
    expect(confirmed).toBe(id);
    const update = await fireAlertsForEvents([confirmed], { store, registry });
    expect(update.map((f) => [f.alert.kind, f.alert.changes])).toEqual([["update", ["fatalities 10 → 14", "verification claimed → confirmed"]]]);

    // Checking again (e.g. the pipeline retries) fires nothing more.
    expect(await fireAlertsForEvents([id], { store, registry })).toEqual([]);
    expect((await registry.listFired({ eventId: id })).map((a) => a.kind)).toEqual(["update", "new"]);
  });

  it("with a maximum event age, old events (an archive being loaded) fire nothing; recent and undated ones do", async () => {
    await registry.addRule(validateRuleInput(rule("all Soum", { criteria: { area: { kind: "admin", units: [{ admin2: "Soum" }] } } })));
    const [old] = await report(store, "Last year", [event({ event_date: "2024-05-11" })]);
    const [recent] = await report(store, "This week", [event({ event_date: "2025-05-30", location: PLACES.arbinda })]);
    const [undated] = await report(store, "Undated", [event({ event_date: null, date_precision: "unknown", actor1: ACTORS.isSahel })]);
    const fired = await fireAlertsForEvents([old, recent, undated], { store, registry, now: () => new Date("2025-06-01T12:00:00Z"), maxEventAgeDays: 30 });
    expect(fired.map((f) => f.event.id).sort()).toEqual([recent, undated].sort());
  });

  it("two checks of the same event at once record one alert, not two", async () => {
    await registry.addRule(validateRuleInput(rule("all Soum", { criteria: { area: { kind: "admin", units: [{ admin2: "Soum" }] } } })));
    const [id] = await report(store, "Djibo clash", [event()]);
    const results = await Promise.all([fireAlertsForEvents([id], { store, registry }), fireAlertsForEvents([id], { store, registry })]);
    expect(results.flat()).toHaveLength(1);
    expect(await registry.listFired()).toHaveLength(1);
  });

  it("`alerts test` lists the stored events that would have fired, without recording anything", async () => {
    const ids = await seed();
    const added = await registry.addRule(validateRuleInput(rule("deadly", { criteria: { minFatalities: 10 } })));
    const hits = await testRule(added, store);
    expect(hits.map((h) => h.event.id)).toEqual([ids.kaya, ids.djibo]);
    expect(await registry.listFired()).toEqual([]);
  });

  it("rejects rules that cannot work, naming the problem", () => {
    expect(() => validateRuleInput(rule("everything"))).toThrow(/would fire on every event/);
    expect(() => validateRuleInput(rule("trend", { kind: "weekly-increase", criteria: { actors: ["JNIM"] } }))).toThrow(/needs an area/);
    expect(() => validateRuleInput(rule("far", { criteria: { area: { kind: "radius", latitude: 95, longitude: 0, radiusKm: 10 } } }))).toThrow(/latitude/);
    expect(() => validateRuleInput(rule("hook", { criteria: { actors: ["JNIM"] }, channels: [{ kind: "webhook", url: "ftp://x" }] }))).toThrow(/http/);
  });
});
