/** Alerts: rules matched against stored events, trend rules, delivery. Imports only src/domain. */
export { describeArea, distanceKm, isInArea } from "./area.js";
export { matchesCriteria, actorsOf } from "./criteria.js";
export { materialChanges, materialStateOf } from "./material-state.js";
export { evaluateRule, type RuleHit } from "./evaluate.js";
export { fireAlertsForEvents, type FireDeps, type FiredWithContext } from "./fire.js";
export { testRule, type RuleTestHit } from "./rule-test.js";
export { parseRuleInput, validateRuleInput } from "./rule-input.js";
export { buildPayload, alertSubject, alertText, redactRule, type AlertPayload } from "./payload.js";
export { deliverAlert, deliverToChannel, smtpSettingsFromEnv, DEFAULT_RETRY, type DeliveryDeps, type RetryPolicy, type SmtpSettings } from "./deliver.js";
export { signWebhookBody, verifyWebhookSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER, ALERT_ID_HEADER } from "./webhook-signature.js";
export { DEFAULT_INCREASE_PERCENT, DEFAULT_MIN_WEEKLY_EVENTS, DEFAULT_QUIET_DAYS } from "./trend-rules.js";
export type { AlertEventSource } from "./event-source.js";
