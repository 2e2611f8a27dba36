import type { Verification } from "./event.js";

/**
 * Alerts: rules analysts keep in the database, the alerts they fire when events
 * are stored or merged, and the log of every attempt to deliver them.
 * Types only; matching lives in src/alerts, storage in src/store/alerts.
 */

/** Where a rule watches: a circle, a box, or named administrative units. */
export type AlertArea =
  | { kind: "radius"; latitude: number; longitude: number; radiusKm: number }
  /** [west, south, east, north] in degrees. */
  | { kind: "bbox"; bbox: [number, number, number, number] }
  /** Any of the units; each unit's given parts must all match (country as name or ISO3). */
  | { kind: "admin"; units: AdminUnitRef[] };

export interface AdminUnitRef {
  country?: string | null;
  admin1?: string | null;
  admin2?: string | null;
}

/** What an event must be to match. Every criterion given must hold; within a list, any item matches. */
export interface AlertCriteria {
  area?: AlertArea | null;
  /** Actor names (short or ACLED name, case-insensitive substring) taking part as actor1, actor2 or associated actor. */
  actors?: string[];
  /** Event types or sub-event types. */
  eventTypes?: string[];
  /** Best fatality figure at least this. */
  minFatalities?: number | null;
  /** Accepted verification levels. */
  verification?: Verification[];
  /** Words or phrases found in the notes, source titles or evidence (case and accents ignored). */
  keywords?: string[];
}

/**
 * "match": every event meeting the criteria.
 * "first-actor-in-area": an event by an actor with no other event by that actor in the area in the previous `quietDays` days.
 * "weekly-increase": the week's matching events in the area exceed the trailing 4-week average by `increasePercent`.
 */
export type AlertRuleKind = "match" | "first-actor-in-area" | "weekly-increase";

export const ALERT_RULE_KINDS: readonly AlertRuleKind[] = ["match", "first-actor-in-area", "weekly-increase"];

export type AlertChannel =
  /** JSON POST signed with HMAC-SHA256 of the body (header X-Conflictwatch-Signature: sha256=HEX). */
  | { kind: "webhook"; url: string; secret?: string | null }
  /** Through the configured SMTP server. */
  | { kind: "email"; to: string[] }
  /** One JSON line per alert appended to a local file. */
  | { kind: "log"; path: string };

export interface AlertRuleInput {
  name: string;
  kind: AlertRuleKind;
  criteria: AlertCriteria;
  /** first-actor-in-area: days without an event by the actor in the area (default 30). */
  quietDays?: number | null;
  /** weekly-increase: percent above the trailing 4-week average (default 50). */
  increasePercent?: number | null;
  /** weekly-increase: the week needs at least this many events to fire (default 3), so 1 vs 0 is no trend. */
  minWeeklyEvents?: number | null;
  channels: AlertChannel[];
  enabled?: boolean;
}

export interface AlertRule extends AlertRuleInput {
  id: string;
  enabled: boolean;
  created_at: string;
  updated_at: string;
}

/** What about an event decides whether a later report changes it materially. */
export interface AlertMaterialState {
  fatalities: number | null;
  verification: Verification | null;
  /** weekly-increase: the week's event count. */
  count?: number | null;
}

/** "new": first time the rule fires for this subject; "update": a later report changed it materially. */
export type AlertKind = "new" | "update";

export interface TrendDetail {
  rule: AlertRuleKind;
  /** first-actor-in-area: the actor; weekly-increase: ISO date of the week's Monday. */
  actor?: string;
  quietDays?: number;
  /** Date of the actor's last event in the area before the quiet period, when one is stored. */
  previousEventDate?: string | null;
  weekStart?: string;
  weekEvents?: number;
  trailingAverage?: number;
  increasePercent?: number | null;
}

export interface FiredAlert {
  id: string;
  rule_id: string;
  rule_name: string;
  /** The event id, or "week:YYYY-MM-DD" for weekly-increase (one alert per week per rule). */
  subject: string;
  event_id: string;
  kind: AlertKind;
  state: AlertMaterialState;
  /** For updates: what changed, in words ("fatalities 10 → 60"). */
  changes: string[];
  trend: TrendDetail | null;
  fired_at: string;
}

export type DeliveryStatus = "delivered" | "retrying" | "failed";

export interface DeliveryRecord {
  id: number;
  alert_id: string;
  rule_id: string;
  channel: AlertChannel["kind"];
  /** URL, addresses or file path. */
  target: string;
  attempt: number;
  status: DeliveryStatus;
  http_status: number | null;
  error: string | null;
  at: string;
}

export type DeliveryRecordInput = Omit<DeliveryRecord, "id">;

/** Result of trying to record that a rule fired: null when another check already recorded this subject in this state. */
export interface FireRequest {
  alert: FiredAlert;
  /** The state last recorded for (rule, subject), or null when the rule never fired for it: compare-and-set guard. */
  expectedPrevious: AlertMaterialState | null;
}

/** Storage of rules, fired alerts and deliveries; SQLite and PostgreSQL implement it in src/store/alerts. */
export interface AlertRegistry {
  readonly kind: "sqlite" | "postgres";
  /** Apply pending migrations of the alerts namespace (table alerts_migrations). Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Throws InputError when the name is taken. */
  addRule(input: AlertRuleInput): Promise<AlertRule>;
  listRules(options?: { enabledOnly?: boolean }): Promise<AlertRule[]>;
  /** By id or by name. */
  getRule(idOrName: string): Promise<AlertRule | null>;
  /** Returns whether a rule was removed; its fired alerts and deliveries stay as history. */
  removeRule(idOrName: string): Promise<boolean>;

  /** Last recorded state of (rule, subject), or null when the rule never fired for it. */
  lastState(ruleId: string, subject: string): Promise<AlertMaterialState | null>;
  /**
   * Record a fired alert if (rule, subject) is still in `expectedPrevious` state; returns false when
   * another check got there first, so two concurrent checks never fire the same alert twice.
   */
  recordFired(request: FireRequest): Promise<boolean>;
  listFired(options?: { ruleId?: string; eventId?: string; limit?: number }): Promise<FiredAlert[]>;

  recordDelivery(record: DeliveryRecordInput): Promise<DeliveryRecord>;
  listDeliveries(options?: { alertId?: string; ruleId?: string; limit?: number }): Promise<DeliveryRecord[]>;
}
