import { parseRuleInput, redactRule, testRule, type AlertEventSource } from "../alerts/index.js";
import type { AlertRegistry } from "../domain/alerts.js";

/**
 * The alert-rule operations the HTTP API offers (serve's `alertRules`), over one
 * registry and the event store the rules are tested against. One wiring for the
 * `serve` command and the tests that stand a server up.
 */
export function alertRulesApi(registry: AlertRegistry, store: AlertEventSource) {
  return {
    listRules: () => registry.listRules(),
    addRule: (input: Parameters<AlertRegistry["addRule"]>[0]) => registry.addRule(input),
    getRule: (id: string) => registry.getRule(id),
    removeRule: (id: string) => registry.removeRule(id),
    parseRuleInput,
    testRule: (rule: Parameters<typeof testRule>[0], filter: Parameters<typeof testRule>[2]) => testRule(rule, store, filter),
    listFired: (options: Parameters<AlertRegistry["listFired"]>[0]) => registry.listFired(options),
    listDeliveries: (options: Parameters<AlertRegistry["listDeliveries"]>[0]) => registry.listDeliveries(options),
    redactRule,
  };
}
