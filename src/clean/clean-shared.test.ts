import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HAS_SHARED, SHARED_SKIP_REASON, sharedPath } from "../../test/support/shared-data.js";
import { cleanDocument } from "./index.js";

/** The real reports in ../shared: read there, never copied into the repository. */

function seed(prefix: string): { path: string; bytes: Buffer } {
  const dir = sharedPath("seeds");
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix} in ${dir}`);
  const path = sharedPath("seeds", name);
  return { path, bytes: readFileSync(path) };
}

describe.skipIf(!HAS_SHARED)(`seed reports (${HAS_SHARED ? "../shared present" : SHARED_SKIP_REASON})`, () => {
  it("seed 000: date header line gives 2024-03-30; the Kalamba paragraph stays, the prefix goes", () => {
    const { path, bytes } = seed("000_");
    const doc = cleanDocument({ origin: path, url: null, bytes, contentType: "text/plain", hints: {} });
    expect(doc.publishedAt).toBe("2024-03-30");
    expect(doc.publishedAtOrigin).toBe("header-line");
    expect(doc.text).toMatch(/Kalamba, Kaya/);
    expect(doc.text).toMatch(/Zastava M70AB2 rifles/);
    expect(doc.text).not.toMatch(/^\s*date\b/i);
    expect(doc.language).toBe("en");
  });

  it("seed 003: empty Date: line means unknown date; headline is the title; nothing from LEAVE A REPLY on", () => {
    const { path, bytes } = seed("003_");
    const doc = cleanDocument({ origin: path, url: null, bytes, contentType: null, hints: {} });
    expect(doc.publishedAt).toBeNull();
    expect(doc.publishedAtOrigin).toBe("unknown");
    expect(doc.title).toMatch(/^Al Qaeda-Linked JNIM Claims/);
    expect(doc.text).toMatch(/^OUAGADOUGOU, Burkina Faso/);
    expect(doc.text).toMatch(/Diapaga/);
    expect(doc.text).toMatch(/intercommunal tensions\.$/);
    for (const furniture of ["LEAVE A REPLY", "Please enter", "Share post", "Subscribe", "spot_img", "More like this", "SAN JOSE", "DETROIT", "Michigan", "ISTANBUL", "Ukraine", "DON'T MISS"]) {
      expect(doc.text).not.toContain(furniture);
    }
  });

  it("seed 003 read twice (different content types) hashes the same", () => {
    const { path, bytes } = seed("003_");
    const a = cleanDocument({ origin: path, url: null, bytes, contentType: null, hints: {} });
    const b = cleanDocument({ origin: "https://example.org/003", url: "https://example.org/003", bytes, contentType: "text/plain; charset=utf-8", hints: {} });
    expect(a.contentHash).toBe(b.contentHash);
  });
});

interface DevPage {
  id: string;
  url: string;
  title: string | null;
  text: string;
}

/** Furniture that must not survive anywhere in the cleaned French pages. */
const FURNITURE = [
  /\bLire (aussi|également|egalement)\b/i,
  /\bÀ lire aussi\b/i,
  /\bA surtout lire\b/i,
  /Facebook Comments/,
  /^(Facebook|Twitter|WhatsApp|Partager|Rechercher|Photos?|Publié le|commentaires)$/m,
  /Fermer ce champ de recherche/,
  /réservée aux abonnés|Abonnez-vous pour lire/,
  /Voir plus d'articles/,
  /Your browser doesn.t support/,
  /^https?:\/\/\S+$/m,
];

describe.skipIf(!HAS_SHARED)(`French dev pages (${HAS_SHARED ? "../shared present" : SHARED_SKIP_REASON})`, () => {
  const pages: DevPage[] = HAS_SHARED
    ? readFileSync(sharedPath("data", "dev", "news-fr-dev.jsonl"), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => JSON.parse(l) as DevPage)
    : [];

  it("every page cleans without error, stays French, keeps most of its text, and loses its furniture", () => {
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    let pagesWithFurnitureBefore = 0;
    for (const page of pages) {
      const doc = cleanDocument({ origin: page.id, url: page.url, bytes: Buffer.from(page.text, "utf8"), contentType: "text/plain", hints: { title: page.title } });
      if (FURNITURE.some((re) => re.test(page.text))) pagesWithFurnitureBefore++;
      for (const re of FURNITURE) if (re.test(doc.text)) problems.push(`${page.id}: still matches ${re}`);
      if (doc.language !== "fr") problems.push(`${page.id}: language ${doc.language}`);
      if (doc.text.length < page.text.length * 0.5) problems.push(`${page.id}: kept only ${doc.text.length} of ${page.text.length} chars`);
    }
    // The check is not vacuous: several stored pages do carry this furniture.
    expect(pagesWithFurnitureBefore).toBeGreaterThanOrEqual(8);
    expect(problems).toEqual([]);
  });

  it("inline 'Lire aussi' teasers in flattened pages go, and the sentence after them stays", () => {
    const flattened = pages.filter((p) => !p.text.includes("\n") && /Lire aussi ?:/.test(p.text));
    expect(flattened.length).toBeGreaterThan(0);
    for (const page of flattened) {
      const doc = cleanDocument({ origin: page.id, url: page.url, bytes: Buffer.from(page.text, "utf8"), contentType: "text/plain", hints: {} });
      expect(doc.text).not.toMatch(/Lire aussi/);
      // The last sentence of the page is article text and must still be there.
      const lastSentence = page.text.trim().split(/(?<=\.)\s+/).pop() ?? "";
      expect(doc.text.endsWith(lastSentence)).toBe(true);
    }
  });
});
