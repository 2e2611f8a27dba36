import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { AlertRegistry } from "../../domain/alerts.js";
import { openAlertRegistry } from "../../store/alerts/index.js";
import { copyStore, openStore } from "../../store/index.js";
import { copySources, openSourceRegistry } from "../../store/sources/index.js";
import type { CliCommand } from "../command.js";
import { UsageError } from "../command.js";
import { displayLocation, isPostgresUrl, resolveDbLocation } from "../db-location.js";
import { stringOption } from "../option-values.js";
import { ProgressLine } from "../progress.js";

export const command: CliCommand = {
  name: "copy",
  summary: "copy a whole database to another (e.g. a SQLite file to PostgreSQL): documents, events, review log, sources, alert rules",
  usage: ["copy --from FILE.db --to postgres://user@host/conflictwatch"],
  options: { from: { type: "string" }, to: { type: "string" } },
  optionHelp: {
    from: "the database to read (SQLite file or postgres:// URL)",
    to: "the database to write; it must hold no documents yet",
  },
  allowPositionals: false,
  async run(values, _positionals, ctx) {
    const fromText = stringOption(values, "from");
    const toText = stringOption(values, "to");
    if (!fromText || !toText) throw new UsageError("copy needs --from and --to");
    const from = resolveDbLocation(fromText, {}, ctx.cwd);
    const to = resolveDbLocation(toText, {}, ctx.cwd);
    if (from === to) throw new UsageError("--from and --to name the same database");
    if (!isPostgresUrl(to)) mkdirSync(dirname(to), { recursive: true });
    const bar = new ProgressLine(ctx.stderr);
    const source = await openStore(from);
    const target = await openStore(to);
    try {
      await source.migrate();
      await target.migrate();
      const records = await copyStore(source, target, (written) => bar.update(written, null, "records copied"));
      bar.clear();
      const sources = await copySourceRegistries(from, to);
      const rules = await copyAlertRules(from, to);
      ctx.stdout.write(
        `copied ${displayLocation(from)} → ${displayLocation(to)}: ${records} records (documents, events, sources of events, review log), ` +
          `${sources} watched sources, ${rules} alert rules\n`,
      );
    } finally {
      await source.close();
      await target.close();
    }
    return 0;
  },
};

async function copySourceRegistries(from: string, to: string): Promise<number> {
  const a = await openSourceRegistry(from);
  try {
    const b = await openSourceRegistry(to);
    try {
      return await copySources(a, b);
    } finally {
      await b.close();
    }
  } finally {
    await a.close();
  }
}

/** Rules keep their names and settings; alerts already fired stay in the old database's history. */
async function copyAlertRules(from: string, to: string): Promise<number> {
  const a: AlertRegistry = openAlertRegistry(from);
  const b: AlertRegistry = openAlertRegistry(to);
  try {
    await a.migrate();
    await b.migrate();
    const existing = new Set((await b.listRules()).map((r) => r.name));
    let copied = 0;
    for (const rule of await a.listRules()) {
      if (existing.has(rule.name)) continue;
      const { id: _id, created_at: _created, updated_at: _updated, ...input } = rule;
      await b.addRule(input);
      copied += 1;
    }
    return copied;
  } finally {
    await a.close();
    await b.close();
  }
}
