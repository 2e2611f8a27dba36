import type { Store } from "../domain/store.js";

/** What alerts read from the event store (injected by the pipeline; SQLite or PostgreSQL). */
export type AlertEventSource = Pick<Store, "getEvent" | "iterateEvents" | "listEvents">;
