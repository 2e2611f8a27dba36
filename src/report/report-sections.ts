import type { ConflictEvent } from "../domain/event.js";
import { colourOf } from "./event-colours.js";
import { escapeHtml } from "./escape-html.js";
import { formatDay, periodDays } from "./period.js";
import type { CapturedWeapon, ContestedEvent, CountRow, KeyFigures, ReportSummary } from "./summarise.js";

const fmt = (n: number) => n.toLocaleString("en-GB");

function change(now: number, before: number): { text: string; cls: string } {
  if (before === 0) return now === 0 ? { text: "no change", cls: "" } : { text: `up from 0`, cls: "up" };
  const pct = Math.round(((now - before) / before) * 100);
  if (pct === 0) return { text: `same as before (${fmt(before)})`, cls: "" };
  return { text: `${pct > 0 ? "▲ +" : "▼ "}${pct}% (was ${fmt(before)})`, cls: pct > 0 ? "up" : "down" };
}

export function placeOf(e: ConflictEvent): string {
  const l = e.location;
  if (!l) return "place unknown";
  return [l.name, l.admin2, l.admin1].filter((x, i, all) => x && all.indexOf(x) === i).join(", ");
}

export function actorsLine(e: ConflictEvent): string {
  const a1 = e.actor1?.name ?? "Unidentified armed group";
  return e.actor2 ? `${a1} vs ${e.actor2.name}` : a1;
}

function dateOf(e: ConflictEvent): string {
  if (!e.event_date) return "date unknown";
  return e.date_precision === "day" || e.date_precision === "unknown" ? formatDay(e.event_date) : `by ${formatDay(e.event_date)} (${e.date_precision})`;
}

function pill(verification: string): string {
  return `<span class="pill ${escapeHtml(verification)}">${escapeHtml(verification)}</span>`;
}

export function renderFigures(now: KeyFigures, before: KeyFigures, previousLabel: string): string {
  const cards: Array<[string, string, number, number, string?]> = [
    ["events", "Events", now.events, before.events],
    ["fatalities", "Fatalities", now.fatalities, before.fatalities, now.claimedFatalities ? `${fmt(now.claimedFatalities)} only claimed` : undefined],
    ["civilian-targeting", "Civilians targeted (events)", now.civilianTargeting, before.civilianTargeting],
    ["actors", "Actors involved", now.actors, before.actors],
    ["locations", "Locations", now.locations, before.locations],
  ];
  return `<div class="figures">${cards
    .map(([key, label, value, prev, extra]) => {
      const d = change(value, prev);
      return `<div class="figure" data-figure="${key}"><div class="label">${label}</div><div class="value">${fmt(value)}</div><div class="delta ${d.cls}">${escapeHtml(d.text)}</div>${extra ? `<div class="delta">${escapeHtml(extra)}</div>` : ""}</div>`;
    })
    .join("")}</div><p class="note">Changes compare with the previous ${escapeHtml(previousLabel)}. Fatalities are the figures the reports give for each event; counts that rest only on a party's claim are included and flagged.</p>`;
}

/** The opening paragraph an analyst would write: volume, change, deadliest, most active actor, caveats. */
export function renderSummary(s: ReportSummary, scope: string): string {
  const n = s.current;
  const days = periodDays(s.period);
  const where = scope ? `${escapeHtml(scope)} ` : "";
  if (n.events === 0) return `<p class="summary">No events were recorded ${where}between ${formatDay(s.period.from)} and ${formatDay(s.period.to)} (${s.before.events} in the previous ${days} days).</p>`;
  const parts: string[] = [];
  const d = change(n.events, s.before.events);
  parts.push(`${fmt(n.events)} event${n.events === 1 ? " was" : "s were"} recorded ${where}between ${formatDay(s.period.from)} and ${formatDay(s.period.to)}, with ${fmt(n.fatalities)} reported fatalit${n.fatalities === 1 ? "y" : "ies"}${s.before.events || s.before.fatalities ? ` (${s.before.events} events and ${fmt(s.before.fatalities)} fatalities in the previous ${days} days${d.cls ? `, ${d.cls === "up" ? "an increase" : "a decrease"}` : ""})` : ""}.`);
  const top = s.deadliest[0];
  if (top) parts.push(`The deadliest was ${escapeHtml(top.sub_event_type.toLowerCase())} in ${escapeHtml(placeOf(top))} (${escapeHtml(dateOf(top))}): ${fmt(top.fatalities.best ?? 0)} killed, ${escapeHtml(top.verification)}${top.claimed_by ? ` by ${escapeHtml(top.claimed_by)}` : ""}.`);
  const actor = s.byActor.find((a) => !/unidentified/i.test(a.key));
  if (actor) parts.push(`The most active actor was ${escapeHtml(actor.key)}, involved in ${actor.events} event${actor.events === 1 ? "" : "s"}.`);
  if (n.claimedFatalities) parts.push(`${fmt(n.claimedFatalities)} of the fatalities rest only on claims by the perpetrators and are not independently confirmed.`);
  if (s.weapons.length) parts.push(`${s.weapons.length} captured weapon${s.weapons.length === 1 ? " was" : "s were"} reported.`);
  if (s.contested.length) parts.push(`${s.contested.length} event${s.contested.length === 1 ? " is" : "s are"} listed at the end for caution (claims only, or reports that disagree).`);
  return `<p class="summary">${parts.join(" ")}</p>`;
}

/** One line under the trend charts: the busiest period and the deadliest, as a reader would look for them. */
export function renderTrendNote(rows: CountRow[], unit: string): string {
  const busiest = rows.reduce<CountRow | null>((b, r) => (r.events > (b?.events ?? 0) ? r : b), null);
  const deadliest = rows.reduce<CountRow | null>((b, r) => (r.fatalities > (b?.fatalities ?? 0) ? r : b), null);
  if (!busiest) return "";
  const label = (r: CountRow) => (unit === "month" ? formatDay(r.key).replace(/^1 /, "") : `the week of ${formatDay(r.key)}`);
  const parts = [`Busiest: ${label(busiest)} (${busiest.events} events).`];
  if (deadliest) parts.push(`Deadliest: ${label(deadliest)} (${fmt(deadliest.fatalities)} fatalities).`);
  return `<p class="note">${escapeHtml(parts.join(" "))}</p>`;
}

export function renderCountTable(rows: CountRow[], firstHeader: string, options: { secondHeader?: string; colourByKey2?: boolean } = {}): string {
  if (rows.length === 0) return `<p class="empty">None in this period.</p>`;
  const max = Math.max(1, ...rows.map((r) => r.events));
  const head = `<tr><th>${escapeHtml(firstHeader)}</th>${options.secondHeader ? `<th>${escapeHtml(options.secondHeader)}</th>` : ""}<th class="num">Events</th><th class="num">Fatalities</th><th></th></tr>`;
  const body = rows
    .map((r) => {
      const swatch = options.colourByKey2 && r.key2 ? `<span class="swatch" style="background:${colourOf(r.key2)}"></span>` : "";
      const second = options.secondHeader ? `<td>${escapeHtml(r.key2 ?? "")}</td>` : "";
      return `<tr><td>${swatch}${escapeHtml(r.key)}</td>${second}<td class="num">${fmt(r.events)}</td><td class="num">${fmt(r.fatalities)}</td><td class="bar"><span style="width:${((r.events / max) * 100).toFixed(1)}%"></span></td></tr>`;
    })
    .join("");
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function sourcesOf(e: ConflictEvent): string {
  const items = (e.sources ?? []).map((s) => {
    const label = [s.source_name, s.title].filter(Boolean).join(": ") || "untitled report";
    const date = s.published_at ? `, ${formatDay(s.published_at)}` : "";
    // Only web links become links: a pasted report's "url" could be javascript: or file:.
    const link = s.url ? (/^https?:\/\//i.test(s.url) ? ` — <a href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a>` : ` — ${escapeHtml(s.url)}`) : "";
    return `${escapeHtml(label)}${date}${link}`;
  });
  return items.length ? `<div class="sources">Sources: ${items.join("; ")}</div>` : "";
}

export function renderDeadliest(events: ConflictEvent[]): string {
  if (events.length === 0) return `<p class="empty">No event with reported fatalities in this period.</p>`;
  const rows = events
    .map(
      (e, i) => `<tr><td class="num">${i + 1}</td><td class="date">${escapeHtml(dateOf(e)).replace(" (", "<br>(")}</td><td><b>${escapeHtml(placeOf(e))}</b><br><span class="swatch" style="background:${colourOf(e.event_type)}"></span>${escapeHtml(e.sub_event_type)} — ${escapeHtml(actorsLine(e))}<br>${escapeHtml(e.notes)}${sourcesOf(e)}</td><td class="num"><b>${fmt(e.fatalities.best ?? 0)}</b></td><td>${pill(e.verification)}</td></tr>`,
    )
    .join("");
  return `<table><thead><tr><th class="num">#</th><th>Date</th><th>Event</th><th class="num">Killed</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** One row per event: who took what from whom, with every weapon listed (a haul reads as one seizure). */
export function renderWeapons(weapons: CapturedWeapon[]): string {
  if (weapons.length === 0) return `<p class="empty">No captured weapons reported in this period.</p>`;
  const byEvent = new Map<string, CapturedWeapon[]>();
  for (const w of weapons) byEvent.set(w.eventId, [...(byEvent.get(w.eventId) ?? []), w]);
  const rows = [...byEvent.values()]
    .map((ws) => {
      const w = ws[0];
      const items = ws.map((x) => `<li>${escapeHtml(x.name)} <span class="note">${escapeHtml([x.category, x.origin].filter(Boolean).join(", "))}</span></li>`).join("");
      return `<tr><td class="date">${escapeHtml(w.date ? formatDay(w.date) : "date unknown")}</td><td>${escapeHtml(w.place ?? "place unknown")}</td><td><b>${escapeHtml(w.capturedBy ?? "unknown")}</b>${w.capturedFrom ? `<br>from ${escapeHtml(w.capturedFrom)}` : ""}</td><td><ul class="weapons">${items}</ul></td><td class="num">${ws.length}</td></tr>`;
    })
    .join("");
  return `<table><thead><tr><th>Date</th><th>Where</th><th>Captured by</th><th>Weapons (category, origin)</th><th class="num">Items</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function renderContested(items: ContestedEvent[]): string {
  if (items.length === 0) return `<p class="empty">Every event in this period rests on reports that agree and on more than a party's claim.</p>`;
  const rows = items
    .map(({ event: e, reasons }) => `<tr><td class="date">${escapeHtml(dateOf(e)).replace(" (", "<br>(")}</td><td><b>${escapeHtml(placeOf(e))}</b> — ${escapeHtml(e.sub_event_type)}, ${escapeHtml(actorsLine(e))}${sourcesOf(e)}</td><td class="num">${e.fatalities.best ?? "—"}</td><td class="why">${pill(e.verification)}<br>${reasons.map(escapeHtml).join("<br>")}</td></tr>`)
    .join("");
  return `<table><thead><tr><th>Date</th><th>Event</th><th class="num">Killed</th><th>Why caution</th></tr></thead><tbody>${rows}</tbody></table>`;
}
