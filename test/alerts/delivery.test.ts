import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validateRuleInput, verifyWebhookSignature } from "../../src/alerts/index.js";
import type { AlertRegistry } from "../../src/domain/alerts.js";
import type { Store } from "../../src/domain/index.js";
import { checkAlerts } from "../../src/pipeline/alerts-hook.js";
import { deaths, event, openTestDb, report, rule } from "./fixtures.js";
import { readMail, startSmtpSink, startWebhookReceiver } from "./receivers.js";

const FAST_RETRY = { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 };
const SECRET = "test-secret-4f1c";
const SOUM = { area: { kind: "admin" as const, units: [{ admin2: "Soum" }] } };

describe("alert delivery: webhook, e-mail, log file, delivery log", () => {
  let store: Store;
  let registry: AlertRegistry;
  let close: () => Promise<void>;
  let dir: string;

  beforeEach(async () => {
    ({ store, registry, close } = await openTestDb());
    dir = mkdtempSync(join(tmpdir(), "cw-delivery-"));
  });
  afterEach(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("posts signed JSON to a webhook, retrying with backoff after a 500, and logs every attempt", async () => {
    const hook = await startWebhookReceiver([500, 503, 200]);
    try {
      await registry.addRule(validateRuleInput(rule("Soum hook", { criteria: SOUM, channels: [{ kind: "webhook", url: hook.url, secret: SECRET }] })));
      const ids = await report(store, "Djibo attack", [event({ fatalities: deaths(12), notes: "JNIM attacked the Djibo base." })]);
      const sleeps: number[] = [];
      const result = await checkAlerts(ids, { store, registry, delivery: { retry: FAST_RETRY, sleep: async (ms) => void sleeps.push(ms) } });

      expect(result.fired).toHaveLength(1);
      expect(hook.received).toHaveLength(3);
      expect(sleeps).toEqual([5, 10]);
      for (const req of hook.received) {
        expect(req.headers["content-type"]).toBe("application/json");
        expect(req.headers["x-conflictwatch-alert"]).toBe(result.fired[0].id);
        expect(verifyWebhookSignature(SECRET, String(req.headers["x-conflictwatch-timestamp"]), req.body, String(req.headers["x-conflictwatch-signature"]))).toBe(true);
        expect(verifyWebhookSignature("wrong-secret", String(req.headers["x-conflictwatch-timestamp"]), req.body, String(req.headers["x-conflictwatch-signature"]))).toBe(false);
      }
      const payload = JSON.parse(hook.received[2].body);
      expect(payload).toMatchObject({
        type: "conflictwatch.alert",
        alert: { kind: "new", id: result.fired[0].id },
        rule: { name: "Soum hook", kind: "match" },
        event: { id: ids[0], fatalities: 12, location: { name: "Djibo", admin2: "Soum" }, actor1: "JNIM" },
      });
      const log = (await registry.listDeliveries({ alertId: result.fired[0].id })).reverse();
      expect(log.map((d) => [d.attempt, d.status, d.http_status])).toEqual([[1, "retrying", 500], [2, "retrying", 503], [3, "delivered", 200]]);
      expect(result.deliveries.map((d) => d.status)).toEqual(["delivered"]);
    } finally {
      await hook.close();
    }
  });

  it("gives up at once on a 4xx, and after the last attempt when the receiver is down; ingestion never throws", async () => {
    const hook = await startWebhookReceiver([410]);
    const down = await startWebhookReceiver([200]);
    await down.close();
    try {
      await registry.addRule(validateRuleInput(rule("gone", { criteria: SOUM, channels: [{ kind: "webhook", url: hook.url, secret: SECRET }] })));
      await registry.addRule(validateRuleInput(rule("down", { criteria: SOUM, channels: [{ kind: "webhook", url: down.url, secret: SECRET }] })));
      const ids = await report(store, "Djibo attack", [event()]);
      const result = await checkAlerts(ids, { store, registry, delivery: { retry: FAST_RETRY, sleep: async () => undefined } });
      expect(hook.received).toHaveLength(1);
      const byRule = new Map(result.fired.map((a) => [a.rule_name, a.id]));
      const gone = await registry.listDeliveries({ alertId: byRule.get("gone") });
      expect(gone.map((d) => [d.attempt, d.status, d.http_status])).toEqual([[1, "failed", 410]]);
      const refused = (await registry.listDeliveries({ alertId: byRule.get("down") })).reverse();
      expect(refused.map((d) => d.status)).toEqual(["retrying", "retrying", "retrying", "failed"]);
      expect(refused[3].error).toMatch(/ECONNREFUSED|fetch failed/);
    } finally {
      await hook.close();
    }
  });

  it("sends an e-mail through the configured SMTP server, and appends a JSON line to a log file", async () => {
    const smtp = await startSmtpSink();
    const logPath = join(dir, "alerts", "alerts.jsonl");
    try {
      await registry.addRule(validateRuleInput(rule("Soum desk", { criteria: { ...SOUM, minFatalities: 5 }, channels: [{ kind: "email", to: ["desk@ngo.example", "security@ngo.example"] }, { kind: "log", path: logPath }] })));
      const ids = await report(store, "Djibo attack", [event({ fatalities: deaths(12), verification: "claimed", claimed_by: "JNIM", notes: "JNIM claimed an attack on the Djibo base." })]);
      const delivery = { smtp: { url: smtp.url, from: "alerts@conflictwatch.test" }, retry: FAST_RETRY, sleep: async () => undefined };
      const first = await checkAlerts(ids, { store, registry, delivery });
      expect(first.deliveries.map((d) => [d.channel, d.status])).toEqual([["email", "delivered"], ["log", "delivered"]]);

      expect(smtp.mails).toHaveLength(1);
      const mail = smtp.mails[0];
      expect(mail.from).toBe("alerts@conflictwatch.test");
      expect(mail.to).toEqual(["desk@ngo.example", "security@ngo.example"]);
      const { headers, body } = readMail(mail);
      expect(headers).toContain("Subject: [ALERT] Soum desk: Armed clash in Djibo, Soum, Sahel, Burkina Faso, 12 killed (claimed)");
      expect(body).toContain("JNIM claimed an attack on the Djibo base.");
      expect(body).toContain("Fatalities: 12 — verification: claimed (claimed by JNIM)");

      // A confirming report with a higher toll: an UPDATE goes out, saying what changed.
      const again = await report(store, "Army confirms", [event({ fatalities: deaths(20), verification: "confirmed", notes: "The army confirmed 20 dead in Djibo." })]);
      await checkAlerts(again, { store, registry, delivery });
      expect(smtp.mails).toHaveLength(2);
      const update = readMail(smtp.mails[1]);
      expect(update.headers).toMatch(/Subject: \[UPDATE\] Soum desk: .* 20 killed \(confirmed\)/);
      expect(update.body).toContain("Changed: fatalities 12 → 20; verification claimed → confirmed");

      const lines = readFileSync(logPath, "utf8").trim().split("\n").map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.alert.kind, l.event.fatalities])).toEqual([["new", 12], ["update", 20]]);
    } finally {
      await smtp.close();
    }
  });

  it("logs a failed e-mail delivery when no SMTP server is configured", async () => {
    await registry.addRule(validateRuleInput(rule("mail", { criteria: SOUM, channels: [{ kind: "email", to: ["desk@ngo.example"] }] })));
    const ids = await report(store, "Djibo attack", [event()]);
    const result = await checkAlerts(ids, { store, registry });
    expect(result.deliveries.map((d) => [d.status, d.error])).toEqual([["failed", expect.stringMatching(/no SMTP server configured/)]]);
  });
});
