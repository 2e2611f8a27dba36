import { randomUUID } from "node:crypto";
import postgres from "postgres";
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
import { assertSchemaName, createSchemaInTransaction, postgresTarget, schemaConnection } from "../postgres-location.js";
import { ALERTS_MIGRATIONS, MIGRATIONS_TABLE_SQL } from "./migrations.js";
import { definitionText, deliveryFromRow, firedFromRow, firedParams, parseState, ruleFromRow, stateText, type DeliveryRow, type FiredRow, type RuleRow } from "./rows.js";

export interface PostgresRegistryOptions {
  /** Schema for the tables (created when missing); default: the URL's `?schema=` as the event store reads it, else the search_path. */
  schema?: string;
}

/** Alert rules, fired alerts and deliveries in PostgreSQL, for teams sharing one database. */
export class PostgresAlertRegistry implements AlertRegistry {
  readonly kind = "postgres" as const;
  private readonly sql: postgres.Sql;
  private readonly schema: string | null;

  constructor(location: string, options: PostgresRegistryOptions = {}) {
    // Same convention as the event store: postgres://.../db?schema=team_a keeps a team's tables apart.
    const target = postgresTarget(location);
    const schema = options.schema ?? target.schema;
    if (schema != null) assertSchemaName(location, schema);
    this.schema = schema;
    this.sql = postgres(target.url, { max: 4, onnotice: () => undefined, ...schemaConnection(schema) });
  }

  async migrate(): Promise<void> {
    await this.sql.begin(async (tx) => {
      if (this.schema) await createSchemaInTransaction(tx, this.schema);
      // Two processes starting at once must not both apply a migration.
      await tx`SELECT pg_advisory_xact_lock(hashtext('conflictwatch.alerts_migrations'))`;
      await tx.unsafe(MIGRATIONS_TABLE_SQL);
      const applied = new Set((await tx<Array<{ version: number }>>`SELECT version FROM alerts_migrations`).map((r) => r.version));
      for (const m of ALERTS_MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await tx.unsafe(m.postgres);
        await tx`INSERT INTO alerts_migrations (version, name, applied_at) VALUES (${m.version}, ${m.name}, ${new Date().toISOString()})`;
      }
    });
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: 5 });
  }

  async addRule(input: AlertRuleInput): Promise<AlertRule> {
    const now = new Date().toISOString();
    const row: RuleRow = { id: randomUUID(), name: input.name, kind: input.kind, definition: definitionText(input), enabled: input.enabled === false ? 0 : 1, created_at: now, updated_at: now };
    try {
      await this.sql`INSERT INTO alert_rules ${this.sql(row)}`;
    } catch (err) {
      if ((err as { code?: string }).code === "23505") throw new InputError(`rule "${input.name}"`, "a rule with this name exists already");
      throw err;
    }
    return ruleFromRow(row);
  }

  async listRules(options: { enabledOnly?: boolean } = {}): Promise<AlertRule[]> {
    const rows = options.enabledOnly
      ? await this.sql<RuleRow[]>`SELECT * FROM alert_rules WHERE enabled = 1 ORDER BY name`
      : await this.sql<RuleRow[]>`SELECT * FROM alert_rules ORDER BY name`;
    return rows.map(ruleFromRow);
  }

  async getRule(idOrName: string): Promise<AlertRule | null> {
    const rows = await this.sql<RuleRow[]>`SELECT * FROM alert_rules WHERE id = ${idOrName} OR name = ${idOrName} ORDER BY (id = ${idOrName}) DESC LIMIT 1`;
    return rows.length ? ruleFromRow(rows[0]) : null;
  }

  async removeRule(idOrName: string): Promise<boolean> {
    const rule = await this.getRule(idOrName);
    if (!rule) return false;
    await this.sql.begin(async (tx) => {
      await tx`DELETE FROM alert_rules WHERE id = ${rule.id}`;
      await tx`DELETE FROM alert_subjects WHERE rule_id = ${rule.id}`;
    });
    return true;
  }

  async lastState(ruleId: string, subject: string): Promise<AlertMaterialState | null> {
    const rows = await this.sql<Array<{ state: string }>>`SELECT state FROM alert_subjects WHERE rule_id = ${ruleId} AND subject = ${subject}`;
    return rows.length ? parseState(rows[0].state) : null;
  }

  async recordFired(request: FireRequest): Promise<boolean> {
    const { alert, expectedPrevious } = request;
    const state = stateText(alert.state);
    return this.sql.begin(async (tx) => {
      // Compare-and-set on the subject's state: of two concurrent checks only one wins.
      const claimed = expectedPrevious
        ? await tx`UPDATE alert_subjects SET state = ${state}, updated_at = ${alert.fired_at} WHERE rule_id = ${alert.rule_id} AND subject = ${alert.subject} AND state = ${stateText(expectedPrevious)}`
        : await tx`INSERT INTO alert_subjects (rule_id, subject, state, updated_at) VALUES (${alert.rule_id}, ${alert.subject}, ${state}, ${alert.fired_at}) ON CONFLICT DO NOTHING`;
      if (claimed.count !== 1) return false;
      await tx`INSERT INTO alert_fired ${tx(firedParams(alert))}`;
      return true;
    });
  }

  async listFired(options: { ruleId?: string; eventId?: string; limit?: number } = {}): Promise<FiredAlert[]> {
    const rows = await this.sql<FiredRow[]>`
      SELECT * FROM alert_fired
      WHERE (${options.ruleId ?? null}::text IS NULL OR rule_id = ${options.ruleId ?? null})
        AND (${options.eventId ?? null}::text IS NULL OR event_id = ${options.eventId ?? null})
      ORDER BY seq DESC LIMIT ${options.limit ?? 100}`;
    return rows.map(firedFromRow);
  }

  async recordDelivery(record: DeliveryRecordInput): Promise<DeliveryRecord> {
    const rows = await this.sql<Array<{ id: string }>>`INSERT INTO alert_deliveries ${this.sql(record)} RETURNING id`;
    return { ...record, id: Number(rows[0].id) };
  }

  async listDeliveries(options: { alertId?: string; ruleId?: string; limit?: number } = {}): Promise<DeliveryRecord[]> {
    const rows = await this.sql<DeliveryRow[]>`
      SELECT * FROM alert_deliveries
      WHERE (${options.alertId ?? null}::text IS NULL OR alert_id = ${options.alertId ?? null})
        AND (${options.ruleId ?? null}::text IS NULL OR rule_id = ${options.ruleId ?? null})
      ORDER BY id DESC LIMIT ${options.limit ?? 100}`;
    return rows.map(deliveryFromRow);
  }
}
