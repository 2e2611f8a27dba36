import type { ActorRef, EventValues } from "./types";

export const FIELD_LABELS: Array<[keyof EventValues, string]> = [
  ["event_type", "Event type"],
  ["sub_event_type", "Sub-event type"],
  ["event_date", "Date"],
  ["actor1", "Actor 1"],
  ["actor2", "Actor 2"],
  ["assoc_actors", "Associated actors"],
  ["location", "Location"],
  ["fatalities", "Fatalities"],
  ["civilian_targeting", "Civilians targeted"],
  ["verification", "Verification"],
  ["claimed_by", "Claimed by"],
  ["claim_relayed_by", "Claim relayed by"],
  ["weapons", "Weapons"],
];

const actor = (a: ActorRef | null) => (a ? a.name : "—");

export function formatField(field: keyof EventValues, v: EventValues): string {
  switch (field) {
    case "event_date":
      if (!v.event_date) return "unknown";
      return v.date_precision === "day" ? v.event_date : `${v.event_date} (${v.date_precision === "unknown" ? "imprecise" : `within the ${v.date_precision}`})`;
    case "actor1":
      return actor(v.actor1);
    case "actor2":
      return actor(v.actor2);
    case "assoc_actors":
      return v.assoc_actors.length ? v.assoc_actors.map((a) => a.name).join(", ") : "—";
    case "location": {
      const l = v.location;
      if (!l) return "not located";
      const admin = [l.admin2, l.admin1, l.country].filter(Boolean).join(", ");
      const precision = l.geo_precision === 1 ? "" : l.geo_precision === 2 ? " · near" : " · area only";
      return `${l.name} (${admin})${precision}`;
    }
    case "fatalities":
      return formatFatalities(v);
    case "civilian_targeting":
      return v.civilian_targeting ? "yes" : "no";
    case "weapons":
      return v.weapons.length ? v.weapons.map((w) => w.name + (w.origin_country ? ` (${w.origin_country})` : "")).join("; ") : "—";
    default: {
      const value = v[field];
      return value === null || value === undefined || value === "" ? "—" : String(value);
    }
  }
}

export function formatFatalities(v: EventValues): string {
  const f = v.fatalities;
  if (f.best === null && f.low === null) return "none stated";
  const n = f.best ?? f.low;
  const range = f.low !== null && f.high !== null && f.low !== f.high ? ` (${f.low}–${f.high})` : "";
  return `${n}${range}${v.verification === "claimed" ? " · claimed" : ""}`;
}

export function fatalityCount(v: EventValues): number {
  return v.fatalities.best ?? v.fatalities.low ?? 0;
}
