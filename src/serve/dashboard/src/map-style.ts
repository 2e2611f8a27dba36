import type { StyleSpecification } from "maplibre-gl";
import { OTHER_COLOUR, TYPE_COLOURS } from "./colours";

/** Absolute URL of a bundled base layer (maplibre's worker fetches it, so it must not be relative). */
const basemap = (name: string) => new URL(`basemap/${name}`, document.baseURI).href;

/**
 * A style with no glyphs or sprites: nothing is fetched from the internet.
 * Labels are HTML markers; an online raster layer is added only when the server was given a tile URL.
 */
export function baseStyle(tileUrl: string | null): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {
      countries: { type: "geojson", data: basemap("countries.geojson"), attribution: "Natural Earth" },
      regions: { type: "geojson", data: basemap("bfa-regions.geojson"), attribution: "OCHA COD-AB Burkina Faso 2025" },
      provinces: { type: "geojson", data: basemap("bfa-provinces.geojson") },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": "#dfe9f0" } },
      { id: "countries-fill", type: "fill", source: "countries", paint: { "fill-color": tileUrl ? "rgba(0,0,0,0)" : "#f6f4ee" } },
      { id: "bfa-fill", type: "fill", source: "regions", paint: { "fill-color": tileUrl ? "rgba(0,0,0,0)" : "#fbfaf6" } },
      { id: "provinces-line", type: "line", source: "provinces", minzoom: 5.5, paint: { "line-color": "#c9c3b4", "line-width": 0.6, "line-dasharray": [3, 2] } },
      { id: "regions-line", type: "line", source: "regions", paint: { "line-color": "#a39c8a", "line-width": 1 } },
      { id: "countries-line", type: "line", source: "countries", paint: { "line-color": "#6b6657", "line-width": 1.3 } },
    ],
  };
  if (tileUrl) {
    style.sources.tiles = { type: "raster", tiles: [tileUrl], tileSize: 256, attribution: "Tiles: as configured by the server" };
    style.layers.splice(1, 0, { id: "tiles", type: "raster", source: "tiles", paint: { "raster-opacity": 0.8 } });
  }
  return style;
}

const typeMatch: unknown[] = ["match", ["get", "type"]];
for (const [type, colour] of Object.entries(TYPE_COLOURS)) typeMatch.push(type, colour);
typeMatch.push(OTHER_COLOUR);

/** Event points: colour by type, area by fatalities; province-level locations (precision 3) drawn hollow. */
export const EVENT_LAYERS = [
  {
    id: "clusters",
    type: "circle",
    source: "events",
    filter: ["has", "point_count"],
    paint: {
      "circle-color": "rgba(60, 60, 70, 0.55)",
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 1.5,
      "circle-radius": ["interpolate", ["linear"], ["sqrt", ["get", "point_count"]], 1, 10, 10, 20, 100, 42],
    },
  },
  {
    id: "events",
    type: "circle",
    source: "events",
    filter: ["!", ["has", "point_count"]],
    paint: {
      "circle-color": typeMatch,
      "circle-opacity": ["case", ["==", ["get", "prec"], 3], 0.25, 0.85],
      "circle-stroke-color": ["case", ["==", ["get", "prec"], 3], typeMatch, "#ffffff"],
      "circle-stroke-width": ["case", ["==", ["get", "prec"], 3], 2.5, 1.2],
      "circle-radius": ["interpolate", ["linear"], ["sqrt", ["get", "fat"]], 0, 6, 3, 9, 8, 15, 20, 26],
    },
  },
  {
    id: "selected",
    type: "circle",
    source: "events",
    filter: ["==", ["get", "id"], ""],
    paint: { "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": "#111111", "circle-stroke-width": 3, "circle-radius": ["interpolate", ["linear"], ["sqrt", ["get", "fat"]], 0, 10, 3, 13, 8, 19, 20, 30] },
  },
] as const;
