/**
 * HTTP fetching that a small newsroom's server would not mind: conditional requests
 * (ETag / Last-Modified, so an unchanged feed costs a 304), one request per host per
 * interval shared by every worker on every machine (slots are reserved in the
 * database), a hard timeout covering the body, a size cap, and a User-Agent that
 * names the tool.
 */

export const POLITE_USER_AGENT = "conflictwatch/0.1 (conflict event monitor; polite feed poller)";

export interface PoliteFetchOptions {
  userAgent: string;
  /** Whole request, headers and body. */
  timeoutMs: number;
  /** Minimum spacing between two requests to one host, across all workers. 0 disables it. */
  hostIntervalMs: number;
  maxBytes: number;
}

export const DEFAULT_POLITE_FETCH: PoliteFetchOptions = {
  userAgent: POLITE_USER_AGENT,
  timeoutMs: 20_000,
  hostIntervalMs: 1_000,
  maxBytes: 20 * 1024 * 1024,
};

/** Where request slots per host are reserved (the source registry). */
export interface HostSlots {
  reserveHostSlot(host: string, minIntervalMs: number, now: Date): Promise<number>;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type PoliteResponse =
  | {
      kind: "ok";
      url: string;
      finalUrl: string;
      status: number;
      bytes: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: "not-modified"; url: string };

/** A request that did not yield a usable body; the message names the URL and the problem. */
export class FetchFailure extends Error {
  readonly url: string;
  readonly status: number | null;
  constructor(url: string, problem: string, status: number | null = null, options?: { cause?: unknown }) {
    super(`${url}: ${problem}`, options);
    this.name = "FetchFailure";
    this.url = url;
    this.status = status;
  }
}

export async function politeFetch(
  url: string,
  validators: Validators,
  slots: HostSlots,
  options: PoliteFetchOptions = DEFAULT_POLITE_FETCH,
): Promise<PoliteResponse> {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    throw new FetchFailure(url, "is not a URL");
  }
  if (options.hostIntervalMs > 0) {
    const slot = await slots.reserveHostSlot(host, options.hostIntervalMs, new Date());
    const wait = slot - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  const headers: Record<string, string> = {
    "user-agent": options.userAgent,
    accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5",
  };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;

  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, { headers, signal, redirect: "follow" });
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: "not-modified", url };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchFailure(url, `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
    }
    const bytes = await readCapped(response, url, options.maxBytes);
    return {
      kind: "ok",
      url,
      finalUrl: response.url || url,
      status: response.status,
      bytes,
      contentType: response.headers.get("content-type"),
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    if (signal.aborted) throw new FetchFailure(url, `no complete answer within ${options.timeoutMs} ms`, null, { cause: error });
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new FetchFailure(url, `request failed (${detail})`, null, { cause: error });
  }
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchFailure(url, `body of ${declared} bytes exceeds the limit of ${maxBytes}`);
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new FetchFailure(url, `body exceeds the limit of ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
