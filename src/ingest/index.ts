import { readFile } from "node:fs/promises";
import iconv from "iconv-lite";
import { InputError, type DocumentHints, type RawDocument } from "../domain/index.js";
import { isFeedContentType, parseFeed, sniffFeed, type Feed } from "./feed.js";
import { fetchUrl, type FetchLimits } from "./fetch-url.js";
import { contentTypeForPath, expandPath, fileError, mayBeFeedPath, mustBeFeedPath } from "./local-files.js";

export { parseFeed, sniffFeed, feedDate, type Feed, type FeedItem } from "./feed.js";

export interface ReadOptions {
  fetchTimeoutMs: number;
  maxBytes: number;
  userAgent: string;
  hints: DocumentHints;
  fetchImpl?: typeof fetch;
}

export type InputItem = { ok: true; doc: RawDocument } | { ok: false; origin: string; error: InputError };

/** Sent with every request, so site operators can see who is reading and why. */
export const DEFAULT_USER_AGENT = "conflictwatch/0.1 (+https://github.com/conflictwatch/conflictwatch; conflict event coding for Sahel analysts)";

const URL_PATTERN = /^https?:\/\//i;

function failure(origin: string, error: unknown): InputItem {
  const inputError =
    error instanceof InputError ? error : new InputError(origin, `unexpected error: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  return { ok: false, origin, error: inputError };
}

function limitsOf(opts: ReadOptions): FetchLimits {
  return { timeoutMs: opts.fetchTimeoutMs, maxBytes: opts.maxBytes, userAgent: opts.userAgent, fetchImpl: opts.fetchImpl };
}

/** A document from text already in memory (pasted text, a JSONL line, a test page). */
export function rawFromString(origin: string, content: string, kind: "text" | "html", hints: DocumentHints = {}): RawDocument {
  return {
    origin,
    url: URL_PATTERN.test(origin) ? origin : null,
    bytes: new TextEncoder().encode(content),
    contentType: kind === "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
    hints: { ...hints },
  };
}

/** Feed XML as a string, honouring a non-UTF-8 encoding declaration. */
function feedText(bytes: Uint8Array): string {
  const declared = /^\s*(?:\uFEFF)?<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(Buffer.from(bytes.subarray(0, 200)).toString("latin1"));
  const label = declared?.[1]?.toLowerCase();
  if (label && label !== "utf-8" && label !== "utf8" && iconv.encodingExists(label)) return iconv.decode(Buffer.from(bytes), label);
  return Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/, "");
}

function itemHints(opts: ReadOptions, feed: Feed, item: Feed["items"][number]): DocumentHints {
  const userDate = opts.hints.publishedAtOverride ? opts.hints.publishedAt : null;
  return {
    ...opts.hints,
    title: item.title ?? null,
    publishedAt: userDate ?? item.publishedAt ?? opts.hints.publishedAt ?? null,
    publishedAtOverride: Boolean(userDate),
    sourceName: opts.hints.sourceName ?? feed.title ?? null,
  };
}

/** Every item of a feed: its link fetched (relative links resolved against the feed's URL), or its inline content. */
async function* feedItems(origin: string, baseUrl: string | null, bytes: Uint8Array, opts: ReadOptions): AsyncGenerator<InputItem> {
  const parsed = parseFeed(feedText(bytes));
  if (!parsed.ok) {
    yield { ok: false, origin, error: new InputError(origin, parsed.problem) };
    return;
  }
  const { feed } = parsed;
  if (feed.items.length === 0) {
    yield { ok: false, origin, error: new InputError(origin, `${feed.kind.toUpperCase()} feed has no items`) };
    return;
  }
  const tasks = feed.items.map((item, index) => () => readFeedItem(origin, baseUrl, feed, item, index, opts));
  yield* inOrder(tasks, FEED_FETCH_CONCURRENCY);
}

/** Items of one feed are usually on one site: a few at a time, not the whole feed at once. */
const FEED_FETCH_CONCURRENCY = 4;

async function readFeedItem(origin: string, baseUrl: string | null, feed: Feed, item: Feed["items"][number], index: number, opts: ReadOptions): Promise<InputItem> {
  const hints = itemHints(opts, feed, item);
  const itemOrigin = `${origin}#item-${index + 1}`;
  if (!item.link) {
    if (item.content) return { ok: true, doc: rawFromString(itemOrigin, item.content, "html", hints) };
    return { ok: false, origin: itemOrigin, error: new InputError(itemOrigin, "feed item has neither a link nor content") };
  }
  let link: string;
  try {
    link = new URL(item.link, baseUrl ?? undefined).href;
  } catch {
    return { ok: false, origin: itemOrigin, error: new InputError(itemOrigin, `feed item link is not a valid URL: ${item.link}`) };
  }
  if (!URL_PATTERN.test(link)) return { ok: false, origin: link, error: new InputError(link, "feed item link is not an http(s) URL") };
  try {
    const fetched = await fetchUrl(link, limitsOf(opts));
    return { ok: true, doc: { origin: link, url: fetched.url, bytes: fetched.bytes, contentType: fetched.contentType, hints } };
  } catch (error) {
    return failure(link, error);
  }
}

/** Runs up to `width` tasks ahead and yields their results in the tasks' order. Tasks never reject. */
async function* inOrder<T>(tasks: Array<() => Promise<T>>, width: number): AsyncGenerator<T> {
  const running: Array<Promise<T>> = [];
  let next = 0;
  while (next < tasks.length && running.length < width) running.push(tasks[next++]());
  while (running.length > 0) {
    const result = await (running.shift() as Promise<T>);
    if (next < tasks.length) running.push(tasks[next++]());
    yield result;
  }
}

async function* readUrl(input: string, opts: ReadOptions): AsyncGenerator<InputItem> {
  let fetched;
  try {
    fetched = await fetchUrl(input, limitsOf(opts));
  } catch (error) {
    yield failure(input, error);
    return;
  }
  if (isFeedContentType(fetched.contentType) || sniffFeed(fetched.bytes)) {
    yield* feedItems(input, fetched.url, fetched.bytes, opts);
    return;
  }
  yield { ok: true, doc: { origin: input, url: fetched.url, bytes: fetched.bytes, contentType: fetched.contentType, hints: { ...opts.hints } } };
}

async function* readPath(input: string, opts: ReadOptions): AsyncGenerator<InputItem> {
  for await (const entry of expandPath(input)) {
    if (entry.kind === "error") {
      yield { ok: false, origin: entry.path, error: entry.error };
      continue;
    }
    if (entry.size > opts.maxBytes) {
      const problem = `file is ${entry.size.toLocaleString("en-US")} bytes, over the ${opts.maxBytes.toLocaleString("en-US")}-byte limit (--max-bytes)`;
      yield { ok: false, origin: entry.path, error: new InputError(entry.path, problem) };
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(entry.path);
    } catch (error) {
      yield { ok: false, origin: entry.path, error: fileError(entry.path, error) };
      continue;
    }
    if (mustBeFeedPath(entry.path) || (sniffFeed(bytes) && (mayBeFeedPath(entry.path) || contentTypeForPath(entry.path) === null))) {
      yield* feedItems(entry.path, null, bytes, opts);
      continue;
    }
    yield { ok: true, doc: { origin: entry.path, url: null, bytes, contentType: contentTypeForPath(entry.path), hints: { ...opts.hints } } };
  }
}

/**
 * Every input, in order: files, folders (recursively), article URLs and feed URLs (each
 * item fetched). A bad input becomes an `{ok:false}` item naming it; the generator itself
 * never throws, so the other inputs still go through.
 */
export async function* readInputs(inputs: string[], opts: ReadOptions): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    try {
      if (URL_PATTERN.test(input)) yield* readUrl(input, opts);
      else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
        yield { ok: false, origin: input, error: new InputError(input, "unsupported URL scheme: only http and https can be fetched") };
      } else yield* readPath(input, opts);
    } catch (error) {
      yield failure(input, error);
    }
  }
}
