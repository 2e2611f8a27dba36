import { XMLParser } from "fast-xml-parser";

/** One entry of an RSS or Atom feed: the article to fetch and what the feed says about it. */
export interface FeedItem {
  url: string;
  title: string | null;
  /** As the feed gives it (RFC 822 or ISO), normalised to ISO when parseable. */
  publishedAt: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  processEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/**
 * The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, in feed order, with absolute
 * URLs; items without a usable link are skipped. Returns null when the bytes are not a feed.
 */
export function feedItems(xml: string, feedUrl: string): FeedItem[] | null {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch {
    return null;
  }
  const rss = doc.rss as { channel?: { item?: unknown[] } } | undefined;
  const rdf = doc["rdf:RDF"] as { item?: unknown[] } | undefined;
  const atom = doc.feed as { entry?: unknown[] } | undefined;
  const entries = rss?.channel ? (rss.channel.item ?? []) : rdf ? (rdf.item ?? []) : atom ? (atom.entry ?? []) : null;
  if (entries === null) return null;
  const items: FeedItem[] = [];
  for (const entry of entries as Array<Record<string, unknown>>) {
    const link = entryLink(entry);
    const url = link ? absolute(link, feedUrl) : null;
    if (!url) continue;
    items.push({
      url,
      title: text(entry.title),
      publishedAt: isoDate(text(entry.pubDate) ?? text(entry.published) ?? text(entry.updated) ?? text(entry["dc:date"])),
    });
  }
  return items;
}

function entryLink(entry: Record<string, unknown>): string | null {
  const links = (entry.link as unknown[] | undefined) ?? [];
  // Atom: <link rel="alternate" href="..."/>; RSS: <link>url</link>.
  const alternate = links.find((l) => typeof l === "object" && l !== null && ((l as Record<string, unknown>)["@rel"] ?? "alternate") === "alternate");
  const candidate = alternate ?? links[0];
  if (typeof candidate === "string") return candidate.trim() || null;
  if (candidate && typeof candidate === "object") {
    const href = (candidate as Record<string, unknown>)["@href"] ?? (candidate as Record<string, unknown>)["#text"];
    if (typeof href === "string" && href.trim()) return href.trim();
  }
  const guid = entry.guid;
  if (typeof guid === "string" && /^https?:\/\//.test(guid)) return guid;
  if (guid && typeof guid === "object" && typeof (guid as Record<string, unknown>)["#text"] === "string") {
    const value = (guid as Record<string, string>)["#text"];
    if (/^https?:\/\//.test(value)) return value;
  }
  return null;
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return text((value as Record<string, unknown>)["#text"]);
  return null;
}

function absolute(link: string, base: string): string | null {
  try {
    const url = new URL(link, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
