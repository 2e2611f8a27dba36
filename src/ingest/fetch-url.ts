import { InputError } from "../domain/index.js";

/**
 * One HTTP(S) GET with the limits an unattended ingester needs: a deadline covering
 * connection AND body (a server that sends headers then stalls must not hang the run),
 * a byte cap enforced while streaming (not after buffering), a User-Agent that names the
 * tool, and redirects followed. Every failure becomes an InputError naming the URL.
 */

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  fetchImpl?: typeof fetch;
}

export interface FetchedBody {
  /** Final URL after redirects. */
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code;
  switch (code) {
    case "ECONNREFUSED":
      return "could not connect: connection refused (ECONNREFUSED)";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `could not connect: host not found (${code})`;
    case "ECONNRESET":
      return "connection reset by the server (ECONNRESET)";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `could not connect: network unreachable (${code})`;
    default: {
      const detail = cause?.message ?? (error as Error)?.message ?? String(error);
      return `could not be fetched: ${detail}`;
    }
  }
}

function overLimit(maxBytes: number): string {
  return `response is larger than the ${maxBytes.toLocaleString("en-US")}-byte limit (--max-bytes)`;
}

/** A failure worth one more try: the server said "busy" (429, 502–504) or dropped the connection. */
class TransientFetchError extends InputError {}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const RETRY_DELAY_MS = 500;

/**
 * One retry after a short pause for transient failures; timeouts are not retried (that
 * would double the wait the user asked for), nor are 404s and other definite answers.
 */
export async function fetchUrl(url: string, limits: FetchLimits, origin: string = url): Promise<FetchedBody> {
  try {
    return await fetchOnce(url, limits, origin);
  } catch (error) {
    if (!(error instanceof TransientFetchError)) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    try {
      return await fetchOnce(url, limits, origin);
    } catch (second) {
      if (second instanceof TransientFetchError) throw new InputError(second.input, `${second.problem} (after one retry)`, { cause: second });
      throw second;
    }
  }
}

async function fetchOnce(url: string, limits: FetchLimits, origin: string): Promise<FetchedBody> {
  const fetchImpl = limits.fetchImpl ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        redirect: "follow",
        signal: controller.signal,
        headers: {
          "User-Agent": limits.userAgent,
          Accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
          "Accept-Language": "fr,en;q=0.8",
        },
      });
    } catch (error) {
      if (timedOut) throw new InputError(origin, `timed out after ${limits.timeoutMs} ms`, { cause: error });
      const code = (error as { cause?: { code?: string } })?.cause?.code;
      const ErrorType = code === "ECONNRESET" ? TransientFetchError : InputError;
      throw new ErrorType(origin, networkProblem(error), { cause: error });
    }
    if (!response.ok) {
      controller.abort();
      const ErrorType = RETRY_STATUSES.has(response.status) ? TransientFetchError : InputError;
      throw new ErrorType(origin, `HTTP ${response.status} ${response.statusText || "error"}`.trim());
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      controller.abort();
      throw new InputError(origin, overLimit(limits.maxBytes));
    }
    const bytes = await readCapped(response, limits.maxBytes, controller, origin, () => timedOut, limits.timeoutMs);
    return { url: response.url || url, contentType: response.headers.get("content-type"), bytes };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
  origin: string,
  timedOut: () => boolean,
  timeoutMs: number,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw new InputError(origin, overLimit(maxBytes));
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (timedOut()) throw new InputError(origin, `timed out after ${timeoutMs} ms (while reading the response)`, { cause: error });
    throw new InputError(origin, networkProblem(error), { cause: error });
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
