/** The report's period and the one before it, of equal length, for "against the previous period" figures. */
export interface Period {
  from: string;
  to: string;
}

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** Days in the period, both ends included. */
export function periodDays(period: Period): number {
  return Math.round((toDate(period.to).getTime() - toDate(period.from).getTime()) / 86_400_000) + 1;
}

export function previousPeriod(period: Period): Period {
  const days = periodDays(period);
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** Monday of the ISO week holding the date. */
export function weekStart(iso: string): string {
  const dow = (toDate(iso).getUTCDay() + 6) % 7;
  return addDays(iso, -dow);
}

/** Every week (Monday) overlapping the period, so empty weeks show as zero bars, not gaps. */
export function weeksOf(period: Period): string[] {
  const weeks: string[] = [];
  for (let w = weekStart(period.from); w <= period.to; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "13 May 2025", as briefings write dates. */
export function formatDay(iso: string | null): string {
  if (!iso) return "date unknown";
  const d = toDate(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function formatPeriod(period: Period): string {
  return `${formatDay(period.from)} – ${formatDay(period.to)}`;
}
