import type { Position } from "geojson";
import { insideRing } from "../domain/geo.js";
import type { ConflictEvent } from "../domain/event.js";
import { countryShapes } from "./country-shapes.js";
import { colourOf, EVENT_TYPE_COLOURS } from "./event-colours.js";
import { escapeHtml } from "./escape-html.js";

type Box = [number, number, number, number];

/** The Sahel core (Mali, Burkina Faso, Niger) when nothing else says where to look. */
const SAHEL: Box = [-6, 9.5, 16.5, 21];
const WIDTH = 720;
/** Height over width: fixed, so the map, with the key figures, fits on the first printed page. */
const ASPECT = 0.6;

function union(a: Box | null, b: Box): Box {
  return a ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : b;
}

function intersects(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

const fatalitiesOf = (e: ConflictEvent) => e.fatalities?.best ?? 0;

/**
 * Frame: the events with a margin, so clusters stay readable; a country the report is
 * about is framed whole when it is compact (Burkina Faso), not when it is vast (Mali's desert).
 */
function extentOf(events: ConflictEvent[], focusCountries: string[]): Box {
  let box: Box | null = null;
  for (const e of events) {
    const { latitude: y, longitude: x } = e.location!;
    box = union(box, [x!, y!, x!, y!]);
  }
  const names = new Set(focusCountries.map((n) => n.toLowerCase()));
  for (const c of countryShapes()) {
    const compact = c.bounds[2] - c.bounds[0] < 12 && c.bounds[3] - c.bounds[1] < 10;
    if (names.has(c.name.toLowerCase()) && (compact || !box)) box = union(box, c.bounds);
  }
  if (!box) box = SAHEL;
  // A margin of a fifth of the span, at least 1.2 degrees, so edge points and labels stay inside.
  const padX = Math.max(1.2, (box[2] - box[0]) * 0.2);
  const padY = Math.max(1.2, (box[3] - box[1]) * 0.2);
  return fitAspect([box[0] - padX, box[1] - padY, box[2] + padX, box[3] + padY]);
}

/** Widen or heighten the frame around its centre to the map's aspect ratio. */
function fitAspect(box: Box): Box {
  const [west, south, east, north] = box;
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const w = (east - west) * k;
  const h = north - south;
  if (h / w < ASPECT) {
    const extra = (w * ASPECT - h) / 2;
    return [west, south - extra, east, north + extra];
  }
  const extra = (h / ASPECT - w) / 2 / k;
  return [west - extra, south, east + extra, north];
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
  const height = Math.round(WIDTH * ASPECT);
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
    const [lx, ly] = labelPoint(c.labelAt, c.rings, box);
    const halfWidth = c.name.length * 3.6;
    if (Number.isFinite(lx) && px(lx) - halfWidth > 4 && px(lx) + halfWidth < WIDTH - 4 && py(ly) > 14 && py(ly) < height - 14) {
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
  // Name the places of the deadliest events: one label per place, none over another.
  const named = new Set<string>();
  const placeLabels: string[] = [];
  const taken: Box[] = [];
  for (const e of ordered) {
    if (placeLabels.length >= 10) break;
    const name = e.location!.name;
    if (named.has(name)) continue;
    named.add(name);
    const x = px(e.location!.longitude!) + radius(e) + 2;
    const y = py(e.location!.latitude!) + 3.5;
    const w = name.length * 5.2;
    const rect: Box = [x, y - 9, x + w, y + 2];
    if (rect[2] > WIDTH - 2 || taken.some((t) => rect[0] < t[2] && t[0] < rect[2] && rect[1] < t[3] && t[1] < rect[3])) continue;
    taken.push(rect);
    placeLabels.push(`<text class="place" x="${x.toFixed(1)}" y="${y.toFixed(1)}">${escapeHtml(name)}</text>`);
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

/**
 * Where to write a country's name: its own label point when well inside the frame, else the
 * middle of the part of it the frame shows (sampled on a grid), so neighbours cut by the
 * edge are still named, on their own land and not on a border.
 */
function labelPoint(own: [number, number], rings: Position[][], box: Box): [number, number] {
  const [west, south, east, north] = box;
  if (own[0] > west + 1 && own[0] < east - 1 && own[1] > south + 0.5 && own[1] < north - 0.5) return own;
  let sx = 0;
  let sy = 0;
  let n = 0;
  const steps = 30;
  for (let i = 1; i < steps; i += 1) {
    for (let j = 1; j < steps; j += 1) {
      const x = west + ((east - west) * i) / steps;
      const y = south + ((north - south) * j) / steps;
      // Even-odd over all rings: holes (enclaves) count as outside.
      if (rings.filter((r) => insideRing(x, y, r)).length % 2 === 1) (sx += x), (sy += y), (n += 1);
    }
  }
  return n >= 6 ? [sx / n, sy / n] : [Infinity, Infinity];
}

/** Legend of event-type colours and circle sizes. */
export function renderMapLegend(): string {
  const types = Object.entries(EVENT_TYPE_COLOURS)
    .map(([t, c]) => `<span><i style="background:${c}"></i>${escapeHtml(t)}</span>`)
    .join("");
  return `<div class="legend">${types}<span class="sizes">circle area grows with fatalities</span></div>`;
}
