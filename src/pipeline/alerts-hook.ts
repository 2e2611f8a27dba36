import { deliverAlert, fireAlertsForEvents, smtpSettingsFromEnv, type AlertEventSource, type DeliveryDeps } from "../alerts/index.js";
import type { AlertRegistry, DeliveryRecord, FiredAlert } from "../domain/alerts.js";
import { InputError } from "../domain/errors.js";
import { openAlertRegistry } from "../store/alerts/index.js";

export interface AlertsHookDeps {
  store: AlertEventSource;
  registry: AlertRegistry;
  /** Delivery settings (SMTP, default webhook secret, retry policy); the registry is added here. */
  delivery?: Omit<DeliveryDeps, "registry">;
  now?: () => Date;
  /** Events dated longer ago than this fire nothing (null or absent: no limit); e.g. 30 when loading archives. */
  maxEventAgeDays?: number | null;
}

export interface AlertsHookResult {
  fired: FiredAlert[];
  /** Final delivery record per (alert, channel). */
  deliveries: DeliveryRecord[];
}

/**
 * Called by the pipeline after each ingest/merge/review with the ids of the events it
 * stored or changed: fires new alerts and updates, and delivers them. Delivery failures
 * are logged in the delivery log, never thrown: ingestion must not fail because a
 * webhook is down.
 */
export async function checkAlerts(eventIds: string[], deps: AlertsHookDeps): Promise<AlertsHookResult> {
  if (eventIds.length === 0) return { fired: [], deliveries: [] };
  const fired = await fireAlertsForEvents(eventIds, { store: deps.store, registry: deps.registry, now: deps.now, maxEventAgeDays: deps.maxEventAgeDays });
  const deliveries: DeliveryRecord[] = [];
  for (const item of fired) {
    deliveries.push(...(await deliverAlert(item, { ...deps.delivery, registry: deps.registry, now: deps.delivery?.now ?? deps.now })));
  }
  return { fired: fired.map((f) => f.alert), deliveries };
}

/** Alert checking for one store location, as `ingest`, `serve` and review actions need it. */
export interface AlertsSession {
  registry: AlertRegistry;
  /** checkAlerts with this session's registry and delivery settings. */
  check(eventIds: string[]): Promise<AlertsHookResult>;
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the alert registry beside the event store at `location` (SQLite file or
 * postgres:// URL, same string as openStore) and reads delivery settings from the environment:
 * CONFLICTWATCH_SMTP_URL, CONFLICTWATCH_MAIL_FROM, CONFLICTWATCH_WEBHOOK_SECRET (for webhooks
 * without their own secret), CONFLICTWATCH_ALERT_MAX_AGE_DAYS (older events fire nothing).
 */
export async function openAlertsSession(location: string, store: AlertEventSource, env: NodeJS.ProcessEnv): Promise<AlertsSession> {
  const registry = openAlertRegistry(location);
  try {
    await registry.migrate();
  } catch (error) {
    await registry.close().catch(() => undefined);
    throw error;
  }
  const maxAge = env.CONFLICTWATCH_ALERT_MAX_AGE_DAYS ? Number(env.CONFLICTWATCH_ALERT_MAX_AGE_DAYS) : null;
  if (maxAge !== null && !(Number.isInteger(maxAge) && maxAge > 0)) {
    await registry.close();
    throw new InputError("CONFLICTWATCH_ALERT_MAX_AGE_DAYS", `"${env.CONFLICTWATCH_ALERT_MAX_AGE_DAYS}" must be a whole number of days`);
  }
  const delivery = { smtp: smtpSettingsFromEnv(env), webhookSecret: env.CONFLICTWATCH_WEBHOOK_SECRET ?? null };
  return {
    registry,
    check: (eventIds) => checkAlerts(eventIds, { store, registry, delivery, maxEventAgeDays: maxAge }),
    close: () => registry.close(),
  };
}
