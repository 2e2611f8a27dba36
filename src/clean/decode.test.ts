import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { charsetFromContentType, charsetFromMarkup, decodeBytes, looksBinary, nonTextRatio } from "./decode.js";

const FR = "Les soldats ont été attaqués à Djibo – « bilan lourd », selon l’armée.";

describe("decodeBytes", () => {
  it("UTF-8 with and without BOM", () => {
    const plain = new TextEncoder().encode(FR);
    expect(decodeBytes(plain, null)).toEqual({ text: FR, encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(withBom, "text/plain; charset=windows-1252")).toEqual({ text: FR, encoding: "utf-8" });
  });

  it("UTF-16 little- and big-endian with BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FR, "utf-16le")]);
    expect(decodeBytes(le, null)).toEqual({ text: FR, encoding: "utf-16le" });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(FR, "utf-16be")]);
    expect(decodeBytes(be, null)).toEqual({ text: FR, encoding: "utf-16be" });
    expect(looksBinary(le)).toBe(false);
  });

  it("Windows-1252 bytes: unlabelled, labelled ISO-8859-1, and mislabelled as UTF-8", () => {
    const cp = iconv.encode(FR, "windows-1252");
    expect(decodeBytes(cp, null)).toEqual({ text: FR, encoding: "windows-1252" });
    expect(decodeBytes(cp, "text/plain; charset=ISO-8859-1")).toEqual({ text: FR, encoding: "windows-1252" });
    expect(decodeBytes(cp, "text/html; charset=utf-8")).toEqual({ text: FR, encoding: "windows-1252" });
  });

  it("an HTTP charset beats a meta charset; a meta charset is found in the markup", () => {
    const html = `<html><head><meta charset="iso-8859-15"></head><body>${FR}</body></html>`;
    expect(charsetFromMarkup(iconv.encode(html, "iso-8859-15"))).toBe("iso-8859-15");
    expect(charsetFromContentType('text/html; charset="UTF-8"')).toBe("utf-8");
    expect(charsetFromContentType("text/html")).toBeNull();
    expect(charsetFromContentType("text/html; charset=klingon")).toBeNull();
  });
});

describe("binary detection", () => {
  it("NUL bytes mean binary; control-character soup is non-text; French text is text", () => {
    expect(looksBinary(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode(FR))).toBe(false);
    expect(nonTextRatio("\u0001\u0002\u0003abc\u0004")).toBeGreaterThan(0.5);
    expect(nonTextRatio(FR)).toBe(0);
  });
});
