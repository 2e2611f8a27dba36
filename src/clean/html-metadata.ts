import { parsePublicationDate } from "./publication-date.js";

/**
 * Title, publication date, language and site name from an HTML document's metadata,
 * read before Readability (which rewrites the DOM). Date sources, most trusted first:
 * article/Open Graph meta, other date meta (name="date", pubdate, Dublin Core),
 * JSON-LD `datePublished`, then the first `<time datetime>`.
 */

export interface HtmlMetadata {
  title: string | null;
  publishedAt: string | null;
  publishedAtOrigin: "meta" | "json-ld" | null;
  language: string | null;
  siteName: string | null;
}

/** Just what is needed from a DOM document (linkedom's or a browser's). */
interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

const DATE_META_PRIMARY = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
];
const DATE_META_SECONDARY = [
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="publication_date"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[name="DCTERMS.date"]',
  'meta[name="dcterms.created"]',
  'meta[property="dc:date"]',
];

function metaContent(doc: QueryableDocument, selectors: string[]): string | null {
  for (const selector of selectors) {
    try {
      const el = doc.querySelector(selector);
      const value = el?.getAttribute("content")?.trim();
      if (value) return value;
    } catch {
      // A selector this DOM implementation cannot parse: try the next one.
    }
  }
  return null;
}

/** Every object in a JSON-LD value, following arrays and `@graph`. */
function* jsonLdObjects(value: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) yield* jsonLdObjects(v, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  yield obj;
  if (obj["@graph"]) yield* jsonLdObjects(obj["@graph"], depth + 1);
  if (obj.mainEntity) yield* jsonLdObjects(obj.mainEntity, depth + 1);
}

function* jsonLdBlocks(doc: QueryableDocument): Generator<Record<string, unknown>> {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      // CMSs leave raw control characters in these blocks; JSON.parse refuses them.
      data = JSON.parse((script.textContent ?? "").replace(/[\u0000-\u001f]+/g, " "));
    } catch {
      continue;
    }
    yield* jsonLdObjects(data);
  }
}

/**
 * The article text some sites only ship in JSON-LD (the page itself is built by script).
 * Paragraph breaks survive when the site kept its newlines.
 */
export function jsonLdArticleBody(doc: QueryableDocument): string | null {
  for (const obj of jsonLdBlocks(doc)) {
    if (typeof obj.articleBody === "string" && obj.articleBody.trim().length > 0) return obj.articleBody;
  }
  return null;
}

function jsonLdDate(doc: QueryableDocument): string | null {
  for (const obj of jsonLdBlocks(doc)) {
    const candidate = obj.datePublished ?? obj.dateCreated;
    if (typeof candidate === "string") {
      const day = parsePublicationDate(candidate);
      if (day) return day;
    }
  }
  return null;
}

function timeElementDate(doc: QueryableDocument): string | null {
  const preferred = ["time[pubdate]", "article time[datetime]", "time[datetime]"];
  for (const selector of preferred) {
    for (const el of doc.querySelectorAll(selector)) {
      const day = parsePublicationDate(el.getAttribute("datetime") ?? el.textContent);
      if (day) return day;
    }
  }
  return null;
}

function cleanTitle(value: string | null | undefined): string | null {
  const t = (value ?? "").replace(/\s+/g, " ").trim();
  return t.length > 0 ? t : null;
}

function titleKey(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * <title> usually carries the site name ("Convoy attacked outside Dori - Sahel Monitor").
 * The page's h1 is the clean headline when the other titles start with it; otherwise
 * og:title, then <title> without a trailing " - Site Name", then the h1.
 */
export function chooseTitle(ogTitle: string | null, docTitle: string | null, h1: string | null, siteName: string | null): string | null {
  if (h1 && h1.length >= 8 && [ogTitle, docTitle].some((t) => t !== null && titleKey(t).startsWith(titleKey(h1)))) return h1;
  const withoutSite = (t: string | null): string | null => {
    if (!t || !siteName) return t;
    const m = new RegExp(`^(.{8,}?)\\s*[-|–—:·•]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "i").exec(t);
    return m ? m[1] : t;
  };
  return withoutSite(ogTitle) ?? withoutSite(docTitle) ?? h1;
}

export function readHtmlMetadata(doc: QueryableDocument): HtmlMetadata {
  let publishedAt: string | null = null;
  let publishedAtOrigin: HtmlMetadata["publishedAtOrigin"] = null;
  const fromMeta = parsePublicationDate(metaContent(doc, DATE_META_PRIMARY)) ?? parsePublicationDate(metaContent(doc, DATE_META_SECONDARY));
  if (fromMeta) {
    publishedAt = fromMeta;
    publishedAtOrigin = "meta";
  } else {
    const fromJsonLd = jsonLdDate(doc);
    if (fromJsonLd) {
      publishedAt = fromJsonLd;
      publishedAtOrigin = "json-ld";
    } else {
      const fromTime = timeElementDate(doc);
      if (fromTime) {
        publishedAt = fromTime;
        publishedAtOrigin = "meta";
      }
    }
  }
  const siteName = cleanTitle(metaContent(doc, ['meta[property="og:site_name"]']));
  const title = chooseTitle(
    cleanTitle(metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]'])),
    cleanTitle(doc.querySelector("title")?.textContent),
    cleanTitle(doc.querySelector("h1")?.textContent),
    siteName,
  );
  const htmlLang = doc.querySelector("html")?.getAttribute("lang") ?? metaContent(doc, ['meta[http-equiv="content-language"]']);
  const language = htmlLang && /^[a-z]{2}\b/i.test(htmlLang.trim()) ? htmlLang.trim().slice(0, 2).toLowerCase() : null;
  return { title, publishedAt, publishedAtOrigin, language, siteName };
}
