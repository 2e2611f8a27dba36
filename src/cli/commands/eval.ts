import { writeFileSync } from "node:fs";
import { evaluateAcledGold, evaluateNewsSet, formatGoldScorecard, formatNewsScorecard } from "../../evaluate/index.js";
import { GazetteerReach } from "../../geocode/index.js";
import { codeTextReport, loadServices } from "../../pipeline/index.js";
import type { CliCommand } from "../command.js";
import { UsageError } from "../command.js";
import { parseNonNegativeInteger, stringOption } from "../option-values.js";
import { ProgressLine } from "../progress.js";

export const command: CliCommand = {
  name: "eval",
  summary: "measure extraction against human-coded events (an ACLED export) and/or labelled news pages",
  usage: [
    "eval --gold FILE.csv [--disagreements FILE.csv] [--limit N] [--json FILE]",
    "eval --news FILE.jsonl",
  ],
  options: {
    gold: { type: "string" },
    news: { type: "string" },
    disagreements: { type: "string" },
    limit: { type: "string" },
    json: { type: "string" },
  },
  optionHelp: {
    gold: "a CSV in ACLED's export format; each row's notes are coded as a report without a publication date",
    news: "JSON lines {id, text, title, published_at, language, label, countries} of labelled news pages",
    disagreements: "where to write every disagreement (row id, field, ACLED's value, ours, notes); default eval-disagreements.csv",
    limit: "score only the first N rows",
    json: "also write the scorecards as JSON to this file",
  },
  allowPositionals: false,
  async run(values, _positionals, ctx) {
    const gold = stringOption(values, "gold");
    const news = stringOption(values, "news");
    if (!gold && !news) throw new UsageError("eval needs --gold FILE.csv and/or --news FILE.jsonl");
    const services = loadServices();
    const cards: Record<string, unknown> = {};
    if (gold) {
      const limitText = stringOption(values, "limit");
      const disagreementsPath = stringOption(values, "disagreements") ?? "eval-disagreements.csv";
      const bar = new ProgressLine(ctx.stderr);
      const reach = new GazetteerReach(services.geocoder.gazetteer.places);
      const card = await evaluateAcledGold({
        goldCsvPath: gold,
        coder: (text, meta) => codeTextReport({ origin: `row ${meta.id}`, text, publishedAt: meta.publishedAt }, services),
        placeReach: (text, lat, lon, maxKm) => reach.nearestNamedKm(text, lat, lon, maxKm),
        disagreementsPath,
        limit: limitText !== undefined ? parseNonNegativeInteger("limit", limitText) : undefined,
        onProgress: ctx.stderr.isTTY ? (done, total) => bar.update(done, total, "rows") : undefined,
      });
      bar.clear();
      ctx.stdout.write(formatGoldScorecard(card) + "\n");
      ctx.stdout.write(`disagreements written to ${disagreementsPath}\n`);
      cards.gold = card;
    }
    if (news) {
      const card = await evaluateNewsSet({
        jsonlPath: news,
        coder: (doc) =>
          codeTextReport(
            { origin: `page ${doc.id}`, text: doc.text, title: doc.title, publishedAt: doc.publishedAt, url: doc.url },
            services,
          ),
      });
      ctx.stdout.write(formatNewsScorecard(card) + "\n");
      cards.news = card;
    }
    const jsonPath = stringOption(values, "json");
    if (jsonPath) writeFileSync(jsonPath, JSON.stringify(cards, null, 2) + "\n");
    return 0;
  },
};
