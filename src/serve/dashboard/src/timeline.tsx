import { useEffect, useRef, useState } from "preact/hooks";
import { filterQuery, getJson } from "./api";
import type { StatsRow } from "./types";
import { withoutDates, type Filters } from "./url-state";

const DAY = 86_400_000;
const HEIGHT = 110;
const PAD = { left: 44, right: 44, top: 12, bottom: 22 };

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (t: number) => new Date(t).toISOString().slice(0, 10);

interface Props {
  filters: Filters;
  onRange(from: string | undefined, to: string | undefined): void;
}

/**
 * Events (bars) and fatalities (line) per week under every filter but the dates;
 * dragging across it sets the date range, a click clears it.
 */
export function Timeline({ filters, onRange }: Props) {
  const [rows, setRows] = useState<StatsRow[]>([]);
  const [width, setWidth] = useState(800);
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ro = new ResizeObserver((entries) => setWidth(Math.max(300, entries[0].contentRect.width)));
    ro.observe(box.current!);
    return () => ro.disconnect();
  }, []);

  const context = withoutDates(filters);
  useEffect(() => {
    const abort = new AbortController();
    getJson<{ groups: { week: StatsRow[] } }>(`/api/stats?${filterQuery(context, { group: "week" })}`, abort.signal)
      .then((r) => setRows(r.groups.week.filter((w) => /^\d{4}-\d{2}-\d{2}$/.test(w.key))))
      .catch(() => undefined);
    return () => abort.abort();
  }, [JSON.stringify(context)]);

  const innerW = width - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const times = rows.map((r) => toTime(r.key));
  const t0 = (times.length ? Math.min(...times) : Date.now() - 365 * DAY) - 14 * DAY;
  const t1 = (times.length ? Math.max(...times) : Date.now()) + 21 * DAY;
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * innerW;
  const tAt = (px: number) => t0 + ((px - PAD.left) / innerW) * (t1 - t0);
  const maxEvents = Math.max(1, ...rows.map((r) => r.events));
  const maxFat = Math.max(1, ...rows.map((r) => r.fatalities));
  const barW = Math.max(2, (7 * DAY * innerW) / (t1 - t0) - 1);

  // Weeks without events are zero, not gaps: the fatality line must drop to the axis between them.
  const byWeek = new Map(rows.map((r) => [r.key, r.fatalities]));
  const linePoints: string[] = [];
  if (rows.length > 0) {
    for (let t = toTime(rows[0].key); t <= toTime(rows[rows.length - 1].key); t += 7 * DAY) {
      const f = byWeek.get(toIso(t)) ?? 0;
      const y = (PAD.top + innerH - (f / maxFat) * innerH).toFixed(1);
      linePoints.push(`${x(t).toFixed(1)},${y}`, `${x(t + 7 * DAY).toFixed(1)},${y}`);
    }
  }
  const line = linePoints.join(" ");

  const localX = (e: MouseEvent) => e.clientX - (box.current?.getBoundingClientRect().left ?? 0);
  const onDown = (e: MouseEvent) => setDrag({ x0: localX(e), x1: localX(e) });
  const onMove = (e: MouseEvent) => drag && setDrag({ ...drag, x1: localX(e) });
  const onUp = () => {
    if (!drag) return;
    setDrag(null);
    if (Math.abs(drag.x1 - drag.x0) < 4) return onRange(undefined, undefined);
    const a = tAt(Math.min(drag.x0, drag.x1));
    const b = tAt(Math.max(drag.x0, drag.x1));
    onRange(toIso(Math.max(a, t0)), toIso(Math.min(b, t1)));
  };

  const selFrom = drag ? Math.min(drag.x0, drag.x1) : filters.from ? x(toTime(filters.from)) : null;
  const selTo = drag ? Math.max(drag.x0, drag.x1) : filters.to ? x(toTime(filters.to) + DAY) : null;
  const ticks = yearMonthTicks(t0, t1, Math.floor(innerW / 90));

  return (
    <div class="timeline" ref={box} data-testid="timeline">
      <svg width={width} height={HEIGHT} onMouseDown={onDown} onMouseMove={onMove} onMouseUp={onUp} onMouseLeave={() => drag && onUp()}>
        <rect x={PAD.left} y={PAD.top} width={innerW} height={innerH} class="tl-bg" />
        {rows.map((r) => {
          const h = (r.events / maxEvents) * innerH;
          return (
            <rect key={r.key} class="tl-bar" x={x(toTime(r.key))} y={PAD.top + innerH - h} width={barW} height={h}>
              <title>{`week of ${r.key}: ${r.events} events, ${r.fatalities} fatalities`}</title>
            </rect>
          );
        })}
        {rows.length > 0 && <polyline points={line} class="tl-line" />}
        {ticks.map((t) => (
          <g key={t.label}>
            <line x1={x(t.time)} x2={x(t.time)} y1={PAD.top + innerH} y2={PAD.top + innerH + 4} class="tl-axis" />
            <text x={x(t.time)} y={HEIGHT - 6} class="tl-tick">{t.label}</text>
          </g>
        ))}
        <text x={PAD.left - 6} y={PAD.top + 9} class="tl-scale" text-anchor="end">{maxEvents}</text>
        <text x={PAD.left - 6} y={PAD.top + 21} class="tl-scale" text-anchor="end">events</text>
        <text x={PAD.left + innerW + 6} y={PAD.top + 9} class="tl-scale tl-fat">{maxFat}</text>
        <text x={PAD.left + innerW + 6} y={PAD.top + 21} class="tl-scale tl-fat">killed</text>
        {selFrom !== null && selTo !== null && (
          <rect x={Math.max(PAD.left, selFrom)} y={PAD.top} width={Math.max(2, Math.min(PAD.left + innerW, selTo) - Math.max(PAD.left, selFrom))} height={innerH} class="tl-selection" />
        )}
      </svg>
      <div class="tl-caption">
        <span class="tl-key-bar" /> events per week <span class="tl-key-line" /> fatalities
        {rows.length === 0 ? " · no dated events" : " · drag to choose dates, click to clear"}
        <a class="json-twin" href={`/api/stats?${filterQuery(context, { group: "week" })}`} target="_blank" rel="noreferrer">JSON</a>
      </div>
    </div>
  );
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Month starts, thinned to at most `max` ticks; January shows the year. */
function yearMonthTicks(t0: number, t1: number, max: number): Array<{ time: number; label: string }> {
  const out: Array<{ time: number; label: string }> = [];
  const d = new Date(t0);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + 1);
  while (d.getTime() < t1) {
    const m = d.getUTCMonth();
    out.push({ time: d.getTime(), label: m === 0 ? String(d.getUTCFullYear()) : `${MONTHS[m]} ${String(d.getUTCFullYear()).slice(2)}` });
    d.setUTCMonth(m + 1);
  }
  const step = Math.max(1, Math.ceil(out.length / Math.max(1, max)));
  return out.filter((_, i) => i % step === 0);
}
