import type { CountRow } from "./summarise.js";
import { escapeHtml } from "./escape-html.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function shortDate(iso: string, monthly: boolean): string {
  const [y, m, d] = iso.split("-").map(Number);
  return monthly ? `${MONTHS[m - 1]} ${String(y).slice(2)}` : `${d} ${MONTHS[m - 1]}`;
}

/** Weeks grouped into months when the period is long, so bars stay readable on paper. */
export function timeBuckets(weekly: CountRow[]): { rows: CountRow[]; monthly: boolean } {
  if (weekly.length <= 26) return { rows: weekly, monthly: false };
  const months = new Map<string, CountRow>();
  for (const w of weekly) {
    const key = `${w.key.slice(0, 7)}-01`;
    const row = months.get(key) ?? { key, events: 0, fatalities: 0 };
    row.events += w.events;
    row.fatalities += w.fatalities;
    months.set(key, row);
  }
  return { rows: [...months.values()], monthly: true };
}

/** One bar chart (events or fatalities per week/month), with the maximum marked and every few periods labelled. */
export function renderBarChart(rows: CountRow[], field: "events" | "fatalities", monthly: boolean, colour: string, title: string): string {
  const width = 340;
  const height = 150;
  const left = 28;
  const bottom = 22;
  const plotW = width - left - 6;
  const plotH = height - bottom - 16;
  const max = Math.max(1, ...rows.map((r) => r[field]));
  const bw = plotW / Math.max(1, rows.length);
  const every = Math.ceil(rows.length / 7);
  const bars = rows
    .map((r, i) => {
      const h = (r[field] / max) * plotH;
      const x = left + i * bw;
      const label = i % every === 0 ? `<text class="tick" x="${(x + bw / 2).toFixed(1)}" y="${height - 8}">${shortDate(r.key, monthly)}</text>` : "";
      return `<rect x="${(x + bw * 0.12).toFixed(1)}" y="${(16 + plotH - h).toFixed(1)}" width="${Math.max(1, bw * 0.76).toFixed(1)}" height="${h.toFixed(1)}" fill="${colour}"><title>${escapeHtml(`${monthly ? "month of" : "week of"} ${r.key}: ${r[field]}`)}</title></rect>${label}`;
    })
    .join("");
  return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption><svg viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">
<line class="axis" x1="${left}" y1="${16 + plotH}" x2="${width - 6}" y2="${16 + plotH}"/>
<text class="tick" x="${left - 4}" y="${16 + 4}" text-anchor="end">${max}</text><line class="gridline" x1="${left}" y1="16" x2="${width - 6}" y2="16"/>
<text class="tick" x="${left - 4}" y="${16 + plotH}" text-anchor="end">0</text>${bars}</svg></figure>`;
}
