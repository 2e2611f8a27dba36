import type { AlertMaterialState, AlertRule, TrendDetail } from "../domain/alerts.js";
import type { ConflictEvent } from "../domain/event.js";
import { matchesCriteria } from "./criteria.js";
import type { AlertEventSource } from "./event-source.js";
import { materialStateOf } from "./material-state.js";
import { checkFirstActorInArea, checkWeeklyIncrease } from "./trend-rules.js";

/** A rule's verdict on one event: what the alert is about and the state it is sent in. */
export interface RuleHit {
  subject: string;
  state: AlertMaterialState;
  trend: TrendDetail | null;
}

/** Whether the event makes the rule fire, whatever fired before. */
export async function evaluateRule(event: ConflictEvent, rule: AlertRule, store: AlertEventSource): Promise<RuleHit | null> {
  if (event.review_status === "rejected") return null;
  if (rule.kind === "match") {
    return matchesCriteria(event, rule.criteria) ? { subject: event.id, state: materialStateOf(event), trend: null } : null;
  }
  if (rule.kind === "first-actor-in-area") {
    const trend = await checkFirstActorInArea(event, rule, store);
    return trend ? { subject: event.id, state: materialStateOf(event), trend } : null;
  }
  const trend = await checkWeeklyIncrease(event, rule, store);
  if (!trend) return null;
  // One alert per rule and week: the week's count is its state, and a growing count is not an "update".
  return { subject: `week:${trend.weekStart}`, state: { fatalities: null, verification: null, count: trend.weekEvents }, trend };
}
