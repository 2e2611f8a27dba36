import { useEffect, useState } from "preact/hooks";
import { filterQuery, getJson } from "./api";
import type { StatsRow } from "./types";
import type { Filters } from "./url-state";

interface PairResult {
  rows: StatsRow[];
  events: Array<{ id: string; event_date: string | null; actor1: string | null; actor2: string | null; fatalities: number; place: string | null }>;
}

interface Props {
  filters: Filters;
  a: string;
  b: string;
  onPair(a: string, b: string): void;
  onSelect(id: string): void;
}

/** Who fights whom: the top pairs under the filters, and one chosen pair month by month. */
export function PairsView({ filters, a, b, onPair, onSelect }: Props) {
  const [pairs, setPairs] = useState<StatsRow[]>([]);
  const [result, setResult] = useState<PairResult | null>(null);
  const [draftA, setDraftA] = useState(a);
  const [draftB, setDraftB] = useState(b);
  const [error, setError] = useState<string | null>(null);
  const pairsUrl = `/api/stats?${filterQuery(filters, { group: "actor_pair" })}`;
  const pairUrl = `/api/stats/pair?${filterQuery(filters, { a, b, interval: "month" })}`;

  useEffect(() => {
    getJson<{ groups: { actor_pair: StatsRow[] } }>(pairsUrl)
      .then((r) => {
        const rows = r.groups.actor_pair.filter((p) => p.key2);
        setPairs(rows);
        // No pair chosen yet: show the busiest one.
        if ((!a || !b) && rows[0]) choose(rows[0].key, rows[0].key2 ?? "");
      })
      .catch((e: Error) => setError(e.message));
  }, [pairsUrl]);
  useEffect(() => {
    if (!a || !b) return;
    getJson<PairResult>(pairUrl).then(setResult).catch((e: Error) => setError(e.message));
  }, [pairUrl]);
  useEffect(() => {
    setDraftA(a);
    setDraftB(b);
  }, [a, b]);
  const choose = (x: string, y: string) => onPair(x, y);

  const max = Math.max(1, ...(result?.rows ?? []).map((r) => r.events));
  return (
    <div class="page" data-testid="pairs-view">
      <h2>Actor pairs</h2>
      {error && <p class="error">{error}</p>}
      <div class="columns">
        <section>
          <h3>Who fights whom <a class="json-twin" href={pairsUrl} target="_blank" rel="noreferrer">JSON</a></h3>
          <table class="data">
            <thead><tr><th>Actor</th><th>against</th><th class="num">Events</th><th class="num">Fatalities</th></tr></thead>
            <tbody>
              {pairs.slice(0, 30).map((p) => (
                <tr key={`${p.key}|${p.key2}`} class={`clickable${p.key === a && p.key2 === b ? " chosen" : ""}`} onClick={() => choose(p.key, p.key2 ?? "")}>
                  <td>{p.key}</td><td>{p.key2 ?? "—"}</td><td class="num">{p.events}</td><td class="num">{p.fatalities}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {pairs.length === 0 && <p class="hint">No events with two named actors under these filters.</p>}
        </section>
        <section>
          <h3>One pair, month by month <a class="json-twin" href={pairUrl} target="_blank" rel="noreferrer">JSON</a></h3>
          <form class="review-row" onSubmit={(e) => { e.preventDefault(); choose(draftA.trim(), draftB.trim()); }}>
            <input value={draftA} onInput={(e) => setDraftA((e.target as HTMLInputElement).value)} size={16} aria-label="first actor" /> vs
            <input value={draftB} onInput={(e) => setDraftB((e.target as HTMLInputElement).value)} size={16} aria-label="second actor" />
            <button type="submit">Show</button>
          </form>
          {result && result.rows.length === 0 && <p class="hint">No dated event between {a} and {b} under these filters.</p>}
          <div class="bars">
            {result?.rows.map((r) => (
              <div class="bar-row" key={r.key}>
                <span class="bar-label">{r.key}</span>
                <span class="bar" style={{ width: `${(r.events / max) * 70}%` }} />
                <span class="bar-value">{r.events} event{r.events === 1 ? "" : "s"} · {r.fatalities} killed</span>
              </div>
            ))}
          </div>
          <ul class="plain">
            {result?.events.map((e) => (
              <li key={e.id} class="clickable" onClick={() => onSelect(e.id)}>
                {e.event_date ?? "date unknown"} · {e.place ?? "?"} · {e.actor1} vs {e.actor2} · {e.fatalities} killed
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
