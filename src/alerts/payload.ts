import type { AlertChannel, AlertRule, FiredAlert } from "../domain/alerts.js";
import type { ConflictEvent } from "../domain/event.js";

/** The JSON body of a webhook and of a log-file line: the alert, its rule and the event with its sources. */
export interface AlertPayload {
  type: "conflictwatch.alert";
  alert: Pick<FiredAlert, "id" | "kind" | "subject" | "changes" | "trend" | "fired_at">;
  rule: { id: string; name: string; kind: AlertRule["kind"] };
  event: {
    id: string;
    event_date: string | null;
    date_precision: string;
    event_type: string;
    sub_event_type: string;
    actor1: string | null;
    actor2: string | null;
    location: { name: string; admin1: string | null; admin2: string | null; country: string; latitude: number | null; longitude: number | null } | null;
    fatalities: number | null;
    verification: string;
    claimed_by: string | null;
    notes: string;
    sources: Array<{ title: string | null; url: string | null; source_name: string | null; published_at: string | null }>;
  };
}

export function buildPayload(alert: FiredAlert, rule: AlertRule, event: ConflictEvent): AlertPayload {
  const loc = event.location;
  return {
    type: "conflictwatch.alert",
    alert: { id: alert.id, kind: alert.kind, subject: alert.subject, changes: alert.changes, trend: alert.trend, fired_at: alert.fired_at },
    rule: { id: rule.id, name: rule.name, kind: rule.kind },
    event: {
      id: event.id,
      event_date: event.event_date,
      date_precision: event.date_precision,
      event_type: event.event_type,
      sub_event_type: event.sub_event_type,
      actor1: event.actor1?.name ?? null,
      actor2: event.actor2?.name ?? null,
      location: loc
        ? { name: loc.name, admin1: loc.admin1, admin2: loc.admin2, country: loc.country, latitude: loc.latitude, longitude: loc.longitude }
        : null,
      fatalities: event.fatalities?.best ?? null,
      verification: event.verification,
      claimed_by: event.claimed_by,
      notes: event.notes,
      sources: (event.sources ?? []).map((s) => ({ title: s.title, url: s.url, source_name: s.source_name, published_at: s.published_at })),
    },
  };
}

function placeLine(p: AlertPayload): string {
  const loc = p.event.location;
  if (!loc) return "place unknown";
  return [loc.name, loc.admin2, loc.admin1, loc.country].filter((x, i, all) => x && all.indexOf(x) === i).join(", ");
}

function trendLine(p: AlertPayload): string | null {
  const t = p.alert.trend;
  if (!t) return null;
  if (t.rule === "first-actor-in-area") {
    const since = t.previousEventDate ? `last seen there on ${t.previousEventDate}` : "not seen there in the past year";
    return `First event by ${t.actor} in this area in ${t.quietDays} days (${since}).`;
  }
  const pct = t.increasePercent == null ? "none in the 4 weeks before" : `+${t.increasePercent}% on the trailing 4-week average of ${t.trailingAverage?.toFixed(1)}`;
  return `${t.weekEvents} events in the week of ${t.weekStart} (${pct}).`;
}

/** E-mail subject: what, where, how many — readable in a phone's notification. */
export function alertSubject(p: AlertPayload): string {
  const tag = p.alert.kind === "update" ? "UPDATE" : "ALERT";
  const deaths = p.event.fatalities ? `, ${p.event.fatalities} killed (${p.event.verification})` : "";
  return `[${tag}] ${p.rule.name}: ${p.event.sub_event_type} in ${placeLine(p)}${deaths}`;
}

/** Plain-text body of an e-mail. */
export function alertText(p: AlertPayload): string {
  const e = p.event;
  const lines = [
    alertSubject(p),
    "",
    ...(p.alert.changes.length ? [`Changed: ${p.alert.changes.join("; ")}`, ""] : []),
    ...(trendLine(p) ? [trendLine(p)!, ""] : []),
    `Date: ${e.event_date ?? "unknown"}${e.date_precision !== "day" ? ` (precision: ${e.date_precision})` : ""}`,
    `Place: ${placeLine(p)}`,
    `Type: ${e.event_type} / ${e.sub_event_type}`,
    `Actors: ${[e.actor1, e.actor2].filter(Boolean).join(" vs ") || "unidentified"}`,
    `Fatalities: ${e.fatalities ?? "none stated"} — verification: ${e.verification}${e.claimed_by ? ` (claimed by ${e.claimed_by})` : ""}`,
    "",
    e.notes,
    "",
    "Sources:",
    ...e.sources.map((s) => `- ${s.title ?? "(untitled)"}${s.source_name ? ` — ${s.source_name}` : ""}${s.published_at ? `, ${s.published_at}` : ""}${s.url ? `\n  ${s.url}` : ""}`),
    "",
    `Rule ${p.rule.name} (${p.rule.kind}) — event ${e.id} — alert ${p.alert.id}`,
  ];
  return lines.join("\n");
}

/** A rule as the API and dashboard show it: webhook secrets are write-only. */
export function redactRule<T extends { channels: AlertChannel[] }>(rule: T): T {
  return { ...rule, channels: rule.channels.map((c) => (c.kind === "webhook" && c.secret ? { ...c, secret: "***" } : c)) };
}
