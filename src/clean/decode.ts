import iconv from "iconv-lite";

/**
 * Turning raw bytes into a string. Order of trust: a byte-order mark, then the
 * charset the server or the page declares, then "is it valid UTF-8?", and finally
 * Windows-1252, which is what un-labelled French pages from older CMSs usually are
 * (and a superset of ISO-8859-1 for every printable byte, which is why browsers
 * treat the two labels as one).
 */

export interface DecodedText {
  text: string;
  /** Canonical label of the encoding used: "utf-8", "utf-16le", "windows-1252"... */
  encoding: string;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

/** Labels that browsers map to windows-1252 (WHATWG Encoding Standard). */
const LATIN1_ALIASES = new Set(["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252", "cp819", "ibm819"]);

function canonicalLabel(label: string): string | null {
  const lower = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (lower === "utf8" || lower === "utf-8" || lower === "unicode-1-1-utf-8") return "utf-8";
  if (LATIN1_ALIASES.has(lower)) return "windows-1252";
  return iconv.encodingExists(lower) ? lower : null;
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match ? canonicalLabel(match[1]) : null;
}

/** A charset declared inside the first bytes: `<meta charset>`, `http-equiv` content, or an XML declaration. */
export function charsetFromMarkup(bytes: Uint8Array): string | null {
  // The declaration must be ASCII-compatible to be readable this way; 4 KB is where browsers look (1 KB) with margin.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return canonicalLabel(meta[1]);
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return canonicalLabel(xml[1]);
  return null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return bomEncoding(bytes) !== null;
}

export function decodeBytes(bytes: Uint8Array, contentType: string | null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding), encoding: bom.encoding };
  }
  const declared = charsetFromContentType(contentType) ?? charsetFromMarkup(bytes);
  const validUtf8 = isValidUtf8(bytes);
  // A page that says UTF-8 but is not (or says nothing) is most often Windows-1252 in this corpus.
  if (declared && declared !== "utf-8" && !(declared.startsWith("utf-16") && validUtf8)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  }
  if (validUtf8) return { text: Buffer.from(bytes).toString("utf8"), encoding: "utf-8" };
  return { text: iconv.decode(Buffer.from(bytes), "windows-1252"), encoding: "windows-1252" };
}

/** NUL bytes in the first 8 KB: no text format we accept has them (UTF-16 comes with a BOM). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasByteOrderMark(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Share of characters that are control characters or replacement marks: high means "not text". */
export function nonTextRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / sample.length;
}
