import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { command } from "../../src/cli/commands/alerts.js";
import { fireAlertsForEvents } from "../../src/alerts/index.js";
import { openAlertRegistry } from "../../src/store/alerts/index.js";
import { openStore } from "../../src/store/index.js";
import { ACTORS, deaths, event, PLACES, report } from "./fixtures.js";
import { runCommand } from "./run-command.js";

describe("conflictwatch alerts add|list|test|history|remove", () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const alerts = (...args: string[]) => runCommand(command, args, env, dir);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cw-alerts-cli-"));
    env = { CONFLICTWATCH_DB: join(dir, "cw.db") };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("adds rules of each kind, lists them, tests one against stored events, and removes it", async () => {
    const store = await openStore(env.CONFLICTWATCH_DB!);
    await report(store, "Djibo attack", [event({ location: PLACES.djibo, fatalities: deaths(12) })]);
    await report(store, "Sole attack", [event({ location: PLACES.sole, fatalities: deaths(3), event_date: "2025-05-01" })]);
    await report(store, "Menaka attack", [event({ location: PLACES.menaka, actor1: ACTORS.isSahel, fatalities: deaths(40), event_date: "2025-04-02" })]);
    await store.close();

    const add = await alerts("add", "Djibo 50km", "--near", "14.1,-1.6", "--radius", "50", "--min-fatalities", "5", "--webhook", "https://hooks.example/cw", "--log-file", "alerts.jsonl");
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/watches: within 50 km of 14\.1, -1\.6; ≥ 5 killed/);
    expect(add.stdout).toMatch(/webhook secret \(keep it.*\): [0-9a-f]{48}/);
    expect((await alerts("add", "IS new in Mali", "--kind", "first-actor-in-area", "--admin", "Mali", "--actor", "Islamic State", "--quiet-days", "60", "--email", "desk@ngo.example")).code).toBe(0);
    expect((await alerts("add", "Burkina surge", "--kind", "weekly-increase", "--admin", "Burkina Faso", "--increase-percent", "80")).code).toBe(0);

    const list = await alerts("list");
    expect(list.stdout.match(/^\S.*\[(match|first-actor-in-area|weekly-increase)\]/gm)?.map((l) => l.split("  ")[0])).toEqual(["Burkina surge", "Djibo 50km", "IS new in Mali"]);
    expect(list.stdout).toContain(`log ${join(dir, "alerts.jsonl")}`);

    const test = await alerts("test", "Djibo 50km");
    expect(test.stdout).toMatch(/2025-05-11 {2}Armed clash {2}Djibo, Sahel, Burkina Faso {2}fatalities 12/);
    expect(test.stdout).toMatch(/1 stored event would have fired Djibo 50km/);
    const trend = await alerts("test", "IS new in Mali");
    expect(trend.stdout).toMatch(/Menaka.*\[first by Islamic State Sahel\]/);

    expect((await alerts("remove", "Djibo 50km")).stdout).toMatch(/removed rule Djibo 50km/);
    const gone = await alerts("test", "Djibo 50km");
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/no rule named "Djibo 50km"/);
  });

  it("shows what fired and how each delivery went", async () => {
    expect((await alerts("add", "Soum", "--admin", "*/Sahel/Soum", "--log-file", "out/alerts.jsonl")).code).toBe(0);
    const store = await openStore(env.CONFLICTWATCH_DB!);
    const registry = openAlertRegistry(env.CONFLICTWATCH_DB!);
    const ids = await report(store, "Djibo attack", [event({ location: PLACES.djibo })]);
    const fired = await fireAlertsForEvents(ids, { store, registry });
    expect(fired).toHaveLength(1);
    await registry.recordDelivery({ alert_id: fired[0].alert.id, rule_id: fired[0].rule.id, channel: "log", target: "out/alerts.jsonl", attempt: 1, status: "delivered", http_status: null, error: null, at: "2025-05-12T10:00:00.000Z" });
    await registry.close();
    await store.close();
    const history = await alerts("history", "Soum");
    expect(history.stdout).toMatch(/NEW\s+Soum\s+event ev_/);
    expect(history.stdout).toMatch(/log out\/alerts\.jsonl {2}attempt 1: delivered/);
  });

  it("refuses bad rules with a usage or input error", async () => {
    expect(await alerts("add", "x", "--near", "14,-1")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--near needs --radius/) });
    expect(await alerts("add", "x", "--bbox", "1,2,3,4", "--admin", "Mali")).toMatchObject({ code: 2, stderr: expect.stringMatching(/give one area/) });
    expect(await alerts("add", "x", "--kind", "weekly-increase", "--actor", "JNIM")).toMatchObject({ code: 1, stderr: expect.stringMatching(/needs an area/) });
    expect(await alerts("add", "x")).toMatchObject({ code: 1, stderr: expect.stringMatching(/would fire on every event/) });
    expect((await alerts("add", "dup", "--actor", "JNIM")).code).toBe(0);
    expect(await alerts("add", "dup", "--actor", "JNIM")).toMatchObject({ code: 1, stderr: expect.stringMatching(/exists already/) });
    expect(await alerts("frobnicate")).toMatchObject({ code: 2 });
  });
});
