import type { Source, SourceKind, SourceStatus } from "../../domain/sources.js";
import { sourcesOverview } from "../../pipeline/jobs/index.js";
import { openSourceRegistry } from "../../store/sources/index.js";
import type { CliCommand, CliContext, OptionValues } from "../command.js";
import { UsageError } from "../command.js";
import { displayLocation, resolveDbLocation } from "../db-location.js";
import { stringOption } from "../option-values.js";
import { DB_OPTION, DB_OPTION_HELP } from "../store-session.js";

const KINDS: readonly SourceKind[] = ["feed", "page", "folder"];
const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "15m", "1h30m", "45s", "1d" or a bare number of seconds → seconds. */
export function parseDuration(option: string, value: string): number {
  const text = value.trim().toLowerCase();
  if (/^\d+$/.test(text) && Number(text) > 0) return Number(text);
  const parts = [...text.matchAll(/(\d+)\s*([smhd])/g)];
  const total = parts.reduce((sum, m) => sum + Number(m[1]) * UNITS[m[2]], 0);
  if (parts.length === 0 || parts.map((m) => m[0]).join("") !== text.replace(/\s+/g, "") || total <= 0) {
    throw new UsageError(`--${option} "${value}" is not a duration: use e.g. 15m, 1h, 90s or 1d`);
  }
  return total;
}

export function formatDuration(seconds: number): string {
  for (const [unit, size] of [["d", 86400], ["h", 3600], ["m", 60]] as const) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

export const command: CliCommand = {
  name: "sources",
  summary: "manage the feeds, pages and folders that `watch` polls, and see how polling goes",
  usage: [
    'sources add NAME URL|FOLDER [--kind feed|page|folder] [--every 15m] [--language fr] [--country BFA] [--reliability "NOTE"]',
    "sources list [--json]",
    "sources remove NAME|ID",
    "sources status [NAME|ID] [--json]",
  ],
  options: {
    ...DB_OPTION,
    kind: { type: "string" },
    every: { type: "string" },
    language: { type: "string" },
    country: { type: "string" },
    reliability: { type: "string" },
    disabled: { type: "boolean" },
    json: { type: "boolean" },
  },
  optionHelp: {
    ...DB_OPTION_HELP,
    kind: "feed (RSS/Atom; default for URLs), page (one URL re-read when it changes) or folder (default for paths)",
    every: "polling interval, e.g. 15m, 1h, 1d (default 30m)",
    language: "language hint for its reports (ISO 639-1: fr, en)",
    country: "country hint for geocoding its reports (ISO3: BFA, MLI, NER)",
    reliability: "note on how far to trust the source, shown next to its reports",
    disabled: "add the source without polling it yet",
    json: "print JSON instead of a table",
  },
  allowPositionals: true,
  async run(values, positionals, ctx) {
    const [action, ...args] = positionals;
    const location = resolveDbLocation(stringOption(values, "db"), ctx.env, ctx.cwd);
    if (!action) throw new UsageError("sources needs an action: add, list, remove or status");
    if (!["add", "list", "remove", "status"].includes(action)) throw new UsageError(`unknown sources action "${action}": use add, list, remove or status`);
    const registry = await openSourceRegistry(location);
    try {
      switch (action) {
        case "add": {
          if (args.length !== 2) throw new UsageError('sources add needs a NAME and a URL (or folder), e.g. sources add "Le Faso" https://example.bf/feed.xml');
          const [name, url] = args;
          const kind = (stringOption(values, "kind") ?? (/^https?:\/\//i.test(url) ? "feed" : "folder")) as SourceKind;
          if (!KINDS.includes(kind)) throw new UsageError(`--kind "${kind}" must be one of ${KINDS.join(", ")}`);
          const every = stringOption(values, "every");
          const source = await registry.add({
            name,
            url,
            kind,
            interval_seconds: every ? parseDuration("every", every) : 1800,
            language: stringOption(values, "language") ?? null,
            country: stringOption(values, "country") ?? null,
            reliability: stringOption(values, "reliability") ?? null,
            enabled: values.disabled !== true,
          });
          if (values.json) ctx.stdout.write(JSON.stringify(source) + "\n");
          else ctx.stdout.write(`added ${source.kind} "${source.name}" (${source.id}), polled every ${formatDuration(source.interval_seconds)}\n`);
          return 0;
        }
        case "list": {
          const sources = await registry.list();
          if (values.json) ctx.stdout.write(JSON.stringify(sources) + "\n");
          else ctx.stdout.write(sources.length === 0 ? `no sources in ${displayLocation(location)}\n` : formatList(sources));
          return 0;
        }
        case "remove": {
          if (args.length !== 1) throw new UsageError("sources remove needs one NAME or ID");
          if (!(await registry.remove(args[0]))) {
            ctx.stderr.write(`conflictwatch sources: no source named "${args[0]}"\n`);
            return 1;
          }
          ctx.stdout.write(`removed "${args[0]}" (its stored documents and events stay)\n`);
          return 0;
        }
        default:
          return await status(registry, location, args[0], values, ctx);
      }
    } finally {
      await registry.close();
    }
  },
};

async function status(
  registry: Awaited<ReturnType<typeof openSourceRegistry>>,
  location: string,
  which: string | undefined,
  values: OptionValues,
  ctx: CliContext,
): Promise<number> {
  let one: Source | undefined;
  if (which) {
    const found = await registry.get(which);
    if (!found) {
      ctx.stderr.write(`conflictwatch sources: no source named "${which}"\n`);
      return 1;
    }
    one = found;
  }
  const overview = await sourcesOverview(registry, location, one);
  if (values.json) {
    ctx.stdout.write(JSON.stringify(overview) + "\n");
    return 0;
  }
  const { sources, jobs } = overview;
  const lines: string[] = [];
  for (const source of sources) lines.push(...formatStatus(source, source.status ?? undefined));
  if (sources.length === 0) lines.push(`no sources in ${displayLocation(location)}`);
  if (jobs === null) {
    lines.push("", "jobs: none (SQLite runs no job queue; `watch` and `worker` need PostgreSQL)");
  } else {
    lines.push("", "queue               waiting  active  retrying  completed  parked");
    for (const q of jobs.queues) {
      lines.push(`${q.queue.padEnd(18)} ${pad(q.waiting, 8)} ${pad(q.active, 7)} ${pad(q.retrying, 9)} ${pad(q.completed, 10)} ${pad(q.failed, 7)}`);
    }
    const names = new Map(sources.map((s) => [s.id, s.name]));
    lines.push("", jobs.parked.length === 0 ? "parked jobs: none" : `parked jobs (failed every retry), newest first:`);
    for (const job of jobs.parked) {
      const source = job.sourceId ? (names.get(job.sourceId) ?? job.sourceId) : "-";
      lines.push(`  ${job.failedAt ?? "?"}  ${job.queue}  ${source}  ${job.subject ?? ""}  after ${job.attempts} attempts: ${job.error}`);
    }
  }
  ctx.stdout.write(lines.join("\n") + "\n");
  return 0;
}

function formatList(sources: Source[]): string {
  const rows = sources.map((s) => [
    s.name,
    s.kind,
    formatDuration(s.interval_seconds),
    s.language ?? "-",
    s.country ?? "-",
    s.enabled ? "yes" : "no",
    s.url,
    s.reliability ?? "",
  ]);
  const header = ["NAME", "KIND", "EVERY", "LANG", "COUNTRY", "ENABLED", "URL", "RELIABILITY"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

function formatStatus(source: Source, status: SourceStatus | undefined): string[] {
  const lines = [`${source.name} (${source.kind}, every ${formatDuration(source.interval_seconds)}${source.enabled ? "" : ", disabled"}) ${source.url}`];
  if (!status) return [...lines, "  never polled"];
  lines.push(
    `  last poll: ${status.last_poll_at ?? "never"}${status.last_outcome ? ` (${status.last_outcome})` : ""}; ` +
      `next: ${status.next_poll_at}; items seen: ${status.items_seen}`,
  );
  if (status.consecutive_failures > 0) {
    lines.push(`  failing: ${status.consecutive_failures} in a row, backed off; last error: ${status.last_error ?? "?"}`);
  }
  return lines;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width);
}
