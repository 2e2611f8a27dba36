import type { Filters } from "./url-state";

/** Thin fetch wrapper: every dashboard view reads one of these routes, its JSON twin. */

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

const TOKEN_KEY = "conflictwatch.token";
const ANALYST_KEY = "conflictwatch.analyst";

export const credentials = {
  token: (): string => localStorage.getItem(TOKEN_KEY) ?? "",
  setToken: (t: string) => localStorage.setItem(TOKEN_KEY, t),
  analyst: (): string => localStorage.getItem(ANALYST_KEY) ?? "",
  setAnalyst: (a: string) => localStorage.setItem(ANALYST_KEY, a),
};

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const h: Record<string, string> = { accept: "application/json", ...extra };
  const token = credentials.token();
  if (token) h.authorization = `Bearer ${token}`;
  return h;
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    throw new ApiError(body?.error?.code ?? "http_error", body?.error?.message ?? `${res.status} ${res.statusText}`, res.status);
  }
  return body as T;
}

export function filterQuery(filters: Filters, extra: Record<string, string | undefined> = {}): string {
  const p = new URLSearchParams();
  const keys: Array<keyof Filters> = ["from", "to", "country", "admin1", "type", "actor", "min_fatalities", "verification", "q", "bbox"];
  for (const k of keys) {
    const v = filters[k];
    if (v) p.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  return p.toString();
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(path, { headers: headers(), signal }));
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const analyst = credentials.analyst();
  const payload = body && typeof body === "object" && analyst && !("who" in body) && !path.endsWith("/api/documents") && !path.startsWith("/api/alerts/") ? { ...body, who: analyst } : body;
  return parse<T>(await fetch(path, { method: "POST", headers: headers({ "content-type": "application/json" }), body: JSON.stringify(payload) }));
}

export async function deleteJson<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { method: "DELETE", headers: headers() }));
}
