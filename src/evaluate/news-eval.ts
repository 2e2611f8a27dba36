/**
 * Scores extraction on labelled news pages, per language: do event pages
 * yield an event, do negative pages stay free of violent events (an arrest or
 * a protest may be a legitimate non-violent event), and are the events placed
 * in the labelled country?
 */
import { createReadStream } from "node:fs";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import type { ExtractedEvent } from "../domain/event.js";
import { InputError } from "../domain/errors.js";
import type { EventType } from "../domain/taxonomy.js";
import { meetsBar, NEWS_BARS } from "./bars.js";
import type { ScoredMetric } from "./gold-scorecard.js";
import { countryIso3 } from "./place-comparison.js";

export interface NewsDoc {
  id: string;
  text: string;
  title: string | null;
  publishedAt: string | null;
  language: string | null;
  url: string | null;
}

export interface NewsEvalOptions {
  jsonlPath: string;
  coder: (doc: NewsDoc) => ExtractedEvent[];
}

/** Event types that count as violence on a negative page. */
export const VIOLENT_EVENT_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Riots",
]);

export interface NewsFailure {
  id: string;
  label: string;
  problem: string;
}

export interface NewsLanguageScore {
  language: string;
  pages: number;
  /** Pages, pages with an event and pages with a violent event, by label. */
  byLabel: Array<{ label: string; pages: number; withEvent: number; withViolentEvent: number }>;
  metrics: ScoredMetric[];
  events: number;
  failures: NewsFailure[];
}

export interface NewsScorecard {
  source: string;
  pages: number;
  languages: NewsLanguageScore[];
  speed: { documents: number; coderSeconds: number; documentsPerSecond: number | null };
}

interface LabelledPage extends NewsDoc {
  label: string;
  /** ISO3 of the labelled countries ("BF;ML" gives BFA, MLI). */
  countries: string[];
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

function pageFrom(line: string, lineNo: number, path: string): LabelledPage {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch (err) {
    throw new InputError(path, `line ${lineNo} is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof o !== "object" || o === null || Array.isArray(o)) throw new InputError(path, `line ${lineNo} is not a JSON object`);
  const text = str(o.text);
  if (text === null) throw new InputError(path, `line ${lineNo} has no "text"`);
  const label = str(o.label);
  if (label === null) throw new InputError(path, `line ${lineNo} has no "label" (event, negative, ...)`);
  const rawCountries = Array.isArray(o.countries) ? o.countries.join(";") : (str(o.countries) ?? "");
  const countries = rawCountries
    .split(/[;,\s]+/)
    .filter(Boolean)
    .map((c) => countryIso3(c) ?? c.toUpperCase());
  return {
    id: str(o.id) ?? `line ${lineNo}`,
    text,
    title: str(o.title),
    publishedAt: str(o.published_at),
    language: str(o.language),
    url: str(o.url),
    label,
    countries,
  };
}

class LanguageTally {
  pages = 0;
  events = 0;
  readonly labels = new Map<string, { pages: number; withEvent: number; withViolentEvent: number }>();
  readonly failures: NewsFailure[] = [];
  eventPages = { n: 0, ok: 0 };
  negativePages = { n: 0, ok: 0 };
  countryEvents = { n: 0, ok: 0, located: 0, locatedOk: 0 };

  add(page: LabelledPage, events: ExtractedEvent[]): void {
    this.pages++;
    this.events += events.length;
    const violent = events.filter((e) => VIOLENT_EVENT_TYPES.has(e.event_type));
    const l = this.labels.get(page.label) ?? { pages: 0, withEvent: 0, withViolentEvent: 0 };
    l.pages++;
    if (events.length > 0) l.withEvent++;
    if (violent.length > 0) l.withViolentEvent++;
    this.labels.set(page.label, l);

    if (page.label === "event") {
      this.eventPages.n++;
      if (events.length > 0) this.eventPages.ok++;
      else this.failures.push({ id: page.id, label: page.label, problem: "no event extracted" });
    } else if (page.label === "negative") {
      this.negativePages.n++;
      if (violent.length === 0) this.negativePages.ok++;
      else this.failures.push({ id: page.id, label: page.label, problem: `violent event(s): ${violent.map((e) => e.sub_event_type).join(", ")}` });
    }
    if (page.countries.length === 0) return;
    for (const e of events) {
      this.countryEvents.n++;
      const iso3 = e.location?.iso3?.toUpperCase() ?? null;
      if (iso3 !== null) this.countryEvents.located++;
      if (iso3 !== null && page.countries.includes(iso3)) {
        this.countryEvents.ok++;
        this.countryEvents.locatedOk++;
      } else {
        this.failures.push({
          id: page.id,
          label: page.label,
          problem: iso3 === null ? `event without a location (${e.sub_event_type})` : `event located in ${iso3}, page is about ${page.countries.join("/")}`,
        });
      }
    }
  }

  score(language: string): NewsLanguageScore {
    const metric = (key: string, label: string, correct: number, n: number): ScoredMetric => {
      const value = n === 0 ? null : correct / n;
      const bar = NEWS_BARS[key] ?? null;
      return { key, label, correct, n, value, bar, pass: bar ? meetsBar(bar, value, null) : null };
    };
    const c = this.countryEvents;
    return {
      language,
      pages: this.pages,
      byLabel: [...this.labels.entries()].sort((a, b) => b[1].pages - a[1].pages || a[0].localeCompare(b[0])).map(([label, v]) => ({ label, ...v })),
      metrics: [
        metric("event_pages_with_event", "`event` pages with >= 1 event", this.eventPages.ok, this.eventPages.n),
        metric("negative_pages_without_violence", "`negative` pages with no violent event", this.negativePages.ok, this.negativePages.n),
        metric("events_in_labelled_country", "events in the labelled country (unlocated = no)", c.ok, c.n),
        metric("located_events_in_labelled_country", "located events in the labelled country", c.locatedOk, c.located),
      ],
      events: this.events,
      failures: this.failures,
    };
  }
}

export async function evaluateNewsSet(opts: NewsEvalOptions): Promise<NewsScorecard> {
  const tallies = new Map<string, LanguageTally>();
  let coderMs = 0;
  let pages = 0;
  let lineNo = 0;
  const input = createReadStream(opts.jsonlPath, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    input.once("open", () => resolve());
    input.once("error", (err: NodeJS.ErrnoException) =>
      reject(new InputError(opts.jsonlPath, err.code === "ENOENT" ? "no such file" : `cannot read: ${err.message}`, { cause: err })),
    );
  });
  await opened;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === "") continue;
    const page = pageFrom(line, lineNo, opts.jsonlPath);
    const started = performance.now();
    let events: ExtractedEvent[] = [];
    let failure: string | null = null;
    try {
      events = opts.coder({ id: page.id, text: page.text, title: page.title, publishedAt: page.publishedAt, language: page.language, url: page.url });
    } catch (err) {
      // Scored as a page without events, and listed, rather than ending the run.
      failure = `coder error: ${err instanceof Error ? err.message : String(err)}`;
    }
    coderMs += performance.now() - started;
    const language = page.language ?? "unknown";
    let tally = tallies.get(language);
    if (!tally) tallies.set(language, (tally = new LanguageTally()));
    if (failure) tally.failures.push({ id: page.id, label: page.label, problem: failure });
    tally.add(page, events);
    pages++;
  }
  if (pages === 0) throw new InputError(opts.jsonlPath, "no pages (empty JSONL file)");
  const seconds = coderMs / 1000;
  return {
    source: opts.jsonlPath,
    pages,
    languages: [...tallies.entries()].sort((a, b) => b[1].pages - a[1].pages).map(([lang, t]) => t.score(lang)),
    speed: { documents: pages, coderSeconds: seconds, documentsPerSecond: seconds > 0 ? pages / seconds : null },
  };
}
