import { execFileSync } from "node:child_process";
import { InputError } from "../domain/index.js";

/**
 * PDF reports (NGO and UN situation reports, scanned communiqués) read with poppler's
 * `pdftotext`, run synchronously because cleaning is synchronous. pdftotext breaks
 * paragraphs into printed lines; those are joined back so sentences are whole again,
 * keeping line breaks after headings and paragraph ends.
 */

const PDFTOTEXT_TIMEOUT_MS = 60_000;

export function isPdf(bytes: Uint8Array): boolean {
  const magic = "%PDF-";
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
}

export function pdfToText(bytes: Uint8Array, origin: string): string {
  let out: Buffer;
  try {
    out = execFileSync("pdftotext", ["-enc", "UTF-8", "-eol", "unix", "-", "-"], {
      input: Buffer.from(bytes),
      maxBuffer: 256 * 1024 * 1024,
      timeout: PDFTOTEXT_TIMEOUT_MS,
      stdio: ["pipe", "pipe", "pipe"],
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer; signal?: string };
    if (e.code === "ENOENT") {
      throw new InputError(origin, "document is a PDF, and pdftotext is not installed: install poppler-utils to read PDF reports", { cause: error });
    }
    if (e.signal === "SIGTERM") throw new InputError(origin, `PDF took longer than ${PDFTOTEXT_TIMEOUT_MS / 1000} s to read`, { cause: error });
    const detail = (e.stderr?.toString("utf8") ?? "").split("\n").find((l) => l.trim() !== "") ?? e.message;
    throw new InputError(origin, `PDF could not be read: ${detail.trim()}`, { cause: error });
  }
  return rejoinPrintedLines(out.toString("utf8"));
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Printed lines → paragraphs. A line as long as a typical full line continues on the
 * next; a short one ending a sentence ends its paragraph; a short one without final
 * punctuation is a heading. A hyphen between lower-case letters at a line end is
 * typesetting and goes. Pages (form feeds) end paragraphs.
 */
export function rejoinPrintedLines(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\f/g, "\n\n").split("\n").map((l) => l.trimEnd());
  const typical = median(lines.filter((l) => l.trim().length >= 20).map((l) => l.trim().length));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const next = lines[i + 1]?.trim() ?? "";
    out.push(line);
    if (line === "" || next === "") {
      out.push("\n");
      continue;
    }
    const fullWidth = typical > 0 && line.length >= typical * 0.75;
    const endsSentence = /[.!?:;»"”)]$/.test(line);
    if (/\p{Ll}-$/u.test(line) && /^\p{Ll}/u.test(next)) {
      out[out.length - 1] = line.slice(0, -1);
    } else if (fullWidth) {
      out.push(" ");
    } else {
      // A short line: a paragraph's last line when it ends a sentence, else a heading.
      out.push(endsSentence ? "\n\n" : "\n");
    }
  }
  return out.join("").replace(/\n{3,}/g, "\n\n").trim();
}
