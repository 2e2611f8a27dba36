import { openJobBoss, runWatcher } from "../../pipeline/jobs/index.js";
import { openSourceRegistry } from "../../store/sources/index.js";
import type { CliCommand } from "../command.js";
import { UsageError } from "../command.js";
import { displayLocation } from "../db-location.js";
import { parseNonNegativeInteger, stringOption } from "../option-values.js";
import { parseDuration } from "./sources.js";
import { requirePostgres, stopOnSignals, TUNING_OPTION_HELP, TUNING_OPTIONS, tuningFromOptions } from "./worker.js";

export const command: CliCommand = {
  name: "watch",
  summary: "schedule due sources as feed-poll jobs for workers (PostgreSQL); one watcher schedules at a time, others stand by",
  usage: ["watch --db postgres://... [--tick 10s] [--once] [--verbose]"],
  options: {
    db: { type: "string" },
    tick: { type: "string" },
    batch: { type: "string" },
    once: { type: "boolean" },
    verbose: { type: "boolean" },
    ...TUNING_OPTIONS,
  },
  optionHelp: {
    db: "PostgreSQL URL of the team database (default: $CONFLICTWATCH_DB)",
    tick: "how often to look for due sources (default 10s)",
    batch: "most sources scheduled per tick (default 500)",
    once: "schedule what is due now and exit (for cron)",
    verbose: "log each scheduled source on stderr even when it is not a terminal",
    ...TUNING_OPTION_HELP,
  },
  allowPositionals: false,
  async run(values, _positionals, ctx) {
    const location = requirePostgres(values, ctx, "watch");
    const tickText = stringOption(values, "tick");
    const tickMs = tickText ? parseDuration("tick", tickText) * 1000 : 10_000;
    const batchText = stringOption(values, "batch");
    const batch = batchText ? parseNonNegativeInteger("batch", batchText) : 500;
    if (batch < 1) throw new UsageError("--batch must be at least 1");
    // Quiet when piped: progress lines only on a terminal or with --verbose.
    const log = (line: string) => {
      if (values.verbose === true || ctx.stderr.isTTY) ctx.stderr.write(line + "\n");
    };
    // Signals are caught from the start, so an early Ctrl-C still closes connections cleanly.
    const stop = stopOnSignals();
    let registry: Awaited<ReturnType<typeof openSourceRegistry>> | null = null;
    let boss: Awaited<ReturnType<typeof openJobBoss>> | null = null;
    try {
      registry = await openSourceRegistry(location);
      boss = await openJobBoss(location, tuningFromOptions(values), { maxConnections: 4 });
      log(`watch: ${displayLocation(location)}, every ${tickMs / 1000} s`);
      const summary = await runWatcher(location, boss, registry, { tickMs, batch, signal: stop.signal, once: values.once === true, log });
      const reason = stop.received();
      ctx.stdout.write(
        `watch: scheduled ${summary.scheduled} feed polls in ${summary.ticks} ticks` +
          (summary.standbyTicks > 0 ? ` (${summary.standbyTicks} on standby behind another watcher)` : "") +
          (reason ? `; stopped by ${reason}` : "") +
          "\n",
      );
      return 0;
    } finally {
      stop.release();
      await boss?.stop({ graceful: true, close: true, wait: true, timeout: 10_000 }).catch(() => undefined);
      await registry?.close();
    }
  },
};
