import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { RawDocument } from "../domain/index.js";
import { chooseTitle } from "./html-metadata.js";
import { cleanDocument } from "./index.js";

/** Hand-written pages (invented events, real page shapes). */
function raw(html: string | Uint8Array, contentType: string | null = "text/html", hints: RawDocument["hints"] = {}): RawDocument {
  const bytes = typeof html === "string" ? new TextEncoder().encode(html) : html;
  return { origin: "test-page.html", url: "https://example.org/a", bytes, contentType, hints };
}

const FR_BODY = [
  "Des hommes armés non identifiés ont attaqué dans la nuit de mardi à mercredi le poste de gendarmerie de Koumbri, dans la province du Yatenga, au nord du Burkina Faso, selon des sources sécuritaires concordantes.",
  "Le bilan provisoire fait état de quatre gendarmes tués et de plusieurs blessés. Les assaillants, arrivés à moto, ont incendié deux véhicules avant de se replier vers la frontière malienne.",
  "Une opération de ratissage a été lancée dans la zone dès le lever du jour, a indiqué une source militaire à notre correspondant à Ouahigouya.",
];

const FR_PAGE = `<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8">
<title>Burkina : quatre gendarmes tués à Koumbri - Le Journal du Sahel</title>
<meta property="og:title" content="Burkina : quatre gendarmes tués à Koumbri">
<meta property="og:site_name" content="Le Journal du Sahel">
<meta property="article:published_time" content="2024-02-14T08:30:00+00:00">
<script>var tracking = { page: "article" };</script>
<style>.menu { color: red }</style>
</head><body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li><li><a href="/securite">Sécurité</a></li></ul></nav></header>
<div class="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez leur utilisation.</div>
<main><article>
<h1>Burkina : quatre gendarmes tués à Koumbri</h1>
<figure><img src="a.jpg"><figcaption>Photo : archives AFP</figcaption></figure>
<p>${FR_BODY[0]}</p>
<p>${FR_BODY[1]}</p>
<p><strong>Lire aussi :</strong> <a href="/autre">Mali : la route de Gao de nouveau coupée</a></p>
<p>${FR_BODY[2]}</p>
<div class="share">Partager<br>Facebook<br>Twitter<br>WhatsApp</div>
</article></main>
<aside><h3>Les plus lus</h3><ul><li><a href="/x">Football : les Étalons qualifiés</a></li><li><a href="/y">Prix du carburant en hausse</a></li></ul></aside>
<footer>© 2024 Le Journal du Sahel. Tous droits réservés.</footer>
</body></html>`;

describe("cleanDocument on HTML pages", () => {
  it("keeps the French article body as paragraphs and drops navigation, teasers, credits and share buttons", () => {
    const doc = cleanDocument(raw(FR_PAGE));
    for (const p of FR_BODY) expect(doc.text).toContain(p);
    expect(doc.text.split("\n\n")).toEqual(expect.arrayContaining(FR_BODY));
    for (const furniture of ["Accueil", "Lire aussi", "route de Gao", "Partager", "WhatsApp", "Les plus lus", "Étalons", "Photo :", "cookies", "tracking", "color: red", "Tous droits"]) {
      expect(doc.text).not.toContain(furniture);
    }
    expect(doc.title).toBe("Burkina : quatre gendarmes tués à Koumbri");
    expect(doc.publishedAt).toBe("2024-02-14");
    expect(doc.publishedAtOrigin).toBe("meta");
    expect(doc.language).toBe("fr");
    expect(doc.sourceName).toBe("Le Journal du Sahel");
    expect(doc.encoding).toBe("utf-8");
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("decodes an unlabelled Windows-1252 page (accents and curly quotes intact)", () => {
    const html = `<html><head><title>Niger : attaque à Tillabéri</title></head><body><article><p>Au moins douze civils ont été tués samedi lors d’une attaque contre le marché de Téra, dans la région de Tillabéri, a-t-on appris auprès d’élus locaux. « Les assaillants sont arrivés en grand nombre », a déclaré un témoin joint par téléphone.</p></article></body></html>`;
    const bytes = iconv.encode(html, "windows-1252");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const doc = cleanDocument(raw(bytes, "text/html"));
    expect(doc.encoding).toBe("windows-1252");
    expect(doc.text).toContain("ont été tués samedi lors d’une attaque contre le marché de Téra");
    expect(doc.text).toContain("« Les assaillants");
    expect(doc.language).toBe("fr");
  });

  it("honours a declared ISO-8859-1 charset in a meta tag", () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Une embuscade tendue près de Djibo a fait plusieurs victimes parmi les volontaires pour la défense de la patrie, selon un communiqué publié jeudi par l'état-major général des armées.</p></body></html>`;
    const doc = cleanDocument(raw(iconv.encode(html, "latin1"), null));
    expect(doc.encoding).toBe("windows-1252");
    expect(doc.text).toContain("défense de la patrie");
  });

  it("reads datePublished from JSON-LD (inside @graph) when no meta date exists", () => {
    const html = `<html><head><title>Mali : convoi attaqué</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"Mali : convoi attaqué","datePublished":"2023-11-05T17:02:00+01:00"}]}</script>
</head><body><article><p>Un convoi de camions-citernes a été attaqué dimanche sur l'axe reliant Sévaré à Bandiagara, dans le centre du Mali. Plusieurs véhicules ont été incendiés et les chauffeurs pris en otage, selon une source locale.</p></article></body></html>`;
    const doc = cleanDocument(raw(html));
    expect(doc.publishedAt).toBe("2023-11-05");
    expect(doc.publishedAtOrigin).toBe("json-ld");
  });

  it("falls back to <time datetime> and refuses an impossible date", () => {
    const body = "<p>Army units repelled an attack on the base at Boni on Friday, the defence ministry said in a statement read on state television, adding that several assailants were killed.</p>";
    const ok = cleanDocument(raw(`<html><body><article><time datetime="2022-07-08">8 July</time>${body}</article></body></html>`));
    expect(ok.publishedAt).toBe("2022-07-08");
    const bad = cleanDocument(raw(`<html><head><meta property="article:published_time" content="2024-13-45"></head><body><article>${body}</article></body></html>`));
    expect(bad.publishedAt).toBeNull();
    expect(bad.publishedAtOrigin).toBe("unknown");
  });

  it("survives malformed HTML (unclosed tags, stray closers, broken attributes)", () => {
    const html = `<html><body><div class=x"y <<p>Gunmen attacked a bus near Arbinda on Monday<p>Five passengers were killed, local officials said, and the bus was burnt.</div></span></b><p>The road has been closed since then <b>and <i>traffic diverted</p><table><tr><td>cell`;
    const doc = cleanDocument(raw(html, "text/html"));
    expect(doc.text).toContain("Five passengers were killed");
    expect(doc.text).not.toMatch(/<[a-z]/i);
  });

  it("survives hostile nesting (12,000 nested elements) that overflows Readability's recursion", () => {
    const depth = 12_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>Militants attacked the market of Gorom-Gorom on Saturday.</p>${"</div>".repeat(depth)}<p>${"<b>".repeat(depth)}unclosed`;
    const doc = cleanDocument(raw(html));
    expect(doc.text).toContain("Militants attacked the market of Gorom-Gorom on Saturday.");
  });

  it("takes the JSON-LD articleBody of a script-built page whose HTML is only a shell", () => {
    const body = "Des hommes armés ont attaqué lundi un site d'orpaillage près de Kantchari, dans l'est du Burkina Faso, faisant au moins six morts parmi les orpailleurs.\n\nLes autorités locales ont confirmé l'attaque sans donner de bilan officiel.";
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Attaque près de Kantchari", datePublished: "2024-05-06", articleBody: body })}</script></head><body><div id="app"><nav>Accueil Politique Sport</nav><div class="loading">Chargement…</div></div><script src="app.js"></script></body></html>`;
    const doc = cleanDocument(raw(html));
    expect(doc.text).toBe(body);
    expect(doc.publishedAt).toBe("2024-05-06");
  });

  it("uses the tag-strip fallback for a page too short for Readability", () => {
    const doc = cleanDocument(raw(`<html><body><nav>Home | World</nav><p>Two soldiers were killed near Ménaka on Sunday.</p></body></html>`));
    expect(doc.text).toBe("Two soldiers were killed near Ménaka on Sunday.");
  });

  it("lets the user's --published-at win over the page, and a feed date fill a gap", () => {
    const user = cleanDocument(raw(FR_PAGE, "text/html", { publishedAt: "2025-05-13", publishedAtOverride: true }));
    expect([user.publishedAt, user.publishedAtOrigin]).toEqual(["2025-05-13", "user"]);
    const pageWins = cleanDocument(raw(FR_PAGE, "text/html", { publishedAt: "2024-02-15" }));
    expect([pageWins.publishedAt, pageWins.publishedAtOrigin]).toEqual(["2024-02-14", "meta"]);
    const undated = FR_PAGE.replace(/<meta property="article:published_time"[^>]*>/, "");
    const feed = cleanDocument(raw(undated, "text/html", { publishedAt: "Wed, 14 Feb 2024 09:00:00 GMT" }));
    expect([feed.publishedAt, feed.publishedAtOrigin]).toEqual(["2024-02-14", "feed"]);
  });

  it("takes a day from the URL path only when neither page nor feed states a date", () => {
    const undated = FR_PAGE.replace(/<meta property="article:published_time"[^>]*>/, "");
    const doc = cleanDocument({ ...raw(undated), url: "https://example.org/2024/02/13/koumbri" });
    expect([doc.publishedAt, doc.publishedAtOrigin]).toEqual(["2024-02-13", "meta"]);
    const dated = cleanDocument({ ...raw(FR_PAGE), url: "https://example.org/2024/02/13/koumbri" });
    expect(dated.publishedAt).toBe("2024-02-14");
    const fed = cleanDocument({ ...raw(undated, "text/html", { publishedAt: "2024-02-15" }), url: "https://example.org/2024/02/13/koumbri" });
    expect([fed.publishedAt, fed.publishedAtOrigin]).toEqual(["2024-02-15", "feed"]);
  });

  it("hints.language and hints.title win over detection", () => {
    const doc = cleanDocument(raw(FR_PAGE, "text/html", { language: "EN", title: "Given title", sourceName: "Given source" }));
    expect(doc.language).toBe("en");
    expect(doc.title).toBe("Given title");
    expect(doc.sourceName).toBe("Given source");
  });

  it("hashes the same article equally whether read as HTML or as plain text", () => {
    const fromHtml = cleanDocument(raw(`<html><body><article>${FR_BODY.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`));
    const fromText = cleanDocument({ ...raw(FR_BODY.join("\n\n"), "text/plain"), origin: "a.txt" });
    expect(fromHtml.text).toBe(fromText.text);
    expect(fromHtml.contentHash).toBe(fromText.contentHash);
  });
});

describe("chooseTitle", () => {
  it.each([
    ["h1 that starts <title>", null, "Convoy attacked outside Dori - Sahel Monitor", "Convoy attacked outside Dori", null, "Convoy attacked outside Dori"],
    ["site name suffix removed", null, "Attaque à Djibo | Le Faso Quotidien", null, "Le Faso Quotidien", "Attaque à Djibo"],
    ["og:title preferred to <title>", "Niger : 12 soldats tués", "Accueil - Site", "Menu", null, "Niger : 12 soldats tués"],
    ["only an h1", null, null, "Embuscade près de Boni", null, "Embuscade près de Boni"],
    ["nothing", null, null, null, null, null],
  ])("%s", (_label, og, doc, h1, site, expected) => {
    expect(chooseTitle(og, doc, h1, site)).toBe(expected);
  });
});
