import type { ConflictEvent } from "../domain/index.js";

interface Column {
  header: string;
  width: number;
  value(event: ConflictEvent): string;
}

const COLUMNS: Column[] = [
  { header: "date", width: 10, value: (e) => (e.event_date ? e.event_date + (e.date_precision === "day" ? "" : "~") : "unknown") },
  { header: "type", width: 26, value: (e) => e.sub_event_type },
  { header: "location", width: 28, value: (e) => locationText(e) },
  { header: "actor1", width: 24, value: (e) => e.actor1?.name ?? "" },
  { header: "actor2", width: 24, value: (e) => e.actor2?.name ?? "" },
  { header: "deaths", width: 6, value: (e) => fatalitiesText(e) },
  { header: "verif.", width: 10, value: (e) => e.verification },
  { header: "src", width: 3, value: (e) => String(e.sources.length) },
];

function locationText(event: ConflictEvent): string {
  const loc = event.location;
  if (!loc) return "(unknown)";
  const admin = [loc.admin2, loc.country].filter(Boolean).join(", ");
  const precision = loc.geo_precision === 1 ? "" : loc.geo_precision === 2 ? " (near)" : " (area)";
  return `${loc.name}${precision}${admin ? `, ${admin}` : ""}`;
}

function fatalitiesText(event: ConflictEvent): string {
  const f = event.fatalities;
  if (f.low === null && f.best === null) return "-";
  if (f.best !== null && f.low !== null && f.best !== f.low) return `${f.low}-${f.best}`;
  return String(f.low ?? f.best);
}

function fit(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + "…" : text.padEnd(width);
}

/** A fixed-width table for a terminal; `~` after a date marks one that is not exact to the day. */
export function formatEventTable(events: ConflictEvent[], _terminalWidth: number): string {
  const lines = [COLUMNS.map((c) => fit(c.header, c.width)).join("  ").trimEnd()];
  for (const event of events) lines.push(COLUMNS.map((c) => fit(c.value(event), c.width)).join("  ").trimEnd());
  return lines.join("\n") + "\n";
}
