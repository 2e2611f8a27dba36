/** The API's shapes as the dashboard reads them (a subset of src/domain, kept here because the SPA builds on its own). */
export interface ActorRef { name: string; acled_name: string; inter: number }
export interface Fatalities { low: number | null; best: number | null; high: number | null; text: string | null }
export interface Weapon { name: string; category: string; origin_country: string | null; captured_by: string | null; captured_from: string | null }
export interface EventLocation {
  name: string; country: string; iso3: string; admin1: string | null; admin2: string | null; admin3: string | null;
  admin1_2025?: string | null; admin2_2025?: string | null;
  latitude: number | null; longitude: number | null; geo_precision: 1 | 2 | 3; gazetteer_id: string | null;
}
export interface EventValues {
  event_type: string; sub_event_type: string; event_date: string | null; date_precision: string;
  actor1: ActorRef | null; actor2: ActorRef | null; assoc_actors: ActorRef[]; civilian_targeting: boolean;
  location: EventLocation | null; fatalities: Fatalities; verification: string;
  claimed_by: string | null; claim_relayed_by: string | null; weapons: Weapon[]; notes: string;
}
export interface Evidence { field: string; text: string; start: number; end: number; rule: string; stated: boolean }
export interface EventSource {
  document_id: string; url: string | null; title: string | null; published_at: string | null; source_name: string | null;
  values: EventValues; evidence: Evidence[];
}
export interface ConflictEvent extends EventValues {
  id: string; sources: EventSource[]; review_status: "auto" | "confirmed" | "rejected"; created_at: string; updated_at: string;
}
export interface StoredDocument { id: string; url: string | null; title: string | null; published_at: string | null; source_name: string | null; text: string }
export interface AuditEntry { id: number; event_id: string; action: string; who: string; at: string; before: unknown; after: unknown; why: string | null }
export interface StatsRow { key: string; key2?: string; events: number; fatalities: number }
export interface WeaponRow {
  event_id: string; event_date: string | null; name: string; category: string; origin_country: string | null;
  captured_by: string | null; captured_from: string | null; location: string | null; admin1: string | null;
}
export interface Meta {
  event_types: string[]; verifications: string[]; countries: string[]; admin1: string[]; actors: string[];
  tile_url: string | null; store: string; writes: "token" | "open" | "disabled";
}
export interface EventDetail { event: ConflictEvent; documents: StoredDocument[]; audit: AuditEntry[] }
