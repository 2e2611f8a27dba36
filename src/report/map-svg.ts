import type { Position } from "geojson";
import type { ConflictEvent } from "../domain/event.js";
import { countryShapes } from "./country-shapes.js";
import { colourOf, EVENT_TYPE_COLOURS } from "./event-colours.js";
import { escapeHtml } from "./escape-html.js";

type Box = [number, number, number, number];

/** The Sahel core (Mali, Burkina Faso, Niger) when nothing else says where to look. */
const SAHEL: Box = [-6, 9.5, 16.5, 21];
const WIDTH = 720;

function union(a: Box | null, b: Box): Box {
  return a ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : b;
}

function intersects(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

const fatalitiesOf = (e: ConflictEvent) => e.fatalities?.best ?? 0;

/** Frame: the countries the events are in (for context), and every point with a margin. */
function extentOf(events: ConflictEvent[], focusCountries: string[]): Box {
  const names = new Set([...focusCountries, ...events.map((e) => e.location?.country ?? "")].map((n) => n.toLowerCase()).filter(Boolean));
  let box: Box | null = null;
  for (const c of countryShapes()) if (names.has(c.name.toLowerCase())) box = union(box, c.bounds);
  for (const e of events) {
    const { latitude: y, longitude: x } = e.location!;
    box = union(box, [x! - 0.8, y! - 0.8, x! + 0.8, y! + 0.8]);
  }
  if (!box) return SAHEL;
  const pad = 0.6;
  return [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
}

/**
 * The map of events: bundled country outlines and event points in one inline SVG
 * (no tiles, nothing fetched), equirectangular with the longitude scaled at the
 * frame's middle latitude so shapes look right at Sahel latitudes.
 */
export function renderEventMap(events: ConflictEvent[], focusCountries: string[] = []): string {
  const box = extentOf(events, focusCountries);
  const [west, south, east, north] = box;
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = WIDTH / ((east - west) * k);
  const height = Math.min(Math.round((north - south) * scale), 620);
  const px = (lon: number) => (lon - west) * k * scale;
  const py = (lat: number) => (north - lat) * scale;
  const ringPath = (ring: Position[]) => {
    let d = "";
    let last: [number, number] | null = null;
    for (const [lon, lat] of ring) {
      const p: [number, number] = [Math.round(px(lon) * 10) / 10, Math.round(py(lat) * 10) / 10];
      if (last && Math.abs(p[0] - last[0]) < 0.6 && Math.abs(p[1] - last[1]) < 0.6) continue;
      d += `${d ? "L" : "M"}${p[0]} ${p[1]}`;
      last = p;
    }
    return `${d}Z`;
  };
  const focus = new Set([...focusCountries, ...events.map((e) => e.location?.country ?? "")].map((n) => n.toLowerCase()));
  const shapes: string[] = [];
  const labels: string[] = [];
  for (const c of countryShapes()) {
    if (!intersects(c.bounds, box)) continue;
    const isFocus = focus.has(c.name.toLowerCase());
    shapes.push(`<path class="${isFocus ? "focus" : "land"}" d="${c.rings.map(ringPath).join("")}"/>`);
    const [lx, ly] = c.labelAt;
    if (lx > west + 0.5 && lx < east - 0.5 && ly > south + 0.3 && ly < north - 0.3) {
      labels.push(`<text class="${isFocus ? "country focus-label" : "country"}" x="${px(lx).toFixed(1)}" y="${py(ly).toFixed(1)}">${escapeHtml(c.name.toUpperCase())}</text>`);
    }
  }
  const graticule: string[] = [];
  const step = east - west > 12 ? 4 : 2;
  for (let lon = Math.ceil(west / step) * step; lon < east; lon += step) graticule.push(`<line x1="${px(lon).toFixed(1)}" y1="0" x2="${px(lon).toFixed(1)}" y2="${height}"/><text class="grat" x="${(px(lon) + 2).toFixed(1)}" y="${height - 3}">${Math.abs(lon)}°${lon < 0 ? "W" : "E"}</text>`);
  for (let lat = Math.ceil(south / step) * step; lat < north; lat += step) graticule.push(`<line x1="0" y1="${py(lat).toFixed(1)}" x2="${WIDTH}" y2="${py(lat).toFixed(1)}"/><text class="grat" x="3" y="${(py(lat) - 2).toFixed(1)}">${lat}°N</text>`);
  // Biggest circles first so small ones stay visible on top.
  const ordered = [...events].sort((a, b) => fatalitiesOf(b) - fatalitiesOf(a));
  const radius = (e: ConflictEvent) => Math.min(16, 3.2 + Math.sqrt(fatalitiesOf(e)) * 1.3);
  const points = ordered.map((e) => {
    const title = `${e.event_date ?? "date unknown"} — ${e.sub_event_type} — ${e.location!.name}: ${fatalitiesOf(e)} killed`;
    return `<circle cx="${px(e.location!.longitude!).toFixed(1)}" cy="${py(e.location!.latitude!).toFixed(1)}" r="${radius(e).toFixed(1)}" fill="${colourOf(e.event_type)}"><title>${escapeHtml(title)}</title></circle>`;
  });
  // Name the places of the deadliest events (one label per place).
  const named = new Set<string>();
  const placeLabels: string[] = [];
  for (const e of ordered) {
    if (placeLabels.length >= 8) break;
    const name = e.location!.name;
    if (named.has(name)) continue;
    named.add(name);
    const x = px(e.location!.longitude!) + radius(e) + 2;
    placeLabels.push(`<text class="place" x="${x.toFixed(1)}" y="${(py(e.location!.latitude!) + 3.5).toFixed(1)}">${escapeHtml(name)}</text>`);
  }
  const km100 = (100 / 111.32) * k * scale;
  const scaleBar = `<g class="scalebar" transform="translate(${WIDTH - km100 - 16},${height - 16})"><rect width="${km100.toFixed(1)}" height="4"/><text x="0" y="-4">0</text><text x="${km100.toFixed(1)}" y="-4" text-anchor="end">100 km</text></g>`;
  return `<svg class="event-map" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Map of ${events.length} events" xmlns="http://www.w3.org/2000/svg">
<defs><clipPath id="map-frame"><rect width="${WIDTH}" height="${height}"/></clipPath></defs>
<rect class="sea" width="${WIDTH}" height="${height}"/>
<g clip-path="url(#map-frame)">${shapes.join("")}<g class="graticule">${graticule.join("")}</g>${labels.join("")}${points.join("")}${placeLabels.join("")}</g>
${scaleBar}<rect class="frame" width="${WIDTH}" height="${height}"/>
</svg>`;
}

/** Legend of event-type colours and circle sizes. */
export function renderMapLegend(): string {
  const types = Object.entries(EVENT_TYPE_COLOURS)
    .map(([t, c]) => `<span><i style="background:${c}"></i>${escapeHtml(t)}</span>`)
    .join("");
  return `<div class="legend">${types}<span class="sizes">circle area grows with fatalities</span></div>`;
}
