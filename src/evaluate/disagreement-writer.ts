/**
 * The disagreements file: one CSV line per (row, field) where ours differs
 * from ACLED's, with the notes beside it, so that a person can sort by field
 * and read the errors in a spreadsheet.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { InputError } from "../domain/errors.js";
import type { Disagreement } from "./gold-comparison.js";

export const DISAGREEMENT_COLUMNS = ["row_id", "field", "acled", "ours", "notes"] as const;

/** RFC 4180 quoting: quote a field holding a comma, quote, CR or LF (or leading/trailing spaces); double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

export function disagreementLine(d: Disagreement): string {
  return csvLine([d.rowId, d.field, d.acled, d.ours, d.notes]);
}

/** Streams disagreements to a file, honouring back-pressure. */
export class DisagreementWriter {
  private readonly stream: WriteStream;
  private failure: Error | null = null;
  written = 0;

  private constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: "utf8" });
    this.stream.on("error", (err) => {
      this.failure = err;
    });
  }

  static async open(path: string): Promise<DisagreementWriter> {
    const writer = new DisagreementWriter(path);
    await new Promise<void>((resolve, reject) => {
      writer.stream.once("open", () => resolve());
      writer.stream.once("error", (err) => reject(new InputError(path, `cannot write the disagreements file: ${err.message}`, { cause: err })));
    });
    await writer.write(csvLine(DISAGREEMENT_COLUMNS));
    writer.written = 0;
    return writer;
  }

  async add(disagreements: readonly Disagreement[]): Promise<void> {
    if (disagreements.length === 0) return;
    await this.write(disagreements.map(disagreementLine).join(""));
    this.written += disagreements.length;
  }

  private async write(text: string): Promise<void> {
    if (this.failure) throw new InputError(this.path, `cannot write the disagreements file: ${this.failure.message}`);
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once("drain", resolve));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    if (this.failure) throw new InputError(this.path, `cannot write the disagreements file: ${this.failure.message}`);
  }
}
