import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { jsonLdArticleBody, readHtmlMetadata, type HtmlMetadata } from "./html-metadata.js";

/**
 * HTML page → article text with paragraphs. Readability finds the article body; when
 * it finds nothing usable (short pages, listings, broken markup) the whole body is
 * flattened instead, minus scripts, navigation, headers, footers and forms. Either way
 * block elements become blank-line-separated paragraphs, so furniture removal and
 * evidence spans work on the same shape of text as plain-text pages.
 */

export interface HtmlText {
  text: string;
  /** Readability's title when it had one, else the metadata title. */
  title: string | null;
  metadata: HtmlMetadata;
  /** Which way the text was found, for diagnostics and tests. */
  method: "readability" | "json-ld" | "tag-strip";
}

/** Minimal DOM node shape walked here; linkedom's nodes satisfy it. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGURE", "FOOTER", "FORM",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE",
  "TR", "UL", "DETAILS", "SUMMARY", "CENTER",
]);
/** Never text: code, styling, embedded media, and image captions (photo credits). */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "EMBED", "CANVAS", "HEAD", "TITLE", "FIGCAPTION", "BUTTON", "SELECT", "TEXTAREA", "INPUT"]);
/** Also skipped by the fallback, which has no Readability to tell navigation from article. */
const FALLBACK_SKIP = new Set([...SKIP, "NAV", "HEADER", "FOOTER", "ASIDE", "FORM", "MENU"]);
const MIN_READABILITY_CHARS = 140;
/** Real article pages nest ~20–80 deep and hold a few thousand elements. */
const MAX_READABILITY_DEPTH = 400;
const MAX_READABILITY_ELEMENTS = 40_000;

/** Iterative (explicit stack): hostile pages nest elements deeper than the call stack allows. */
function domToText(root: DomNode, skip: Set<string>): string {
  const parts: string[] = [];
  // A string on the stack is output to emit after a node's children (a block's closing break).
  const stack: Array<DomNode | string> = [root];
  while (stack.length > 0) {
    const item = stack.pop() as DomNode | string;
    if (typeof item === "string") {
      parts.push(item);
      continue;
    }
    const node = item;
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? "").replace(/\s+/g, " "));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (skip.has(name)) continue;
    if (name === "BR") {
      parts.push("\n");
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      parts.push("\n\n");
      stack.push("\n\n");
    }
    if (name === "TD" || name === "TH") parts.push(" ");
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return parts
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Deepest element nesting, computed without recursion. */
function maxDepth(root: DomNode, limit: number): number {
  let deepest = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [DomNode, number];
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i].nodeType === 1) stack.push([children[i], depth + 1]);
  }
  return deepest;
}

/** linkedom needs a full document; fragments and bodiless pages are wrapped. */
function asFullDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function parseDocument(html: string): Document {
  // linkedom does not decode <script>-in-<p> quirks like browsers, but never throws on bad markup itself.
  return parseHTML(asFullDocument(html)).document as unknown as Document;
}

export function htmlToText(html: string): HtmlText {
  let doc: Document;
  try {
    doc = parseDocument(html);
  } catch {
    // Defensive: markup so broken that the parser gives up. Strip tags by regex.
    const text = html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, " ");
    return { text, title: null, metadata: { title: null, publishedAt: null, publishedAtOrigin: null, language: null, siteName: null }, method: "tag-strip" };
  }
  const metadata = readHtmlMetadata(doc);
  const articleBody = jsonLdArticleBody(doc);

  let article: { title: string | null; node: DomNode } | null = null;
  // Readability recurses over the tree and scores every element: on a hostile page
  // (thousands of nested tags) it overflows the stack after tens of seconds. Such pages
  // and very large ones go straight to the fallback.
  const root = doc.documentElement as unknown as DomNode | null;
  const readable = root !== null && maxDepth(root, MAX_READABILITY_DEPTH) <= MAX_READABILITY_DEPTH;
  if (readable) article = readArticle(doc);
  if (article) {
    const text = domToText(article.node, SKIP);
    if (text.length >= MIN_READABILITY_CHARS) {
      // The metadata title (h1-aware, site name removed) first; Readability's keeps "<title>" suffixes.
      return { text, title: metadata.title ?? cleanTitle(article.title), metadata, method: "readability" };
    }
  }
  // Script-built pages: the body the site declares in JSON-LD beats a flattened shell of menus.
  if (articleBody && articleBody.trim().length >= MIN_READABILITY_CHARS) {
    return { text: articleBodyText(articleBody), title: metadata.title, metadata, method: "json-ld" };
  }
  let original: Document;
  try {
    original = parseDocument(html);
  } catch {
    return { text: "", title: metadata.title, metadata, method: "tag-strip" };
  }
  const body = (original.body ?? original.documentElement) as unknown as DomNode | null;
  const text = body ? domToText(body, FALLBACK_SKIP) : "";
  return { text, title: metadata.title, metadata, method: "tag-strip" };
}

/** JSON-LD articleBody sometimes carries HTML; tags become breaks, entities stay decoded by JSON. */
function articleBodyText(body: string): string {
  if (!/<[a-z][^>]*>/i.test(body)) return body;
  const fragment = parseDocument(body) as unknown as { body: DomNode | null };
  return fragment.body ? domToText(fragment.body, SKIP) : body;
}

function readArticle(doc: Document): { title: string | null; node: DomNode } | null {
  try {
    // Readability mutates the DOM: metadata is read before, and the fallback re-parses.
    const parsed = new Readability<DomNode>(doc, {
      serializer: (node) => node as unknown as DomNode,
      charThreshold: 200,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
    return parsed?.content ? { title: parsed.title ?? null, node: parsed.content } : null;
  } catch {
    // Readability gave up (too many elements, odd DOM): the fallback takes over.
    return null;
  }
}

function cleanTitle(value: string | null | undefined): string | null {
  const t = (value ?? "").replace(/\s+/g, " ").trim();
  return t.length > 0 ? t : null;
}

/** Whether decoded text is an HTML page rather than plain text that mentions a tag. */
export function looksLikeHtml(text: string, contentType: string | null): boolean {
  const ct = (contentType ?? "").toLowerCase();
  if (ct.includes("html")) return true;
  if (ct.startsWith("text/plain") || ct.includes("markdown")) return false;
  const head = text.slice(0, 4096).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)[\s>]/i.test(head)) return true;
  const tags = head.match(/<\/?(p|div|br|span|a|article|section|h[1-6]|meta|ul|li|table)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}
