import { useCallback, useEffect, useState } from "preact/hooks";

/** Everything a shared link must reproduce lives in the URL's query string. */
export interface Filters {
  from?: string;
  to?: string;
  country?: string;
  admin1?: string;
  type?: string;
  actor?: string;
  min_fatalities?: string;
  verification?: string;
  q?: string;
  /** Only for the list of events in view; the map itself is not filtered by its own bounds. */
  bbox?: string;
}

export type View = "map" | "pairs" | "weapons" | "paste" | "alerts";

export interface UrlState {
  filters: Filters;
  view: View;
  event: string | null;
  pairA: string;
  pairB: string;
}

const FILTER_KEYS: Array<keyof Filters> = ["from", "to", "country", "admin1", "type", "actor", "min_fatalities", "verification", "q"];
const VIEWS: View[] = ["map", "pairs", "weapons", "paste", "alerts"];

export function readUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  const view = p.get("view") as View | null;
  return {
    filters,
    view: view && VIEWS.includes(view) ? view : "map",
    event: p.get("event"),
    pairA: p.get("a") ?? "",
    pairB: p.get("b") ?? "",
  };
}

export function writeUrl(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.view !== "map") p.set("view", state.view);
  for (const k of FILTER_KEYS) {
    const v = state.filters[k];
    if (v) p.set(k, v);
  }
  if (state.event) p.set("event", state.event);
  if (state.view === "pairs" && state.pairA && state.pairB) {
    p.set("a", state.pairA);
    p.set("b", state.pairB);
  }
  const s = p.toString();
  return s ? `?${s}` : location.pathname;
}

/** URL-backed state: changes replace the address (opening an event pushes, so Back closes it). */
export function useUrlState(): [UrlState, (patch: Partial<UrlState>) => void] {
  const [state, setState] = useState<UrlState>(() => readUrl(location.search));
  useEffect(() => {
    const onPop = () => setState(readUrl(location.search));
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);
  const update = useCallback((patch: Partial<UrlState>) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      const url = writeUrl(next);
      if ("event" in patch && patch.event !== prev.event && patch.event) history.pushState(null, "", url);
      else history.replaceState(null, "", url);
      return next;
    });
  }, []);
  return [state, update];
}

export function withoutDates(f: Filters): Filters {
  const { from: _from, to: _to, ...rest } = f;
  return rest;
}
