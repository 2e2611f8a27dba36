import Database from "better-sqlite3";
import postgres from "postgres";
import { afterEach, beforeEach, describe, expect, it as vitestIt } from "vitest";
import type { AlertRegistry, FiredAlert } from "../../src/domain/alerts.js";
import { InputError } from "../../src/domain/errors.js";
import { ALERTS_MIGRATIONS } from "../../src/store/alerts/index.js";
import { openTestDb, rule, TEST_PG } from "./fixtures.js";
import { BACKENDS } from "./backends.js";

function alert(ruleId: string, subject: string, kind: FiredAlert["kind"], fatalities: number): FiredAlert {
  return { id: `${subject}-${kind}-${fatalities}`, rule_id: ruleId, rule_name: "r", subject, event_id: subject, kind, state: { fatalities, verification: "reported" }, changes: [], trend: null, fired_at: "2025-05-12T10:00:00.000Z" };
}

describe.each(BACKENDS)("alert registry ($label)", ({ name: backend, skip }) => {
  const it = skip ? vitestIt.skip : vitestIt;
  let registry: AlertRegistry;
  let location: string;
  let close: () => Promise<void>;

  beforeEach(async () => {
    if (skip) return;
    ({ registry, path: location, close } = await openTestDb(backend));
  });
  afterEach(async () => {
    if (!skip) await close();
  });

  it("keeps its own migrations in alerts_migrations, beside the event store's, and migrating twice changes nothing", async () => {
    await registry.migrate();
    let versions: number[];
    let storeTables: string[];
    if (backend === "sqlite") {
      const db = new Database(location, { readonly: true });
      versions = (db.prepare("SELECT version FROM alerts_migrations ORDER BY version").all() as Array<{ version: number }>).map((r) => r.version);
      storeTables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name);
      db.close();
    } else {
      const schema = new URL(location).searchParams.get("schema")!;
      const sql = postgres(TEST_PG!, { onnotice: () => undefined });
      versions = (await sql.unsafe(`SELECT version FROM "${schema}".alerts_migrations ORDER BY version`)).map((r) => Number(r.version));
      storeTables = (await sql`SELECT table_name FROM information_schema.tables WHERE table_schema = ${schema}`).map((r) => String(r.table_name));
      await sql.end();
    }
    expect(versions).toEqual(ALERTS_MIGRATIONS.map((m) => m.version));
    expect(storeTables).toEqual(expect.arrayContaining(["alerts_migrations", "alert_rules", "alert_fired", "alert_deliveries", "schema_migrations", "events"]));
  });

  it("adds, finds (by id or name), lists and removes rules; a taken name is an input error", async () => {
    const a = await registry.addRule(rule("Soum", { criteria: { area: { kind: "admin", units: [{ admin2: "Soum" }] } }, channels: [{ kind: "log", path: "/tmp/x.jsonl" }] }));
    await registry.addRule(rule("Arbinda off", { criteria: { actors: ["JNIM"] }, enabled: false }));
    expect((await registry.getRule(a.id))?.name).toBe("Soum");
    expect(await registry.getRule("Soum")).toEqual(a);
    expect((await registry.listRules()).map((r) => r.name)).toEqual(["Arbinda off", "Soum"]);
    expect((await registry.listRules({ enabledOnly: true })).map((r) => r.name)).toEqual(["Soum"]);
    await expect(registry.addRule(rule("Soum", { criteria: { actors: ["x"] } }))).rejects.toBeInstanceOf(InputError);
    expect(await registry.removeRule("Soum")).toBe(true);
    expect(await registry.removeRule("Soum")).toBe(false);
    expect((await registry.listRules()).map((r) => r.name)).toEqual(["Arbinda off"]);
  });

  it("records a fired alert only from the state it expects, so a stale check cannot fire twice", async () => {
    expect(await registry.recordFired({ alert: alert("r1", "ev1", "new", 10), expectedPrevious: null })).toBe(true);
    expect(await registry.recordFired({ alert: alert("r1", "ev1", "new", 10), expectedPrevious: null })).toBe(false);
    expect(await registry.lastState("r1", "ev1")).toEqual({ fatalities: 10, verification: "reported" });
    expect(await registry.recordFired({ alert: alert("r1", "ev1", "update", 20), expectedPrevious: { fatalities: 5, verification: "reported" } })).toBe(false);
    expect(await registry.recordFired({ alert: alert("r1", "ev1", "update", 20), expectedPrevious: { fatalities: 10, verification: "reported" } })).toBe(true);
    expect(await registry.lastState("r1", "ev1")).toEqual({ fatalities: 20, verification: "reported" });
    expect((await registry.listFired({ eventId: "ev1" })).map((f) => [f.kind, f.state.fatalities])).toEqual([["update", 20], ["new", 10]]);
    expect(await registry.lastState("r1", "ev2")).toBeNull();
  });

  it("keeps the delivery log, newest first", async () => {
    const base = { alert_id: "a1", rule_id: "r1", channel: "webhook" as const, target: "http://127.0.0.1:9/x", http_status: 500, error: "HTTP 500", at: "2025-05-12T10:00:00.000Z" };
    await registry.recordDelivery({ ...base, attempt: 1, status: "retrying" });
    const last = await registry.recordDelivery({ ...base, attempt: 2, status: "delivered", http_status: 200, error: null });
    expect(last.id).toBeGreaterThan(0);
    expect((await registry.listDeliveries({ alertId: "a1" })).map((d) => [d.attempt, d.status, d.http_status])).toEqual([[2, "delivered", 200], [1, "retrying", 500]]);
    expect(await registry.listDeliveries({ alertId: "other" })).toEqual([]);
  });
});
