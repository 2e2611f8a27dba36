import type { CleanDocument, DocumentHints, RawDocument } from "./document.js";
import type { ConflictEvent, EventSource, EventValues, ExtractedEvent, Verification } from "./event.js";
import type { GeoPrecision } from "./place.js";

/**
 * The storage contract. Two implementations (SQLite embedded, PostgreSQL for teams)
 * pass one shared contract test suite. All methods are async so both fit.
 */

export interface EventFilter {
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  /** Country name or ISO3. */
  country?: string;
  admin1?: string;
  admin2?: string;
  /** Event types or sub-event types (either matches). */
  types?: string[];
  /** Matches actor1, actor2 or associated actors, by short or ACLED name (case-insensitive substring). */
  actor?: string;
  minFatalities?: number;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
  verification?: Verification[];
  /** Full-text search over notes, source titles and document text. */
  q?: string;
  /** Rejected ("not an event") events are hidden unless asked for. */
  includeRejected?: boolean;
}

export type EventSort = "date_desc" | "date_asc" | "fatalities_desc" | "updated_desc";

export interface PageRequest {
  limit: number;
  /** Opaque cursor from a previous page's next_cursor. */
  cursor?: string | null;
  sort?: EventSort;
}

export interface EventPage {
  events: ConflictEvent[];
  next_cursor: string | null;
}

/**
 * What the map draws of one located event, read straight from stored columns (no full
 * record, no sources): Store.mapPoints.
 */
export interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  event_type: string;
  /** Best estimate, else the low bound, else 0. */
  fatalities: number;
  event_date: string | null;
  verification: Verification;
  /** The location's name. */
  place: string | null;
  geo_precision: GeoPrecision | null;
}

export interface StoredDocument {
  id: string;
  origin: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  published_at_origin: string;
  source_name: string | null;
  language: string | null;
  content_hash: string;
  encoding: string;
  /** Cleaned text: evidence spans point into it. */
  text: string;
  /** Id of a near-identical document stored earlier, when this one is a copy. */
  near_duplicate_of: string | null;
  ingested_at: string;
}

/** What the store needs of a document to keep it: the cleaned form, and the raw bytes so nothing is lost. */
export interface DocumentInput {
  clean: CleanDocument;
  raw: RawDocument;
}

export type MergeDecision =
  | { kind: "new" }
  | { kind: "merge"; eventId: string; reason: string };

/**
 * The merge stage's policy, injected into the store so that the decision and the
 * write happen in one transaction without the store knowing the rule.
 */
export interface MergePolicy {
  /** Date window (days either side) and radius (km) within which the store fetches candidates. */
  candidateWindowDays: number;
  candidateRadiusKm: number;
  /** Which stored event, if any, the incoming one is a report of. Deterministic. */
  decide(incoming: EventValues, candidates: ConflictEvent[]): MergeDecision;
  /** The event's values from all its sources. */
  combine(sources: EventSource[]): EventValues;
  /** Fingerprint of a text for near-duplicate detection (equal or close fingerprints = copies). */
  fingerprint(text: string): string;
  /** Whether two fingerprints denote near-identical texts. */
  isNearDuplicate(a: string, b: string): boolean;
}

export interface IngestOutcome {
  documentId: string;
  /** "duplicate": the same content was stored before; nothing was written. */
  status: "new" | "duplicate";
  nearDuplicateOf: string | null;
  eventsNew: number;
  eventsMerged: number;
  eventIds: string[];
}

/** Analysts' review actions. Every one is recorded in the audit log and survives re-extraction. */
export type ReviewAction =
  | { kind: "confirm"; eventId: string; who: string; why?: string }
  | { kind: "reject"; eventId: string; who: string; why?: string }
  | { kind: "correct"; eventId: string; field: keyof EventValues; value: unknown; who: string; why?: string }
  | { kind: "merge"; eventIds: [string, string]; who: string; why?: string }
  | { kind: "split"; eventId: string; documentIds: string[]; who: string; why?: string };

export interface AuditEntry {
  id: number;
  event_id: string;
  action: ReviewAction["kind"];
  who: string;
  at: string;
  before: unknown;
  after: unknown;
  why: string | null;
}

export type StatsGroup = "week" | "month" | "event_type" | "sub_event_type" | "actor" | "admin1" | "admin2" | "actor_pair" | "country";

export interface StatsRow {
  key: string;
  /** For actor_pair: the two actors. */
  key2?: string;
  events: number;
  fatalities: number;
}

export interface WeaponCaptureRow {
  event_id: string;
  event_date: string | null;
  name: string;
  category: string;
  origin_country: string | null;
  captured_by: string | null;
  captured_from: string | null;
  location: string | null;
  admin1: string | null;
}

/**
 * One record of a store dump (Store.dump / Store.load): what copying a store to
 * another needs so that nothing is lost. Records come in this order: every document,
 * then every event with its sources, then review overrides, then the audit log.
 */
export type StoreDumpRecord =
  | {
      kind: "document";
      document: StoredDocument;
      /** The raw bytes as received. */
      raw: Uint8Array;
      content_type: string | null;
      hints: DocumentHints;
      fingerprint: string | null;
      furniture_removed: number;
    }
  | {
      kind: "event";
      /** Merged values (overrides applied) and review state, written as they are (no re-merge). */
      event: ConflictEvent;
      /** Kept with no sources left because analysts reviewed it. */
      orphaned: boolean;
      /** Position of each source (same order as event.sources) among its document's events. */
      source_indexes: number[];
    }
  | { kind: "override"; event_id: string; field: keyof EventValues; value: unknown; who: string; at: string }
  | { kind: "audit"; entry: AuditEntry; other_event_id: string | null };

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Apply pending versioned migrations. Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Document already stored with this content hash? */
  findDocumentByHash(contentHash: string): Promise<StoredDocument | null>;
  /**
   * Store one document and its located events in one transaction: skip it when its
   * content hash is known; otherwise insert it, then merge each event into a
   * candidate chosen by the policy or insert it as new. A crash leaves either all or nothing.
   */
  ingestDocument(doc: DocumentInput, events: ExtractedEvent[], policy: MergePolicy): Promise<IngestOutcome>;
  /** Replace one stored document's events with a new extraction; analysts' edits stay. */
  reextractDocument(documentId: string, events: ExtractedEvent[], policy: MergePolicy): Promise<IngestOutcome>;

  getDocument(id: string): Promise<StoredDocument | null>;
  /** The raw bytes as received. */
  getRawDocument(id: string): Promise<Uint8Array | null>;
  listDocumentIds(): Promise<string[]>;

  getEvent(id: string): Promise<ConflictEvent | null>;
  listEvents(filter: EventFilter, page: PageRequest): Promise<EventPage>;
  /** Streams every matching event (for exports), in date order, without holding them all in memory. */
  iterateEvents(filter: EventFilter): AsyncIterable<ConflictEvent>;
  countEvents(filter: EventFilter): Promise<number>;

  stats(filter: EventFilter, group: StatsGroup): Promise<StatsRow[]>;
  weaponsCaptured(filter: EventFilter): Promise<WeaponCaptureRow[]>;

  /** Apply a review action; returns the events it changed or created. */
  review(action: ReviewAction, policy: MergePolicy): Promise<ConflictEvent[]>;
  auditLog(eventId?: string): Promise<AuditEntry[]>;

  /**
   * Optional (both built-in stores have it): the located events (latitude and longitude set)
   * matching the filter as compact map points, newest first (the order of listEvents'
   * date_desc), at most `limit` of them.
   */
  mapPoints?(filter: EventFilter, limit: number): Promise<MapPoint[]>;
  /** Optional (both built-in stores have it): every stored record, streamed, for copying a store (see StoreDumpRecord). */
  dump?(): AsyncIterable<StoreDumpRecord>;
  /** Optional: writes dumped records as they are into this store (meant for an empty one); resolves to the number written. */
  load?(records: AsyncIterable<StoreDumpRecord>, onProgress?: (written: number) => void): Promise<number>;
}
