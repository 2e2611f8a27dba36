import type { ConflictEvent } from "./types";

/** The alert API's shapes as the dashboard reads them (mirrors src/domain/alerts.ts; the SPA builds on its own). */
export type AlertArea =
  | { kind: "radius"; latitude: number; longitude: number; radiusKm: number }
  | { kind: "bbox"; bbox: [number, number, number, number] }
  | { kind: "admin"; units: Array<{ country?: string | null; admin1?: string | null; admin2?: string | null }> };

export interface AlertCriteria {
  area?: AlertArea | null;
  actors?: string[];
  eventTypes?: string[];
  minFatalities?: number | null;
  verification?: string[];
  keywords?: string[];
}

export type AlertChannel = { kind: "webhook"; url: string; secret?: string | null } | { kind: "email"; to: string[] } | { kind: "log"; path: string };

export type AlertRuleKind = "match" | "first-actor-in-area" | "weekly-increase";

export interface AlertRuleBody {
  name: string;
  kind: AlertRuleKind;
  criteria: AlertCriteria;
  quietDays?: number | null;
  increasePercent?: number | null;
  channels: AlertChannel[];
}

export interface AlertRule extends AlertRuleBody {
  id: string;
  enabled: boolean;
  created_at: string;
}

export interface RuleTestHit {
  subject: string;
  event: ConflictEvent;
  trend: { weekStart?: string; weekEvents?: number; trailingAverage?: number; actor?: string } | null;
}

export interface FiredAlert {
  id: string; rule_id: string; rule_name: string; subject: string; event_id: string;
  kind: "new" | "update"; changes: string[]; fired_at: string;
}

export interface DeliveryRecord {
  id: number; alert_id: string; channel: string; target: string; attempt: number;
  status: "delivered" | "retrying" | "failed"; http_status: number | null; error: string | null; at: string;
}

export const RULE_KINDS: Array<[AlertRuleKind, string]> = [
  ["match", "every matching event"],
  ["first-actor-in-area", "first event by an actor in the area"],
  ["weekly-increase", "weekly increase in the area"],
];
