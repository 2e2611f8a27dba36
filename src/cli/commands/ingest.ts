import type { DocumentHints } from "../../domain/index.js";
import { DEFAULT_INGEST_OPTIONS, formatSummary, ingestInputs, loadServices } from "../../pipeline/index.js";
import type { CliCommand } from "../command.js";
import { UsageError } from "../command.js";
import { checkAlertsAfterIngest } from "../alerts-after-ingest.js";
import { parseIsoDate, parseNonNegativeInteger, stringOption } from "../option-values.js";
import { ProgressLine } from "../progress.js";
import { DB_OPTION, DB_OPTION_HELP, withStore } from "../store-session.js";

export const command: CliCommand = {
  name: "ingest",
  summary: "read reports (files, folders, article URLs, RSS/Atom feeds), code their events and store them",
  usage: ["ingest PATH|URL... [--published-at YYYY-MM-DD] [--source NAME] [--db LOCATION]"],
  options: {
    ...DB_OPTION,
    "published-at": { type: "string" },
    source: { type: "string" },
    language: { type: "string" },
    "timeout-ms": { type: "string" },
  },
  optionHelp: {
    ...DB_OPTION_HELP,
    "published-at": "publication date of the reports, overriding what they say (YYYY-MM-DD)",
    source: "source name to record for these reports, overriding what they say",
    language: "language of the reports (en, fr), overriding detection",
    "timeout-ms": `how long to wait for a URL before giving up (default ${DEFAULT_INGEST_OPTIONS.fetchTimeoutMs})`,
  },
  allowPositionals: true,
  async run(values, positionals, ctx) {
    if (positionals.length === 0) throw new UsageError("ingest needs at least one file, folder or URL");
    const hints = hintsFromOptions(values);
    const timeout = stringOption(values, "timeout-ms");
    const options = {
      ...DEFAULT_INGEST_OPTIONS,
      hints,
      fetchTimeoutMs: timeout ? parseNonNegativeInteger("timeout-ms", timeout) : DEFAULT_INGEST_OPTIONS.fetchTimeoutMs,
    };
    const services = loadServices();
    const bar = new ProgressLine(ctx.stderr);
    const summary = await withStore(values, ctx, async (store, location) => {
      const result = await ingestInputs(positionals, options, store, services, {
        onDocument: (origin, _result, s) => bar.update(s.documentsRead + s.failed, null, `documents (${origin})`),
        onFailure: (origin, problem) => bar.message(`conflictwatch: ${origin}: ${problem}`),
      });
      bar.clear();
      ctx.stdout.write(formatSummary(result) + "\n");
      await checkAlertsAfterIngest(location, store, result.touchedEventIds, ctx);
      return result;
    });
    return summary.failed > 0 ? 1 : 0;
  },
};

export function hintsFromOptions(values: Record<string, unknown>): DocumentHints {
  const publishedAt = typeof values["published-at"] === "string" ? parseIsoDate("published-at", values["published-at"]) : null;
  return {
    publishedAt,
    publishedAtOverride: publishedAt !== null,
    sourceName: typeof values.source === "string" ? values.source : null,
    language: typeof values.language === "string" ? values.language : null,
  };
}
