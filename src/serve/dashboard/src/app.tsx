import { useEffect, useState } from "preact/hooks";
import { AlertsView } from "./alerts-view";
import { ApiError, credentials, getJson } from "./api";
import { EventDetail } from "./event-detail";
import { EventList } from "./event-list";
import { FilterBar } from "./filter-bar";
import { MapView } from "./map-view";
import { PairsView } from "./pairs-view";
import { PasteView } from "./paste-view";
import { Timeline } from "./timeline";
import type { Meta } from "./types";
import { useUrlState, type View } from "./url-state";
import { WeaponsView } from "./weapons-view";

const TABS: Array<[View, string]> = [
  ["map", "Map"],
  ["pairs", "Actor pairs"],
  ["weapons", "Weapons captured"],
  ["paste", "Paste a report"],
  ["alerts", "Alerts"],
];

export function App() {
  const [state, update] = useUrlState();
  const [meta, setMeta] = useState<Meta | null>(null);
  const [metaError, setMetaError] = useState<{ message: string; needsToken: boolean } | null>(null);
  const [bbox, setBbox] = useState<string | null>(null);
  const [count, setCount] = useState<{ n: number; truncated: boolean } | null>(null);
  // Bumped after every write so lists, map and stats reload.
  const [version, setVersion] = useState(0);
  const [token, setToken] = useState(credentials.token());

  useEffect(() => {
    getJson<Meta>("/api/meta")
      .then((m) => {
        setMeta(m);
        setMetaError(null);
      })
      .catch((e: Error) => setMetaError({ message: e.message, needsToken: e instanceof ApiError && e.status === 401 }));
  }, [version, token]);

  const select = (id: string) => update({ event: id });

  return (
    <div class={`app view-${state.view}`}>
      <header>
        <h1>conflictwatch</h1>
        <nav>
          {TABS.map(([view, label]) => (
            <button key={view} class={state.view === view ? "tab active" : "tab"} onClick={() => update({ view })}>{label}</button>
          ))}
        </nav>
        <div class="header-right">
          {count !== null && state.view === "map" && (
            <span class="muted" title={count.truncated ? "The map shows the newest events only; narrow the filters to see the rest." : undefined}>
              {count.n.toLocaleString("en")} {count.truncated ? "newest mapped events (narrow the filters for more)" : "mapped events"}
            </span>
          )}
          {(meta?.writes === "token" || metaError?.needsToken) && (
            <input type="password" placeholder="token for edits" value={token} size={14} onInput={(e) => { const v = (e.target as HTMLInputElement).value; setToken(v); credentials.setToken(v); }} />
          )}
          <a class="json-twin" href="/api/openapi.json" target="_blank" rel="noreferrer">API</a>
        </div>
      </header>
      <FilterBar filters={state.filters} meta={meta} onChange={(filters) => update({ filters })} />
      {metaError && (
        <div class="banner error">
          {metaError.needsToken ? "This server needs its token even for reading: enter it at the top right, then reload." : `Cannot reach the API: ${metaError.message}`}
        </div>
      )}
      <main>
        {state.view === "map" && (
          <>
            <div class="map-column">
              <MapView
                filters={state.filters}
                version={version}
                selected={state.event}
                tileUrl={meta?.tile_url ?? null}
                onSelect={select}
                onBounds={setBbox}
                onCount={(n, truncated) => setCount({ n, truncated })}
              />
              <Timeline filters={state.filters} onRange={(from, to) => update({ filters: { ...state.filters, from, to } })} />
            </div>
            <aside>
              {state.event ? (
                <EventDetail
                  id={state.event}
                  writes={meta?.writes ?? "disabled"}
                  onClose={() => update({ event: null })}
                  onChanged={(id) => { setVersion((v) => v + 1); if (id) update({ event: id }); }}
                />
              ) : (
                <EventList filters={state.filters} bbox={bbox} version={version} onSelect={select} />
              )}
            </aside>
          </>
        )}
        {state.view === "pairs" && <PairsView filters={state.filters} a={state.pairA} b={state.pairB} onPair={(a, b) => update({ pairA: a, pairB: b })} onSelect={(id) => update({ view: "map", event: id })} />}
        {state.view === "weapons" && <WeaponsView filters={state.filters} onSelect={(id) => update({ view: "map", event: id })} />}
        {state.view === "alerts" && <AlertsView meta={meta} filters={state.filters} mapBbox={bbox} onSelect={(id) => update({ view: "map", event: id })} />}
        {state.view === "paste" && <PasteView onSelect={(id) => update({ view: "map", event: id })} onStored={() => setVersion((v) => v + 1)} />}
      </main>
    </div>
  );
}
