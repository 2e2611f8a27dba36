import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { DEFAULT_CHROMIUM, printReportPdf, renderReportHtml } from "../../report/index.js";
import type { CliCommand } from "../command.js";
import { UsageError } from "../command.js";
import { FILTER_OPTION_HELP, FILTER_OPTIONS, filterFromOptions, stringOption } from "../option-values.js";
import { DB_OPTION, DB_OPTION_HELP, withStore } from "../store-session.js";

export const command: CliCommand = {
  name: "report",
  summary: "write a situation report (one self-contained HTML file, and a PDF with --pdf) for a period and area",
  usage: ["report --from DATE --to DATE [--country C] [--admin1 A] [--out FILE.html] [--pdf] [--title T] [--prepared-for ORG]"],
  options: {
    ...DB_OPTION,
    ...FILTER_OPTIONS,
    out: { type: "string" },
    pdf: { type: "boolean" },
    title: { type: "string" },
    "prepared-for": { type: "string" },
    chromium: { type: "string" },
  },
  optionHelp: {
    ...DB_OPTION_HELP,
    ...FILTER_OPTION_HELP,
    from: "first day of the period, YYYY-MM-DD (required); figures compare with the same number of days before it",
    to: "last day of the period, YYYY-MM-DD (required)",
    out: "HTML file to write (default: situation-report-FROM-TO.html); the PDF goes beside it",
    pdf: "also print a PDF with headless Chromium",
    title: "report heading (default: \"Situation report in AREA\")",
    "prepared-for": "organisation named in the masthead",
    chromium: `Chromium binary for --pdf (default: $CONFLICTWATCH_CHROMIUM or ${DEFAULT_CHROMIUM})`,
  },
  allowPositionals: false,
  async run(values, _positionals, ctx) {
    const filter = filterFromOptions(values);
    if (!filter.from || !filter.to) throw new UsageError("report needs --from and --to (YYYY-MM-DD)");
    const out = resolve(ctx.cwd, stringOption(values, "out") ?? `situation-report-${filter.from}-${filter.to}.html`);
    const title = stringOption(values, "title");
    const preparedFor = stringOption(values, "prepared-for");
    const html = await withStore(values, ctx, (store) => renderReportHtml(store, filter, { title, preparedFor }));
    await writeFile(out, html, "utf8");
    ctx.stdout.write(`wrote ${out}\n`);
    if (values.pdf) {
      const pdfPath = out.replace(/\.html?$/i, "") + ".pdf";
      const executablePath = stringOption(values, "chromium") ?? ctx.env.CONFLICTWATCH_CHROMIUM ?? DEFAULT_CHROMIUM;
      const area = [filter.country, filter.admin1, filter.admin2].filter(Boolean).join(" — ");
      const pdf = await printReportPdf(html, { executablePath, footerLabel: `Situation report${area ? ` — ${area}` : ""}, ${filter.from} to ${filter.to}` });
      await writeFile(pdfPath, pdf);
      ctx.stdout.write(`wrote ${pdfPath}\n`);
    }
    return 0;
  },
};
