import { describe, expect, it } from "vitest";
import { feedItems } from "./feed-items.js";

describe("feedItems", () => {
  it("reads RSS 2.0 items with relative links and RFC 822 dates", () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Le Faso</title>
      <item><title>Attaque à Djibo</title><link>/2026/03/attaque-djibo.html</link><pubDate>Sun, 01 Mar 2026 09:30:00 +0000</pubDate></item>
      <item><title>Sans lien</title></item>
      <item><title>Kaya &amp; Barsalogho</title><link>https://example.bf/kaya</link></item>
    </channel></rss>`;
    expect(feedItems(xml, "https://example.bf/feed.xml")).toEqual([
      { url: "https://example.bf/2026/03/attaque-djibo.html", title: "Attaque à Djibo", publishedAt: "2026-03-01T09:30:00.000Z" },
      { url: "https://example.bf/kaya", title: "Kaya & Barsalogho", publishedAt: null },
    ]);
  });

  it("reads Atom entries, preferring the alternate link", () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Monitor</title>
      <entry><title type="text">Claim relayed</title><link rel="self" href="https://m.example/e/1.xml"/><link rel="alternate" href="https://m.example/e/1"/><updated>2026-02-27T18:00:00Z</updated></entry>
      <entry><title>Second</title><link href="https://m.example/e/2"/></entry>
    </feed>`;
    expect(feedItems(xml, "https://m.example/atom")).toEqual([
      { url: "https://m.example/e/1", title: "Claim relayed", publishedAt: "2026-02-27T18:00:00.000Z" },
      { url: "https://m.example/e/2", title: "Second", publishedAt: null },
    ]);
  });

  it("returns null for a page that is not a feed, and [] for an empty feed", () => {
    expect(feedItems("<html><body><p>Not a feed</p></body></html>", "https://x.example/")).toBeNull();
    expect(feedItems(`<rss><channel><title>t</title></channel></rss>`, "https://x.example/")).toEqual([]);
  });
});
