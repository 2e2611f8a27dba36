import { readFile } from "node:fs/promises";
import { cleanDocument } from "../../clean/index.js";
import { InputError } from "../../domain/index.js";
import { rawFromString } from "../../ingest/index.js";
import { codeDocument, extractJsonlStream, loadServices } from "../../pipeline/index.js";
import type { CliCommand, CliContext } from "../command.js";
import { UsageError } from "../command.js";
import { hintsFromOptions } from "./ingest.js";

export const command: CliCommand = {
  name: "extract",
  summary: "code one report (file or stdin) and print its events as JSON, storing nothing",
  usage: [
    "extract FILE|- [--published-at YYYY-MM-DD] [--source NAME] [--html]",
    "extract --jsonl [FILE|-]   one {id, text|html, published_at?, url?, title?} per line in, one {id, events} per line out",
  ],
  options: {
    "published-at": { type: "string" },
    source: { type: "string" },
    language: { type: "string" },
    jsonl: { type: "boolean" },
    html: { type: "boolean" },
    pretty: { type: "boolean" },
  },
  optionHelp: {
    "published-at": "publication date of the report (YYYY-MM-DD): relative dates resolve against it",
    source: "source name to record",
    language: "language of the report (en, fr), overriding detection",
    jsonl: "stream JSON lines in and out",
    html: "treat stdin as HTML (files are recognised by their content)",
    pretty: "indent the JSON output",
  },
  allowPositionals: true,
  async run(values, positionals, ctx) {
    if (positionals.length > 1) throw new UsageError("extract reads one report; use ingest for several, or --jsonl for a stream");
    const hints = hintsFromOptions(values);
    const services = loadServices();
    const path = positionals[0] ?? "-";
    if (values.jsonl) {
      const input = path === "-" ? ctx.stdin : (await import("node:fs")).createReadStream(path);
      const summary = await extractJsonlStream(input, ctx.stdout, services, hints);
      return summary.failed > 0 ? 1 : 0;
    }
    const content = path === "-" ? await readAll(ctx) : await readReportFile(path);
    const kind = values.html || (path === "-" && /^\s*</.test(content.toString("utf8", 0, 200))) ? "html" : "text";
    const raw =
      path === "-"
        ? rawFromString("stdin", content.toString("utf8"), kind, hints)
        : { origin: path, url: null, bytes: new Uint8Array(content), contentType: contentTypeOfPath(path), hints };
    try {
      const events = codeDocument(cleanDocument(raw), services, { languageOverride: Boolean(hints.language) });
      ctx.stdout.write(JSON.stringify({ events }, null, values.pretty ? 2 : undefined) + "\n");
      return 0;
    } catch (error) {
      if (error instanceof InputError) {
        ctx.stderr.write(`conflictwatch: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};

function contentTypeOfPath(path: string): string | null {
  if (/\.x?html?$/i.test(path)) return "text/html";
  if (/\.(md|markdown)$/i.test(path)) return "text/markdown";
  if (/\.txt$/i.test(path)) return "text/plain";
  return null;
}

async function readReportFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder: use ingest for folders" : `cannot be read (${code})`);
  }
}

async function readAll(ctx: CliContext): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
