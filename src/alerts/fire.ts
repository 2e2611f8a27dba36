import { randomUUID } from "node:crypto";
import type { AlertRegistry, AlertRule, FiredAlert } from "../domain/alerts.js";
import type { ConflictEvent } from "../domain/event.js";
import { evaluateRule } from "./evaluate.js";
import type { AlertEventSource } from "./event-source.js";
import { materialChanges } from "./material-state.js";

export interface FireDeps {
  store: AlertEventSource;
  registry: AlertRegistry;
  now?: () => Date;
  /**
   * Events dated more than this many days before now fire nothing (null: no limit), so
   * loading an archive does not flood analysts with alerts about last year. Undated events still fire.
   */
  maxEventAgeDays?: number | null;
}

export interface FiredWithContext {
  alert: FiredAlert;
  rule: AlertRule;
  event: ConflictEvent;
}

/**
 * Check stored (new or merged) events against every enabled rule and record what fires:
 * the first time a rule fires for a subject it is "new"; later it fires again only as an
 * "update" when the event changed materially. The registry's compare-and-set makes a
 * concurrent check of the same event a no-op instead of a duplicate.
 */
export async function fireAlertsForEvents(eventIds: string[], deps: FireDeps): Promise<FiredWithContext[]> {
  const rules = await deps.registry.listRules({ enabledOnly: true });
  if (rules.length === 0) return [];
  const now = deps.now ?? (() => new Date());
  const oldest = deps.maxEventAgeDays != null ? new Date(now().getTime() - deps.maxEventAgeDays * 86_400_000).toISOString().slice(0, 10) : null;
  const fired: FiredWithContext[] = [];
  for (const eventId of [...new Set(eventIds)]) {
    const event = await deps.store.getEvent(eventId);
    if (!event) continue;
    if (oldest && event.event_date && event.event_date < oldest) continue;
    for (const rule of rules) {
      const hit = await evaluateRule(event, rule, deps.store);
      if (!hit) continue;
      const previous = await deps.registry.lastState(rule.id, hit.subject);
      const changes = previous ? materialChanges(previous, hit.state) : [];
      if (previous && changes.length === 0) continue;
      const alert: FiredAlert = {
        id: randomUUID(),
        rule_id: rule.id,
        rule_name: rule.name,
        subject: hit.subject,
        event_id: event.id,
        kind: previous ? "update" : "new",
        state: hit.state,
        changes,
        trend: hit.trend,
        fired_at: now().toISOString(),
      };
      if (await deps.registry.recordFired({ alert, expectedPrevious: previous })) fired.push({ alert, rule, event });
    }
  }
  return fired;
}
