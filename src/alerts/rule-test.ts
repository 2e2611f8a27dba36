import type { AlertRule } from "../domain/alerts.js";
import type { ConflictEvent } from "../domain/event.js";
import type { EventFilter } from "../domain/store.js";
import { evaluateRule, type RuleHit } from "./evaluate.js";
import type { AlertEventSource } from "./event-source.js";

export interface RuleTestHit extends RuleHit {
  event: ConflictEvent;
}

/**
 * Which stored events would have fired the rule (`alerts test RULE`), in date order,
 * one per subject (a weekly-increase rule fires once per week). Records nothing.
 */
export async function testRule(rule: AlertRule, store: AlertEventSource, filter: EventFilter = {}): Promise<RuleTestHit[]> {
  const hits: RuleTestHit[] = [];
  const subjects = new Set<string>();
  for await (const event of store.iterateEvents(filter)) {
    const hit = await evaluateRule(event, rule, store);
    if (!hit || subjects.has(hit.subject)) continue;
    subjects.add(hit.subject);
    hits.push({ ...hit, event });
  }
  return hits;
}
