import type { AlertArea } from "../domain/alerts.js";
import type { EventLocation } from "../domain/place.js";
import { distanceKm } from "../domain/geo.js";
import { foldText } from "./fold-text.js";

/** Great-circle distance in km (re-exported: callers of the alerts stage already use it from here). */
export { distanceKm };

/** Box enclosing the area, for narrowing store queries; null for admin areas (they filter by name). */
export function areaBbox(area: AlertArea): [number, number, number, number] | null {
  if (area.kind === "bbox") return area.bbox;
  if (area.kind === "admin") return null;
  const dLat = area.radiusKm / 111.32;
  const cos = Math.max(0.01, Math.cos((area.latitude * Math.PI) / 180));
  const dLon = area.radiusKm / (111.32 * cos);
  return [area.longitude - dLon, area.latitude - dLat, area.longitude + dLon, area.latitude + dLat];
}

function sameName(wanted: string | null | undefined, ...actual: Array<string | null | undefined>): boolean {
  if (!wanted) return true;
  const w = foldText(wanted.trim());
  return actual.some((a) => a != null && foldText(a) === w);
}

/** Whether an event's location lies in the area. Events without coordinates match only admin areas. */
export function isInArea(location: EventLocation | null, area: AlertArea): boolean {
  if (!location) return false;
  if (area.kind === "admin") {
    return area.units.some(
      (unit) =>
        sameName(unit.country, location.country, location.iso3) &&
        sameName(unit.admin1, location.admin1, location.admin1_2025) &&
        sameName(unit.admin2, location.admin2, location.admin2_2025),
    );
  }
  const { latitude, longitude } = location;
  if (latitude == null || longitude == null) return false;
  if (area.kind === "bbox") {
    const [west, south, east, north] = area.bbox;
    return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
  }
  return distanceKm(area.latitude, area.longitude, latitude, longitude) <= area.radiusKm;
}

/** One line naming the area, for messages and `alerts list`. */
export function describeArea(area: AlertArea): string {
  if (area.kind === "radius") return `within ${area.radiusKm} km of ${area.latitude}, ${area.longitude}`;
  if (area.kind === "bbox") return `in box W${area.bbox[0]} S${area.bbox[1]} E${area.bbox[2]} N${area.bbox[3]}`;
  const units = area.units.map((u) => [u.country, u.admin1, u.admin2].filter(Boolean).join(" / "));
  return `in ${units.join("; ")}`;
}
