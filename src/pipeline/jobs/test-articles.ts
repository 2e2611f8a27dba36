/**
 * Small, invented conflict reports (EN/FR) served over HTTP by the worker tests and
 * the load test: places, actors, tolls and dates vary so each report is its own
 * event, except where `sameEventAs` makes two outlets report one event.
 * Everything here is fictional.
 */

const PLACES = [
  { name: "Dori", area: "Seno province", country: "Burkina Faso", iso3: "BFA" },
  { name: "Djibo", area: "Soum province", country: "Burkina Faso", iso3: "BFA" },
  { name: "Kaya", area: "Sanmatenga province", country: "Burkina Faso", iso3: "BFA" },
  { name: "Ouahigouya", area: "Yatenga province", country: "Burkina Faso", iso3: "BFA" },
  { name: "Gorom-Gorom", area: "Oudalan province", country: "Burkina Faso", iso3: "BFA" },
  { name: "Fada N'Gourma", area: "Gourma province", country: "Burkina Faso", iso3: "BFA" },
  { name: "Diapaga", area: "Tapoa province", country: "Burkina Faso", iso3: "BFA" },
  { name: "Arbinda", area: "Soum province", country: "Burkina Faso", iso3: "BFA" },
  { name: "Mopti", area: "Mopti region", country: "Mali", iso3: "MLI" },
  { name: "Douentza", area: "Mopti region", country: "Mali", iso3: "MLI" },
  { name: "Gao", area: "Gao region", country: "Mali", iso3: "MLI" },
  { name: "Menaka", area: "Menaka region", country: "Mali", iso3: "MLI" },
  { name: "Niono", area: "Segou region", country: "Mali", iso3: "MLI" },
  { name: "Ayorou", area: "Tillaberi region", country: "Niger", iso3: "NER" },
  { name: "Tillaberi", area: "Tillaberi region", country: "Niger", iso3: "NER" },
  { name: "Diffa", area: "Diffa region", country: "Niger", iso3: "NER" },
  { name: "Ouallam", area: "Tillaberi region", country: "Niger", iso3: "NER" },
  { name: "Tera", area: "Tillaberi region", country: "Niger", iso3: "NER" },
];

const ACTORS_EN = ["Suspected JNIM militants", "Islamic State Sahel Province fighters", "Unidentified gunmen", "Suspected jihadists"];
const ACTORS_FR = ["Des hommes armés non identifiés", "Des jihadistes présumés", "Des combattants du JNIM", "Des assaillants"];
const TARGETS_EN = ["an army patrol", "a military supply convoy", "a VDP post", "a gendarmerie post"];
const TARGETS_FR = ["une patrouille de l'armée", "un convoi militaire", "un poste de VDP", "un poste de gendarmerie"];
const VICTIMS_EN = ["soldiers", "civilians", "volunteers", "gendarmes"];
const VICTIMS_FR = ["soldats", "civils", "volontaires", "gendarmes"];
const NUMBERS_FR = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];

export interface TestArticle {
  path: string;
  title: string;
  /** ISO date the feed gives. */
  publishedAt: string;
  language: "en" | "fr";
  html: string;
}

/** The n-th invented report; deterministic. */
export function testArticle(n: number): TestArticle {
  const place = PLACES[n % PLACES.length];
  const round = Math.floor(n / PLACES.length);
  const killed = 2 + (n % 11) + (round % 7);
  // Reports of one place are three days apart (so they stay separate events), from 2016 on.
  const day = new Date(Date.UTC(2016, 0, 1) + round * 3 * 86_400_000);
  const publishedAt = day.toISOString().slice(0, 10);
  const french = n % 3 === 2;
  const k = Math.floor(n / 7) % 4;
  const title = french
    ? `${place.name} : ${killed} morts dans une attaque (${n})`
    : `${killed} killed in attack near ${place.name} (${n})`;
  const body = french
    ? `<p>${place.name.toUpperCase()}, ${place.country} - ${ACTORS_FR[k]} ont attaqué ${TARGETS_FR[n % 4]} à ${place.name}, dans la ${place.area.replace("province", "province du").replace("region", "région de")}, tuant ${NUMBERS_FR[killed] || killed} ${VICTIMS_FR[(n + k) % 4]}, selon des sources sécuritaires jointes le ${publishedAt}.</p>
<p>Dépêche numéro ${n}. Aucun groupe n'a revendiqué l'attaque.</p>`
    : `<p>${place.name.toUpperCase()}, ${place.country} - ${ACTORS_EN[k]} attacked ${TARGETS_EN[n % 4]} near ${place.name}, in ${place.country}'s ${place.area}, killing ${killed} ${VICTIMS_EN[(n + k) % 4]}, security sources said on ${publishedAt}.</p>
<p>Dispatch number ${n}. No group has claimed responsibility.</p>`;
  const html = `<!doctype html><html lang="${french ? "fr" : "en"}"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta property="article:published_time" content="${publishedAt}T08:00:00Z"></head>
<body><header><nav>Home | World | Sahel</nav></header><article><h1>${escape(title)}</h1>
${body}
</article><footer>Sahel Test Wire - invented reports for conflictwatch tests</footer></body></html>`;
  return { path: `/a/${n}.html`, title, publishedAt, language: french ? "fr" : "en", html };
}

/** An RSS 2.0 feed listing the given items (path relative to the server's base URL). */
export function testFeed(base: string, items: Array<{ path: string; title: string; publishedAt: string }>): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${escape(item.title)}</title><link>${base}${item.path}</link><pubDate>${new Date(`${item.publishedAt}T08:00:00Z`).toUTCString()}</pubDate></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Sahel Test Wire</title><link>${base}/</link>\n${entries}\n</channel></rss>`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
