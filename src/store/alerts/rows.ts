import type { AlertMaterialState, AlertRule, AlertRuleInput, DeliveryRecord, FiredAlert } from "../../domain/alerts.js";

/** Row shapes shared by both databases (JSON kept as text). */
export interface RuleRow {
  id: string;
  name: string;
  kind: string;
  definition: string;
  enabled: number | boolean;
  created_at: string;
  updated_at: string;
}

export interface FiredRow {
  id: string;
  rule_id: string;
  rule_name: string;
  subject: string;
  event_id: string;
  kind: string;
  state: string;
  changes: string;
  trend: string | null;
  fired_at: string;
}

export interface DeliveryRow extends Omit<DeliveryRecord, "id"> {
  id: number | string;
}

/** Canonical text of a state: same keys, same order, so equal states compare equal as text. */
export function stateText(state: AlertMaterialState): string {
  return JSON.stringify({ fatalities: state.fatalities ?? null, verification: state.verification ?? null, count: state.count ?? null });
}

export function parseState(text: string): AlertMaterialState {
  const raw = JSON.parse(text) as AlertMaterialState;
  const state: AlertMaterialState = { fatalities: raw.fatalities ?? null, verification: raw.verification ?? null };
  if (raw.count != null) state.count = raw.count;
  return state;
}

/** What of a rule goes into its `definition` column. */
export function definitionText(input: AlertRuleInput): string {
  return JSON.stringify({
    criteria: input.criteria,
    quietDays: input.quietDays ?? null,
    increasePercent: input.increasePercent ?? null,
    minWeeklyEvents: input.minWeeklyEvents ?? null,
    channels: input.channels,
  });
}

export function ruleFromRow(row: RuleRow): AlertRule {
  const def = JSON.parse(row.definition) as Pick<AlertRuleInput, "criteria" | "quietDays" | "increasePercent" | "minWeeklyEvents" | "channels">;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as AlertRule["kind"],
    criteria: def.criteria,
    quietDays: def.quietDays ?? null,
    increasePercent: def.increasePercent ?? null,
    minWeeklyEvents: def.minWeeklyEvents ?? null,
    channels: def.channels,
    enabled: row.enabled === true || row.enabled === 1,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function firedFromRow(row: FiredRow): FiredAlert {
  return {
    id: row.id,
    rule_id: row.rule_id,
    rule_name: row.rule_name,
    subject: row.subject,
    event_id: row.event_id,
    kind: row.kind as FiredAlert["kind"],
    state: parseState(row.state),
    changes: JSON.parse(row.changes) as string[],
    trend: row.trend ? (JSON.parse(row.trend) as FiredAlert["trend"]) : null,
    fired_at: row.fired_at,
  };
}

export function firedParams(alert: FiredAlert) {
  return {
    id: alert.id,
    rule_id: alert.rule_id,
    rule_name: alert.rule_name,
    subject: alert.subject,
    event_id: alert.event_id,
    kind: alert.kind,
    state: stateText(alert.state),
    changes: JSON.stringify(alert.changes),
    trend: alert.trend ? JSON.stringify(alert.trend) : null,
    fired_at: alert.fired_at,
  };
}

export function deliveryFromRow(row: DeliveryRow): DeliveryRecord {
  return { ...row, id: Number(row.id), http_status: row.http_status == null ? null : Number(row.http_status) };
}
