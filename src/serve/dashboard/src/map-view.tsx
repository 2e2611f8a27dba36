import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { useEffect, useRef, useState } from "preact/hooks";
import { filterQuery, getJson } from "./api";
import { TYPE_COLOURS } from "./colours";
import { baseStyle, EVENT_LAYERS } from "./map-style";
import type { Filters } from "./url-state";

// Bundled worker: maplibre would otherwise look for it next to its own (bundled-away) module.
maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);

/** Beyond this many points the map clusters them; below it every event is its own marker. */
const CLUSTER_ABOVE = 800;
/** HTML labels are drawn only when few points are on screen, so they never pile up. */
const MAX_LABELS = 120;
const SAHEL: [number, number, number, number] = [-12, 9, 16, 23];

interface PointsCollection {
  type: "FeatureCollection";
  /** The server stopped at its limit: older events are not drawn. */
  truncated?: boolean;
  features: Array<{ geometry: { coordinates: [number, number] }; properties: { id: string; place: string | null; type: string; fat: number; date: string | null } }>;
}

interface Props {
  filters: Filters;
  selected: string | null;
  /** Bumped after edits so the points reload. */
  version: number;
  tileUrl: string | null;
  onSelect(id: string): void;
  onBounds(bbox: string): void;
  onCount(n: number, truncated: boolean): void;
}

export function MapView({ filters, selected, version, tileUrl, onSelect, onBounds, onCount }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const markers = useRef<maplibregl.Marker[]>([]);
  const fitted = useRef(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const map = new maplibregl.Map({
      container: container.current!,
      style: baseStyle(tileUrl),
      bounds: SAHEL,
      attributionControl: { compact: false, customAttribution: "Natural Earth · OCHA COD-AB Burkina Faso 2025" },
      maxZoom: 13,
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
    mapRef.current = map;
    (window as unknown as { __map: maplibregl.Map }).__map = map;
    map.on("load", () => {
      map.addSource("events", { type: "geojson", data: { type: "FeatureCollection", features: [] }, cluster: false, clusterRadius: 36, clusterMaxZoom: 9, clusterProperties: { fat: ["+", ["get", "fat"]] } });
      for (const layer of EVENT_LAYERS) map.addLayer(layer as unknown as maplibregl.AddLayerObject);
      void addCountryLabels(map);
      setLoaded(true);
    });
    const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 10, className: "cw-popup" });
    map.on("mouseenter", "events", (e) => {
      map.getCanvas().style.cursor = "pointer";
      const f = e.features?.[0];
      if (!f) return;
      const p = f.properties as { place: string; type: string; fat: number; date: string | null };
      popup.setLngLat((f.geometry as GeoJSON.Point).coordinates as [number, number])
        .setHTML(`<strong>${escapeHtml(p.place ?? "?")}</strong><br>${escapeHtml(p.type)}<br>${p.date ?? "date unknown"} · ${p.fat} killed`)
        .addTo(map);
    });
    map.on("mouseleave", "events", () => {
      map.getCanvas().style.cursor = "";
      popup.remove();
    });
    map.on("click", "events", (e) => {
      const id = e.features?.[0]?.properties?.id as string | undefined;
      if (id) onSelect(id);
    });
    map.on("click", "clusters", async (e) => {
      const f = e.features?.[0];
      if (!f) return;
      const source = map.getSource("events") as maplibregl.GeoJSONSource;
      const zoom = await source.getClusterExpansionZoom(f.properties!.cluster_id as number);
      map.easeTo({ center: (f.geometry as GeoJSON.Point).coordinates as [number, number], zoom });
    });
    map.on("mouseenter", "clusters", () => (map.getCanvas().style.cursor = "pointer"));
    map.on("mouseleave", "clusters", () => (map.getCanvas().style.cursor = ""));
    const reportBounds = () => {
      const b = map.getBounds();
      const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v));
      onBounds([clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].map((v) => v.toFixed(3)).join(","));
    };
    map.on("moveend", reportBounds);
    // Lets tests and benchmarks wait for a settled map without polling internals.
    map.on("idle", () => container.current?.setAttribute("data-idle-at", String(performance.now())));
    map.on("movestart", () => container.current?.removeAttribute("data-idle-at"));
    map.on("moveend", () => drawLabels(map, markers.current));
    map.on("sourcedata", (e) => {
      if (e.sourceId === "events" && e.isSourceLoaded) drawLabels(map, markers.current);
    });
    return () => map.remove();
  }, []);

  // Reload points when the filters change.
  useEffect(() => {
    if (!loaded) return;
    const map = mapRef.current!;
    const abort = new AbortController();
    getJson<PointsCollection>(`/api/map/points?${filterQuery({ ...filters, bbox: undefined })}`, abort.signal)
      .then(async (data) => {
        setError(null);
        onCount(data.features.length, data.truncated === true);
        const source = map.getSource("events") as maplibregl.GeoJSONSource;
        await source.setClusterOptions({ cluster: data.features.length > CLUSTER_ABOVE });
        source.setData(data as unknown as GeoJSON.FeatureCollection);
        container.current?.setAttribute("data-points", String(data.features.length));
        if (!fitted.current && data.features.length > 0) {
          fitted.current = true;
          const b = new maplibregl.LngLatBounds();
          for (const f of data.features) b.extend(f.geometry.coordinates);
          map.resize();
          // Extra room on the left for the legend, so no point hides under it.
          map.fitBounds(b, { padding: { top: 60, bottom: 50, left: 220, right: 90 }, maxZoom: 7.5, duration: 0 });
        }
      })
      .catch((e: Error) => {
        if (e.name !== "AbortError") setError(e.message);
      });
    return () => abort.abort();
  }, [loaded, version, JSON.stringify(filters)]);

  useEffect(() => {
    if (!loaded) return;
    const map = mapRef.current!;
    map.setFilter("selected", ["==", ["get", "id"], selected ?? ""]);
    if (!selected) return;
    // Bring an event opened from a list or a link into view.
    getJson<{ event: { location: { latitude: number | null; longitude: number | null } | null } }>(`/api/events/${encodeURIComponent(selected)}`)
      .then(({ event }) => {
        const loc = event.location;
        if (!loc || loc.latitude === null || loc.longitude === null) return;
        if (!map.getBounds().contains([loc.longitude, loc.latitude])) map.easeTo({ center: [loc.longitude, loc.latitude], duration: 600 });
      })
      .catch(() => undefined);
  }, [loaded, selected]);

  return (
    <div class="map-wrap">
      <div ref={container} class="map" data-testid="map" />
      <Legend pointsUrl={`/api/map/points?${filterQuery({ ...filters, bbox: undefined })}`} />
      {error && <div class="map-error">Could not load events: {error}</div>}
    </div>
  );
}

/** Place names beside lone points, and counts on clusters, as HTML (the style has no fonts). */
function drawLabels(map: maplibregl.Map, markers: maplibregl.Marker[]): void {
  if (!map.getLayer("events")) return;
  for (const m of markers.splice(0)) m.remove();
  const points = map.queryRenderedFeatures({ layers: ["events"] });
  if (points.length <= MAX_LABELS) {
    // Biggest events first; a label that would cover another label or a marker is left out (hover shows it).
    const sorted = [...points].sort((a, b) => Number(b.properties?.fat ?? 0) - Number(a.properties?.fat ?? 0));
    const taken: Box[] = sorted.map((f) => {
      const c = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const r = radiusFor(Number(f.properties?.fat ?? 0));
      return { x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r };
    });
    const seen = new Set<string>();
    sorted.forEach((f, i) => {
      const p = f.properties as { place: string | null; fat: number };
      const at = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      const key = `${p.place}|${at.join(",")}`;
      if (!p.place || seen.has(key)) return;
      seen.add(key);
      const c = map.project(at);
      const offset = radiusFor(p.fat) + 4;
      const width = 7.2 * p.place.length + 8;
      const box = { x0: c.x + offset, y0: c.y - 9, x1: c.x + offset + width, y1: c.y + 9 };
      if (taken.some((t, j) => j !== i && overlaps(t, box))) return;
      taken.push(box);
      const el = document.createElement("div");
      el.className = "place-label";
      el.textContent = p.place;
      el.dataset.place = p.place;
      markers.push(new maplibregl.Marker({ element: el, anchor: "left", offset: [offset, 0] }).setLngLat(at).addTo(map));
    });
  }
  for (const f of map.queryRenderedFeatures({ layers: ["clusters"] })) {
    const el = document.createElement("div");
    el.className = "cluster-label";
    el.textContent = String(f.properties?.point_count_abbreviated ?? "");
    markers.push(new maplibregl.Marker({ element: el }).setLngLat((f.geometry as GeoJSON.Point).coordinates as [number, number]).addTo(map));
  }
}

interface Box { x0: number; y0: number; x1: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The same curve as the events layer's circle-radius, in pixels. */
function radiusFor(fatalities: number): number {
  const stops: Array<[number, number]> = [[0, 6], [3, 9], [8, 15], [20, 26]];
  const v = Math.sqrt(Math.max(0, fatalities));
  for (let i = 1; i < stops.length; i++) {
    const [x0, y0] = stops[i - 1];
    const [x1, y1] = stops[i];
    if (v <= x1) return y0 + ((v - x0) / (x1 - x0)) * (y1 - y0);
  }
  return stops[stops.length - 1][1];
}

/** Names of the countries around the Sahel, as quiet HTML labels (drawn once; they move with the map). */
async function addCountryLabels(map: maplibregl.Map): Promise<void> {
  const res = await fetch(new URL("basemap/countries.geojson", document.baseURI).href);
  const fc = (await res.json()) as { features: Array<{ properties: { name: string; label_lon: number | null; label_lat: number | null } }> };
  for (const f of fc.features) {
    const { name, label_lon, label_lat } = f.properties;
    if (label_lon === null || label_lat === null) continue;
    const el = document.createElement("div");
    el.className = "country-label";
    el.textContent = name;
    new maplibregl.Marker({ element: el }).setLngLat([label_lon, label_lat]).addTo(map);
  }
}

function Legend({ pointsUrl }: { pointsUrl: string }) {
  return (
    <div class="legend">
      {Object.entries(TYPE_COLOURS).map(([type, colour]) => (
        <div key={type}>
          <span class="swatch" style={{ background: colour }} /> {type}
        </div>
      ))}
      <div class="legend-note">Size: fatalities</div>
      <div class="legend-note">Hollow: only the area is known</div>
      <a class="json-twin legend-json" href={pointsUrl} target="_blank" rel="noreferrer">map data (GeoJSON)</a>
    </div>
  );
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
