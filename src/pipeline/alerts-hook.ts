import { deliverAlert, fireAlertsForEvents, type AlertEventSource, type DeliveryDeps } from "../alerts/index.js";
import type { AlertRegistry, DeliveryRecord, FiredAlert } from "../domain/alerts.js";

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
