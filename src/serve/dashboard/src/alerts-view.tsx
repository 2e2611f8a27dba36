import { useEffect, useState } from "preact/hooks";
import { ApiError, deleteJson, filterQuery, getJson } from "./api";
import { describeArea, describeChannel, describeCriteria } from "./alert-describe";
import { AlertRuleForm } from "./alert-rule-form";
import type { AlertRule, DeliveryRecord, FiredAlert, RuleTestHit } from "./alert-types";
import { fatalityCount } from "./format-values";
import type { Meta } from "./types";
import type { Filters } from "./url-state";

interface Props {
  meta: Meta | null;
  filters: Filters;
  mapBbox: string | null;
  onSelect(id: string): void;
}

const message = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

/** Alert rules: list, add, test against stored events, remove; and what fired lately, with delivery status. */
export function AlertsView({ meta, filters, mapBbox, onSelect }: Props) {
  const [rules, setRules] = useState<AlertRule[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [tested, setTested] = useState<{ rule: AlertRule; hits: RuleTestHit[] | null; error: string | null } | null>(null);
  const canWrite = meta !== null && meta.writes !== "disabled";

  useEffect(() => {
    getJson<{ rules: AlertRule[] }>("/api/alerts/rules")
      .then((r) => { setRules(r.rules); setError(null); })
      .catch((e) => setError(message(e)));
  }, [version]);

  // The filter bar narrows a test to, say, this year's events.
  const test = async (rule: AlertRule) => {
    setTested({ rule, hits: null, error: null });
    try {
      const q = filterQuery(filters);
      const r = await getJson<{ would_fire: RuleTestHit[] }>(`/api/alerts/rules/${encodeURIComponent(rule.id)}/test${q ? `?${q}` : ""}`);
      setTested({ rule, hits: r.would_fire, error: null });
    } catch (e) {
      setTested({ rule, hits: [], error: message(e) });
    }
  };

  const remove = async (rule: AlertRule) => {
    if (!confirm(`Remove the rule “${rule.name}”? Alerts it fired stay in the history.`)) return;
    try {
      await deleteJson(`/api/alerts/rules/${encodeURIComponent(rule.id)}`);
      if (tested?.rule.id === rule.id) setTested(null);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <div class="page" data-testid="alerts-view">
      <h2>Alerts</h2>
      {error && <p class="error" data-testid="alerts-error">{error}</p>}
      <div class="columns alerts-columns">
        <section>
          <h3>Rules <a class="json-twin" href="/api/alerts/rules" target="_blank" rel="noreferrer">JSON</a></h3>
          {rules && rules.length === 0 && <p class="hint">No rules yet. A rule is checked whenever events are stored or merged.</p>}
          {rules && rules.length > 0 && (
            <table class="data" data-testid="alert-rules">
              <thead><tr><th>Name</th><th>Fires on</th><th>Area</th><th>Criteria</th><th>Channels</th><th /></tr></thead>
              <tbody>
                {rules.map((r) => (
                  <tr key={r.id} data-rule-id={r.id} class={tested?.rule.id === r.id ? "chosen" : ""}>
                    <td><strong>{r.name}</strong>{!r.enabled && <span class="badge">off</span>}</td>
                    <td>{r.kind}</td>
                    <td>{describeArea(r.criteria.area)}</td>
                    <td>{describeCriteria(r)}</td>
                    <td>{r.channels.length ? r.channels.map((c, i) => <div key={i} class="channel">{describeChannel(c)}</div>) : <span class="muted">none</span>}</td>
                    <td class="actions">
                      <button onClick={() => test(r)}>Test</button>
                      <button class="danger" disabled={!canWrite} title={canWrite ? undefined : "This server is read-only"} onClick={() => remove(r)}>Remove</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {tested && <TestResult rule={tested.rule} hits={tested.hits} error={tested.error} filtered={filterQuery(filters) !== ""} onSelect={onSelect} />}
          <AlertRuleForm meta={meta} mapBbox={mapBbox} onAdded={() => setVersion((v) => v + 1)} />
        </section>
        <section>
          <FiredAlerts version={version} onSelect={onSelect} />
        </section>
      </div>
    </div>
  );
}

function TestResult({ rule, hits, error, filtered, onSelect }: { rule: AlertRule; hits: RuleTestHit[] | null; error: string | null; filtered: boolean; onSelect(id: string): void }) {
  return (
    <div class="test-result" data-testid="alert-test">
      <h3>Would have fired: {rule.name}</h3>
      {error && <p class="error">{error}</p>}
      {hits === null && <p class="hint">Checking the stored events…</p>}
      {hits && !error && <p class="hint">{hits.length} stored event{hits.length === 1 ? "" : "s"}{filtered ? " under the filters above" : ""} would have fired this rule (nothing is sent).</p>}
      <ul class="plain">
        {hits?.map((h) => (
          <li key={h.subject} class="clickable" data-event-id={h.event.id} onClick={() => onSelect(h.event.id)}>
            {h.event.event_date ?? "date unknown"} · {h.event.location?.name ?? "unlocated"} · {h.event.sub_event_type}
            {fatalityCount(h.event) > 0 && <> · {fatalityCount(h.event)} killed</>}
            {h.trend?.weekStart && <span class="muted"> — week of {h.trend.weekStart}: {h.trend.weekEvents} events vs {h.trend.trailingAverage?.toFixed(1)} on average</span>}
            {h.trend?.actor && <span class="muted"> — first event by {h.trend.actor}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The latest fired alerts, each with the last delivery attempt per channel. */
function FiredAlerts({ version, onSelect }: { version: number; onSelect(id: string): void }) {
  const [fired, setFired] = useState<FiredAlert[] | null>(null);
  const [deliveries, setDeliveries] = useState<DeliveryRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([getJson<{ alerts: FiredAlert[] }>("/api/alerts/fired?limit=50"), getJson<{ deliveries: DeliveryRecord[] }>("/api/alerts/deliveries?limit=500")])
      .then(([f, d]) => { setFired(f.alerts); setDeliveries(d.deliveries); setError(null); })
      .catch((e) => setError(message(e)));
  }, [version]);

  const latest = (alertId: string): DeliveryRecord[] => {
    const byTarget = new Map<string, DeliveryRecord>();
    for (const d of deliveries.filter((x) => x.alert_id === alertId)) {
      const key = `${d.channel} ${d.target}`;
      const seen = byTarget.get(key);
      if (!seen || d.attempt > seen.attempt || (d.attempt === seen.attempt && d.id > seen.id)) byTarget.set(key, d);
    }
    return [...byTarget.values()];
  };

  return (
    <div data-testid="alerts-fired">
      <h3>Recently fired <a class="json-twin" href="/api/alerts/fired" target="_blank" rel="noreferrer">JSON</a> <a class="json-twin" href="/api/alerts/deliveries" target="_blank" rel="noreferrer">deliveries</a></h3>
      {error && <p class="error">{error}</p>}
      {fired && fired.length === 0 && <p class="hint">No alert has fired yet.</p>}
      {fired && fired.length > 0 && (
        <table class="data">
          <thead><tr><th>When</th><th>Rule</th><th>Event</th><th>Delivery</th></tr></thead>
          <tbody>
            {fired.map((a) => (
              <tr key={a.id} data-alert-id={a.id}>
                <td title={a.fired_at}>{a.fired_at.replace("T", " ").slice(0, 16)} UTC</td>
                <td>{a.rule_name}{a.kind === "update" && <span class="badge">update</span>}{a.changes.length > 0 && <div class="muted">{a.changes.join("; ")}</div>}</td>
                <td>{a.event_id ? <button class="link" onClick={() => onSelect(a.event_id)}>{a.subject.startsWith("week:") ? a.subject : "open event"}</button> : a.subject}</td>
                <td>
                  {latest(a.id).map((d) => (
                    <div key={d.id} class={`delivery delivery-${d.status}`} title={d.error ?? undefined}>
                      {d.status} · {d.channel} {d.target}{d.attempt > 1 ? ` (attempt ${d.attempt})` : ""}{d.error ? ` — ${d.error}` : ""}
                    </div>
                  ))}
                  {latest(a.id).length === 0 && <span class="muted">no channel</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
