import { isoDay } from "./publication-date.js";

/**
 * Many news CMSs put the publication day in the article's path: `/2024/08/29/slug`,
 * `/20220913/slug`, `/2019-12-03-slug`. Used only when neither the page nor the feed
 * states a date. Month-only paths (`/2021/03/slug`) give no day and so no date.
 */
const PATTERNS: RegExp[] = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_])/,
  /\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\/|$|[-_])/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$|[-_])/,
];

export function dateFromUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const re of PATTERNS) {
    const m = re.exec(path);
    if (m) {
      const day = isoDay(+m[1], +m[2], +m[3]);
      if (day) return day;
    }
  }
  return null;
}
