import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: the list of items, each with the link to
 * fetch and the title and date the feed gives (hints for cleaning, origin "feed").
 */

export interface FeedItem {
  link: string | null;
  title: string | null;
  /** ISO YYYY-MM-DD as the feed states it (its own calendar day, not converted to UTC), or null. */
  publishedAt: string | null;
  /** Inline content (RSS description/content:encoded, Atom content/summary), used when there is no link. */
  content: string | null;
}

export interface Feed {
  kind: "rss" | "atom" | "rdf";
  title: string | null;
  items: FeedItem[];
}

export type FeedParse = { ok: true; feed: Feed } | { ok: false; problem: string };

/** Looks at the first bytes only: is this an RSS/Atom/RDF document? */
export function sniffFeed(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048))
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .replace(/<\?xml[^>]*\?>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\?xml-stylesheet[^>]*\?>/g, "")
    .replace(/<!DOCTYPE[^>]*>/gi, "")
    .trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

export function isFeedContentType(contentType: string | null): boolean {
  return /\b(rss|atom)\+xml\b|application\/rdf\+xml/i.test(contentType ?? "");
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") {
    const s = String(value).replace(/\s+/g, " ").trim();
    return s.length > 0 ? s : null;
  }
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === "object") return text((value as Record<string, unknown>)["#text"]);
  return null;
}

function asArray<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** RFC 822 (`Sat, 30 Mar 2024 10:00:00 GMT`) or ISO 8601 (`2024-03-30T10:00:00+01:00`) to the stated day. */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return validDay(+iso[1], +iso[2], +iso[3]);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})/.exec(value);
  if (rfc) {
    const month = MONTHS[rfc[2].toLowerCase()];
    let year = +rfc[3];
    if (year < 100) year += year < 50 ? 2000 : 1900;
    if (month) return validDay(year, month, +rfc[1]);
  }
  return null;
}

function atomLink(links: unknown): string | null {
  const all = asArray(links as unknown[] | unknown);
  const isAlternate = (l: unknown): boolean =>
    typeof l === "object" && l !== null && (!(l as Record<string, unknown>)["@_rel"] || (l as Record<string, unknown>)["@_rel"] === "alternate");
  const chosen = all.find(isAlternate) ?? all[0];
  if (typeof chosen === "string") return chosen.trim() || null;
  return chosen && typeof chosen === "object" ? text((chosen as Record<string, unknown>)["@_href"]) : null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
});

export function parseFeed(xml: string): FeedParse {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line } = validation.err;
    return { ok: false, problem: `invalid feed XML: ${msg} (line ${line})` };
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, problem: `invalid feed XML: ${(error as Error).message}` };
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  if (rss) {
    const channel = (asArray(rss.channel as Record<string, unknown>)[0] ?? {}) as Record<string, unknown>;
    const items = asArray(channel.item as Record<string, unknown>[]).map((item) => ({
      link: text(item.link) ?? (isPermalink(item.guid) ? text(item.guid) : null),
      title: text(item.title),
      publishedAt: feedDate(text(item.pubDate) ?? text(item["dc:date"])),
      content: text(item["content:encoded"]) ?? text(item.description),
    }));
    return { ok: true, feed: { kind: "rss", title: text(channel.title), items } };
  }
  const atom = doc.feed as Record<string, unknown> | undefined;
  if (atom) {
    const items = asArray(atom.entry as Record<string, unknown>[]).map((entry) => ({
      link: atomLink(entry.link),
      title: text(entry.title),
      publishedAt: feedDate(text(entry.published) ?? text(entry.updated)),
      content: text(entry.content) ?? text(entry.summary),
    }));
    return { ok: true, feed: { kind: "atom", title: text(atom.title), items } };
  }
  const rdf = doc["rdf:RDF"] as Record<string, unknown> | undefined;
  if (rdf) {
    const channel = (asArray(rdf.channel as Record<string, unknown>)[0] ?? {}) as Record<string, unknown>;
    const items = asArray(rdf.item as Record<string, unknown>[]).map((item) => ({
      link: text(item.link),
      title: text(item.title),
      publishedAt: feedDate(text(item["dc:date"])),
      content: text(item.description),
    }));
    return { ok: true, feed: { kind: "rdf", title: text(channel.title), items } };
  }
  return { ok: false, problem: "not an RSS or Atom feed (root element is neither <rss>, <feed> nor <rdf:RDF>)" };
}

function isPermalink(guid: unknown): boolean {
  if (guid === null || guid === undefined) return false;
  const value = text(guid);
  if (!value || !/^https?:\/\//i.test(value)) return false;
  const attr = typeof guid === "object" ? (guid as Record<string, unknown>)["@_isPermaLink"] : undefined;
  return attr !== "false";
}
