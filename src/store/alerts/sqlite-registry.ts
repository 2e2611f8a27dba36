import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type {
  AlertMaterialState,
  AlertRegistry,
  AlertRule,
  AlertRuleInput,
  DeliveryRecord,
  DeliveryRecordInput,
  FireRequest,
  FiredAlert,
} from "../../domain/alerts.js";
import { InputError } from "../../domain/errors.js";
import { ALERTS_MIGRATIONS, MIGRATIONS_TABLE_SQL } from "./migrations.js";
import { definitionText, deliveryFromRow, firedFromRow, firedParams, parseState, ruleFromRow, stateText, type DeliveryRow, type FiredRow, type RuleRow } from "./rows.js";

/** Alert rules, fired alerts and deliveries in the same SQLite file as the events (own connection, own tables). */
export class SqliteAlertRegistry implements AlertRegistry {
  readonly kind = "sqlite" as const;
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    // The event store writes to the same file from another connection: wait rather than fail.
    this.db.pragma("busy_timeout = 5000");
  }

  async migrate(): Promise<void> {
    this.db.exec(MIGRATIONS_TABLE_SQL);
    const applied = new Set((this.db.prepare("SELECT version FROM alerts_migrations").all() as Array<{ version: number }>).map((r) => r.version));
    for (const m of ALERTS_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sqlite);
        this.db.prepare("INSERT INTO alerts_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, new Date().toISOString());
      }).immediate();
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }

  async addRule(input: AlertRuleInput): Promise<AlertRule> {
    const now = new Date().toISOString();
    const row: RuleRow = { id: randomUUID(), name: input.name, kind: input.kind, definition: definitionText(input), enabled: input.enabled === false ? 0 : 1, created_at: now, updated_at: now };
    try {
      this.db.prepare("INSERT INTO alert_rules (id, name, kind, definition, enabled, created_at, updated_at) VALUES (@id, @name, @kind, @definition, @enabled, @created_at, @updated_at)").run(row);
    } catch (err) {
      if ((err as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE") throw new InputError(`rule "${input.name}"`, "a rule with this name exists already");
      throw err;
    }
    return ruleFromRow(row);
  }

  async listRules(options: { enabledOnly?: boolean } = {}): Promise<AlertRule[]> {
    const sql = `SELECT * FROM alert_rules ${options.enabledOnly ? "WHERE enabled = 1" : ""} ORDER BY name`;
    return (this.db.prepare(sql).all() as RuleRow[]).map(ruleFromRow);
  }

  async getRule(idOrName: string): Promise<AlertRule | null> {
    const row = this.db.prepare("SELECT * FROM alert_rules WHERE id = ? OR name = ? ORDER BY id = ? DESC LIMIT 1").get(idOrName, idOrName, idOrName) as RuleRow | undefined;
    return row ? ruleFromRow(row) : null;
  }

  async removeRule(idOrName: string): Promise<boolean> {
    const rule = await this.getRule(idOrName);
    if (!rule) return false;
    this.db.transaction(() => {
      this.db.prepare("DELETE FROM alert_rules WHERE id = ?").run(rule.id);
      this.db.prepare("DELETE FROM alert_subjects WHERE rule_id = ?").run(rule.id);
    })();
    return true;
  }

  async lastState(ruleId: string, subject: string): Promise<AlertMaterialState | null> {
    const row = this.db.prepare("SELECT state FROM alert_subjects WHERE rule_id = ? AND subject = ?").get(ruleId, subject) as { state: string } | undefined;
    return row ? parseState(row.state) : null;
  }

  async recordFired(request: FireRequest): Promise<boolean> {
    const { alert, expectedPrevious } = request;
    const state = stateText(alert.state);
    return this.db.transaction(() => {
      const claimed = expectedPrevious
        ? this.db.prepare("UPDATE alert_subjects SET state = ?, updated_at = ? WHERE rule_id = ? AND subject = ? AND state = ?").run(state, alert.fired_at, alert.rule_id, alert.subject, stateText(expectedPrevious))
        : this.db.prepare("INSERT INTO alert_subjects (rule_id, subject, state, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING").run(alert.rule_id, alert.subject, state, alert.fired_at);
      if (claimed.changes !== 1) return false;
      this.db
        .prepare("INSERT INTO alert_fired (id, rule_id, rule_name, subject, event_id, kind, state, changes, trend, fired_at) VALUES (@id, @rule_id, @rule_name, @subject, @event_id, @kind, @state, @changes, @trend, @fired_at)")
        .run(firedParams(alert));
      return true;
    }).immediate();
  }

  async listFired(options: { ruleId?: string; eventId?: string; limit?: number } = {}): Promise<FiredAlert[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (options.ruleId) (where.push("rule_id = ?"), params.push(options.ruleId));
    if (options.eventId) (where.push("event_id = ?"), params.push(options.eventId));
    const sql = `SELECT * FROM alert_fired ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY seq DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...params, options.limit ?? 100) as FiredRow[]).map(firedFromRow);
  }

  async recordDelivery(record: DeliveryRecordInput): Promise<DeliveryRecord> {
    const info = this.db
      .prepare("INSERT INTO alert_deliveries (alert_id, rule_id, channel, target, attempt, status, http_status, error, at) VALUES (@alert_id, @rule_id, @channel, @target, @attempt, @status, @http_status, @error, @at)")
      .run(record);
    return { ...record, id: Number(info.lastInsertRowid) };
  }

  async listDeliveries(options: { alertId?: string; ruleId?: string; limit?: number } = {}): Promise<DeliveryRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (options.alertId) (where.push("alert_id = ?"), params.push(options.alertId));
    if (options.ruleId) (where.push("rule_id = ?"), params.push(options.ruleId));
    const sql = `SELECT * FROM alert_deliveries ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...params, options.limit ?? 100) as DeliveryRow[]).map(deliveryFromRow);
  }
}
