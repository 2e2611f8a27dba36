import type { ActorRef, EventValues } from "../../domain/event.js";
import { EVENT_TYPES, isSubEventType } from "../../domain/taxonomy.js";
import { validationError } from "./error-shape.js";
import { parseIsoDate, VERIFICATIONS } from "./query-filters.js";

type Field = keyof EventValues;

export const CORRECTABLE_FIELDS: readonly Field[] = [
  "event_type", "sub_event_type", "event_date", "date_precision", "actor1", "actor2", "assoc_actors",
  "civilian_targeting", "location", "fatalities", "verification", "claimed_by", "claim_relayed_by", "weapons", "notes",
];

const PRECISIONS = ["day", "week", "month", "year", "unknown"];

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function actor(field: string, v: unknown): ActorRef {
  // A bare name is what an analyst types; the ACLED name defaults to it.
  if (typeof v === "string" && v.trim() !== "") return { name: v.trim(), acled_name: v.trim(), inter: 0 };
  if (!isObject(v) || typeof v.name !== "string" || v.name.trim() === "") {
    throw validationError(`value (${field})`, "must be an actor name or {name, acled_name, inter}");
  }
  const inter = v.inter ?? 0;
  if (typeof inter !== "number" || !Number.isInteger(inter) || inter < 0 || inter > 8) {
    throw validationError(`value (${field}).inter`, "must be an ACLED inter code 0..8");
  }
  return { name: v.name, acled_name: typeof v.acled_name === "string" ? v.acled_name : v.name, inter: inter as ActorRef["inter"] };
}

function count(field: string, v: unknown): number | null {
  if (v === null) return null;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw validationError(field, "must be a whole number >= 0 or null");
  return v;
}

function nullableString(field: string, v: unknown): string | null {
  if (v === null) return null;
  if (typeof v !== "string") throw validationError(`value (${field})`, "must be a string or null");
  return v;
}

/** Checks and normalises a corrected value for one field, so the store only sees well-formed values. */
export function correctedValue(field: Field, v: unknown): unknown {
  switch (field) {
    case "event_type":
      if (typeof v !== "string" || !(EVENT_TYPES as readonly string[]).includes(v)) throw validationError("value (event_type)", `must be one of ${EVENT_TYPES.join(", ")}`, v);
      return v;
    case "sub_event_type":
      if (typeof v !== "string" || !isSubEventType(v)) throw validationError("value (sub_event_type)", "must be an ACLED sub-event type", v);
      return v;
    case "event_date":
      if (v === null) return null;
      if (typeof v !== "string") throw validationError("value (event_date)", "must be YYYY-MM-DD or null");
      return parseIsoDate("value (event_date)", v);
    case "date_precision":
      if (typeof v !== "string" || !PRECISIONS.includes(v)) throw validationError("value (date_precision)", `must be one of ${PRECISIONS.join(", ")}`, v);
      return v;
    case "verification":
      if (typeof v !== "string" || !(VERIFICATIONS as readonly string[]).includes(v)) throw validationError("value (verification)", `must be one of ${VERIFICATIONS.join(", ")}`, v);
      return v;
    case "civilian_targeting":
      if (typeof v !== "boolean") throw validationError("value (civilian_targeting)", "must be true or false", v);
      return v;
    case "notes":
      if (typeof v !== "string") throw validationError("value (notes)", "must be a string");
      return v;
    case "claimed_by":
    case "claim_relayed_by":
      return nullableString(field, v);
    case "actor1":
    case "actor2":
      return v === null ? null : actor(field, v);
    case "assoc_actors":
      if (!Array.isArray(v)) throw validationError("value (assoc_actors)", "must be an array of actors");
      return v.map((a, i) => actor(`assoc_actors[${i}]`, a));
    case "fatalities": {
      // A single number is what an analyst usually means: low = best = high.
      if (typeof v === "number") {
        const n = count("value (fatalities)", v);
        return { low: n, best: n, high: n, text: null };
      }
      if (!isObject(v)) throw validationError("value (fatalities)", "must be a number or {low, best, high}");
      return {
        low: count("value (fatalities).low", v.low ?? null),
        best: count("value (fatalities).best", v.best ?? null),
        high: count("value (fatalities).high", v.high ?? null),
        text: nullableString("fatalities.text", v.text ?? null),
      };
    }
    case "location": {
      if (v === null) return null;
      if (!isObject(v) || typeof v.name !== "string" || typeof v.country !== "string" || typeof v.iso3 !== "string") {
        throw validationError("value (location)", "must be {name, country, iso3, latitude, longitude, geo_precision, ...}");
      }
      const lat = v.latitude ?? null;
      const lon = v.longitude ?? null;
      if (lat !== null && (typeof lat !== "number" || lat < -90 || lat > 90)) throw validationError("value (location).latitude", "must be a number in -90..90");
      if (lon !== null && (typeof lon !== "number" || lon < -180 || lon > 180)) throw validationError("value (location).longitude", "must be a number in -180..180");
      const precision = v.geo_precision ?? 1;
      if (precision !== 1 && precision !== 2 && precision !== 3) throw validationError("value (location).geo_precision", "must be 1, 2 or 3");
      return {
        name: v.name, country: v.country, iso3: v.iso3,
        admin1: v.admin1 ?? null, admin2: v.admin2 ?? null, admin3: v.admin3 ?? null,
        latitude: lat, longitude: lon, geo_precision: precision,
        gazetteer_id: v.gazetteer_id ?? null, admin_source: "text",
      };
    }
    case "weapons":
      if (!Array.isArray(v)) throw validationError("value (weapons)", "must be an array of {name, category, ...}");
      return v.map((w, i) => {
        if (!isObject(w) || typeof w.name !== "string" || typeof w.category !== "string") {
          throw validationError(`value (weapons[${i}])`, "must have a name and a category");
        }
        return {
          name: w.name, category: w.category,
          origin_country: nullableString(`weapons[${i}].origin_country`, w.origin_country ?? null),
          captured_by: nullableString(`weapons[${i}].captured_by`, w.captured_by ?? null),
          captured_from: nullableString(`weapons[${i}].captured_from`, w.captured_from ?? null),
        };
      });
    default:
      throw validationError("field", `must be one of ${CORRECTABLE_FIELDS.join(", ")}`, field);
  }
}
