import { useEffect, useState } from "preact/hooks";
import { filterQuery, getJson } from "./api";
import { typeColour } from "./colours";
import { fatalityCount } from "./format-values";
import type { ConflictEvent } from "./types";
import type { Filters } from "./url-state";

interface Props {
  filters: Filters;
  bbox: string | null;
  version: number;
  onSelect(id: string): void;
}

/** Events inside the map's current bounds, newest first, paged by cursor. */
export function EventList({ filters, bbox, version, onSelect }: Props) {
  const [events, setEvents] = useState<ConflictEvent[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = filterQuery({ ...filters, bbox: bbox ?? undefined }, { limit: "50" });

  useEffect(() => {
    const abort = new AbortController();
    getJson<{ events: ConflictEvent[]; next_cursor: string | null; total: number }>(`/api/events?${query}&total=true`, abort.signal)
      .then((r) => {
        setEvents(r.events);
        setCursor(r.next_cursor);
        setTotal(r.total);
        setError(null);
      })
      .catch((e: Error) => e.name !== "AbortError" && setError(e.message));
    return () => abort.abort();
  }, [query, version]);

  const more = async () => {
    if (!cursor) return;
    const r = await getJson<{ events: ConflictEvent[]; next_cursor: string | null }>(`/api/events?${query}&cursor=${encodeURIComponent(cursor)}`);
    setEvents([...events, ...r.events]);
    setCursor(r.next_cursor);
  };

  return (
    <div class="event-list" data-testid="event-list">
      <div class="list-head">
        {total === null ? "…" : `${total} event${total === 1 ? "" : "s"} in view`}
        <a class="json-twin" href={`/api/events?${query}`} target="_blank" rel="noreferrer">JSON</a>
        <a class="json-twin" href={`/api/events?${query}&format=csv&download=1`}>CSV</a>
        <a class="json-twin" href={`/api/events?${query}&format=geojson&download=1`}>GeoJSON</a>
        <a class="json-twin" href={`/api/report.html?${filterQuery({ ...filters, bbox: bbox ?? undefined })}`} target="_blank" rel="noreferrer" title="Situation report (HTML briefing) for this view">Report</a>
      </div>
      {error && <p class="error">{error}</p>}
      <ul>
        {events.map((e) => (
          <li key={e.id} onClick={() => onSelect(e.id)} data-event-id={e.id} class={e.review_status === "rejected" ? "rejected" : ""}>
            <span class="type-dot" style={{ background: typeColour(e.event_type) }} />
            <div>
              <div class="item-title">
                {e.location?.name ?? "unlocated"}
                {e.location?.admin1 ? <span class="muted">, {e.location.admin1}</span> : null}
                <span class="item-date">{e.event_date ?? "date unknown"}</span>
              </div>
              <div class="item-sub">
                {e.sub_event_type} · {[e.actor1?.name, e.actor2?.name].filter(Boolean).join(" vs ") || "actors unknown"}
                {fatalityCount(e) > 0 && <> · <strong>{fatalityCount(e)} killed</strong></>}
                {e.verification === "claimed" && <span class="badge">claimed</span>}
                {e.review_status === "confirmed" && <span class="badge ok">confirmed</span>}
              </div>
            </div>
          </li>
        ))}
      </ul>
      {cursor && <button class="more" onClick={more}>More</button>}
      {events.length === 0 && !error && <p class="hint">No events match here. Zoom out or clear filters.</p>}
    </div>
  );
}
