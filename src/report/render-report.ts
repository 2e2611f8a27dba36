import type { ConflictEvent } from "../domain/event.js";
import type { EventFilter, Store } from "../domain/store.js";
import { renderBarChart, timeBuckets } from "./charts-svg.js";
import { escapeHtml } from "./escape-html.js";
import { renderEventMap, renderMapLegend } from "./map-svg.js";
import { addDays, formatDay, formatPeriod, periodDays, previousPeriod, type Period } from "./period.js";
import { REPORT_CSS } from "./report-css.js";
import { renderContested, renderCountTable, renderDeadliest, renderFigures, renderSummary, renderTrendNote, renderWeapons } from "./report-sections.js";
import { summarise, type ReportSummary } from "./summarise.js";

export interface ReportOptions {
  /** Heading; default "Situation report" with the area. */
  title?: string;
  /** Shown in the masthead, e.g. the organisation the briefing is for. */
  preparedFor?: string;
  /** Fixed for reproducible output (tests); default now. */
  generatedAt?: Date;
}

/** What the report reads from the store. */
export type ReportEventSource = Pick<Store, "iterateEvents">;

async function collect(store: ReportEventSource, filter: EventFilter): Promise<ConflictEvent[]> {
  const events: ConflictEvent[] = [];
  for await (const e of store.iterateEvents(filter)) events.push(e);
  return events;
}

/** "in Burkina Faso — Sahel — Soum", from the filter's place fields. */
export function scopeOf(filter: EventFilter): string {
  const parts = [filter.country, filter.admin1, filter.admin2].filter(Boolean) as string[];
  return parts.length ? `in ${parts.join(" — ")}` : "";
}

function otherFilters(filter: EventFilter): string[] {
  const out: string[] = [];
  if (filter.types?.length) out.push(`types: ${filter.types.join(", ")}`);
  if (filter.actor) out.push(`actor: ${filter.actor}`);
  if (filter.minFatalities) out.push(`at least ${filter.minFatalities} killed`);
  if (filter.verification?.length) out.push(`verification: ${filter.verification.join(", ")}`);
  if (filter.bbox) out.push(`box ${filter.bbox.join(", ")}`);
  if (filter.q) out.push(`search "${filter.q}"`);
  return out;
}

/** The period asked for, or the span of the matching events, or the last four weeks. */
async function resolvePeriod(store: ReportEventSource, filter: EventFilter, today: string): Promise<{ period: Period; events: ConflictEvent[] | null }> {
  if (filter.from && filter.to) return { period: { from: filter.from, to: filter.to }, events: null };
  const events = await collect(store, filter);
  const dates = events.map((e) => e.event_date).filter((d): d is string => !!d).sort();
  const to = filter.to ?? dates[dates.length - 1] ?? today;
  const from = filter.from ?? (dates[0] && dates[0] <= to ? dates[0] : addDays(to, -27));
  return { period: { from, to }, events };
}

/** Gather the period's and the previous period's events and summarise them. */
export async function buildReportSummary(store: ReportEventSource, filter: EventFilter, today: string): Promise<ReportSummary> {
  const { period, events: known } = await resolvePeriod(store, filter, today);
  const events = known ?? (await collect(store, { ...filter, from: period.from, to: period.to }));
  const previous = previousPeriod(period);
  const previousEvents = await collect(store, { ...filter, from: previous.from, to: previous.to });
  return summarise(events, previousEvents, period, previous);
}

/** The complete HTML page (styles and SVG inline: opens without a network). */
export function renderSummaryHtml(s: ReportSummary, filter: EventFilter, options: ReportOptions = {}): string {
  const scope = scopeOf(filter);
  const title = options.title ?? `Situation report ${scope}`.trim();
  const generated = (options.generatedAt ?? new Date()).toISOString().slice(0, 16).replace("T", " ");
  const { rows: buckets, monthly } = timeBuckets(s.weekly);
  const unit = monthly ? "month" : "week";
  const extra = otherFilters(filter);
  const focus = filter.country ? [filter.country] : [];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(formatPeriod(s.period))}</title>
<style>${REPORT_CSS}</style></head>
<body>
<header class="masthead">
<div class="kicker">Conflict situation report${options.preparedFor ? ` · for ${escapeHtml(options.preparedFor)}` : ""}</div>
<h1>${escapeHtml(title)}</h1>
<div class="meta">${escapeHtml(formatPeriod(s.period))} (${periodDays(s.period)} days)${extra.length ? ` · ${escapeHtml(extra.join(" · "))}` : ""} · generated ${escapeHtml(generated)} UTC by conflictwatch</div>
</header>
<section id="key-figures"><h2>Key figures</h2>
${renderSummary(s, scope)}
${renderFigures(s.current, s.before, `${periodDays(s.previous)} days (${formatPeriod(s.previous)})`)}
</section>
<section id="map" class="map-block"><h2>Map of events</h2>
${renderEventMap(s.mapped, focus)}
${renderMapLegend()}
${s.unmapped ? `<p class="note">${s.unmapped} event${s.unmapped === 1 ? " has" : "s have"} no coordinates and ${s.unmapped === 1 ? "is" : "are"} not on the map.</p>` : ""}
</section>
<section id="trend" class="keep"><h2>Events and fatalities by ${unit}</h2>
<div class="charts">${renderBarChart(buckets, "events", monthly, "#5b5850", `Events per ${unit}`)}${renderBarChart(buckets, "fatalities", monthly, "#a61b1b", `Fatalities per ${unit}`)}</div>
${renderTrendNote(buckets, unit)}
</section>
<section id="by-type"><h2>By type of event</h2>
${renderCountTable(s.byType, "Sub-event type", { secondHeader: "Event type", colourByKey2: true })}
</section>
<section id="by-area"><h2>By region</h2>
${renderCountTable(s.byAdmin1, "Region (admin1), country")}
</section>
<section id="by-actor"><h2>By actor</h2>
${renderCountTable(s.byActor, "Actor (as either side)")}
</section>
<section id="actor-pairs"><h2>Who fought whom</h2>
${renderCountTable(s.actorPairs.map((p) => ({ ...p, key: `${p.key} — ${p.key2}`, key2: undefined })), "Actor pair")}
</section>
<section id="weapons"><h2>Weapons captured</h2>
${renderWeapons(s.weapons)}
</section>
<section id="deadliest"><h2>The ten deadliest events</h2>
${renderDeadliest(s.deadliest)}
</section>
<section id="caution"><h2>Claims and disagreements: treat with caution</h2>
<p class="note">Events whose only source for what happened is a party's claim, that reports dispute, or whose sources give different figures, types or dates.</p>
${renderContested(s.contested)}
</section>
<footer>Events are coded in ACLED's categories from the reports stored in conflictwatch; every value keeps its evidence in the database. Dates marked "by" are the latest possible day when a report gives only a week or month. Previous period: ${escapeHtml(formatDay(s.previous.from))} – ${escapeHtml(formatDay(s.previous.to))}. Map: Natural Earth country outlines (public domain), no basemap tiles.</footer>
</body></html>
`;
}

/**
 * The situation report for a filter, as one self-contained HTML page. The CLI writes it to a
 * file; the dashboard's server returns it for the current view.
 */
export async function renderReportHtml(store: ReportEventSource, filter: EventFilter, options: ReportOptions = {}): Promise<string> {
  const today = (options.generatedAt ?? new Date()).toISOString().slice(0, 10);
  const summary = await buildReportSummary(store, filter, today);
  return renderSummaryHtml(summary, filter, options);
}
