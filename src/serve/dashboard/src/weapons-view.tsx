import { useEffect, useState } from "preact/hooks";
import { filterQuery, getJson } from "./api";
import type { WeaponRow } from "./types";
import type { Filters } from "./url-state";

/** Weapons captured: model, category, origin, captor, from whom, where, when. */
export function WeaponsView({ filters, onSelect }: { filters: Filters; onSelect(id: string): void }) {
  const [rows, setRows] = useState<WeaponRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const url = `/api/stats/weapons?${filterQuery(filters)}`;
  useEffect(() => {
    getJson<{ rows: WeaponRow[] }>(url).then((r) => setRows(r.rows)).catch((e: Error) => setError(e.message));
  }, [url]);
  const tally = (key: (r: WeaponRow) => string | null) => {
    const m = new Map<string, number>();
    for (const r of rows ?? []) m.set(key(r) ?? "unknown", (m.get(key(r) ?? "unknown") ?? 0) + 1);
    return [...m.entries()].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(" · ");
  };
  return (
    <div class="page" data-testid="weapons-view">
      <h2>Weapons captured <a class="json-twin" href={url} target="_blank" rel="noreferrer">JSON</a></h2>
      {error && <p class="error">{error}</p>}
      {rows && rows.length === 0 && <p class="hint">No captured weapons reported under these filters.</p>}
      {rows && rows.length > 0 && (
        <div class="summary">
          <div>By origin: {tally((r) => r.origin_country)}</div>
          <div>By category: {tally((r) => r.category)}</div>
          <div>By captor: {tally((r) => r.captured_by)}</div>
        </div>
      )}
      {rows && rows.length > 0 && (
        <table class="data">
          <thead><tr><th>Date</th><th>Weapon</th><th>Category</th><th>Origin</th><th>Captured by</th><th>From</th><th>Where</th></tr></thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.event_id}-${i}`} class="clickable" onClick={() => onSelect(r.event_id)}>
                <td>{r.event_date ?? "—"}</td><td>{r.name}</td><td>{r.category}</td><td>{r.origin_country ?? "—"}</td>
                <td>{r.captured_by ?? "—"}</td><td>{r.captured_from ?? "—"}</td><td>{[r.location, r.admin1].filter(Boolean).join(", ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
