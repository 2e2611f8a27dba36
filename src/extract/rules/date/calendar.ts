import calendarJson from "../../lexicons/calendar.json" with { type: "json" };
import type { Lang } from "../../lexicon/types.js";

/** Month and weekday names compiled once per language, and the date arithmetic the date rules share. */
export interface Calendar {
  monthSource: string;
  monthIndex: Map<string, number>;
  weekdaySource: string;
  weekdayIndex: Map<string, number>;
  relativeDays: Map<string, number>;
  relativeSource: string;
  lastWeekSource: string;
  lastMonthSource: string;
}

const cache = new Map<Lang, Calendar>();

export function calendarOf(lang: Lang): Calendar {
  let c = cache.get(lang);
  if (c) return c;
  const monthIndex = new Map<string, number>();
  calendarJson.months[lang].forEach((names, i) => names.forEach((n) => monthIndex.set(n, i + 1)));
  const weekdayIndex = new Map<string, number>();
  calendarJson.weekdays[lang].forEach((n, i) => weekdayIndex.set(n, i));
  const rel = calendarJson.relative_days[lang] as Record<string, number>;
  const relativeDays = new Map(Object.entries(rel).filter(([k]) => !k.startsWith("_")));
  const alt = (xs: string[]): string => xs.sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+").replace(/'/g, "['’]")).join("|");
  c = {
    monthSource: `(?:${alt([...monthIndex.keys()])})\\.?`,
    monthIndex,
    weekdaySource: `(?:${alt([...weekdayIndex.keys()])})`,
    weekdayIndex,
    relativeDays,
    relativeSource: `(?:${alt([...relativeDays.keys()])})`,
    lastWeekSource: `(?:${alt([...calendarJson.last_week[lang]])})`,
    lastMonthSource: `(?:${alt([...calendarJson.last_month[lang]])})`,
  };
  cache.set(lang, c);
  return c;
}

export function monthOf(cal: Calendar, word: string): number | null {
  return cal.monthIndex.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}

/** ISO date from parts, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekdayOfIso(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The year of "9 June" (no year): the latest such date on or before the publication date. */
export function yearBefore(publishedAt: string, month: number, day: number): number {
  const year = Number(publishedAt.slice(0, 4));
  const candidate = isoDate(year, month, day);
  return candidate !== null && candidate <= publishedAt ? year : year - 1;
}
