/**
 * Streaming RFC 4180 CSV reader. ACLED exports quote notes that hold commas,
 * line breaks and doubled quotes, so a line-based split would cut rows apart.
 * The parser is a small state machine fed chunk by chunk: memory stays
 * bounded by the longest row, not by the file.
 */
import { createReadStream } from "node:fs";
import { InputError } from "../domain/errors.js";

/** One data row: values by (lower-cased, trimmed) header name. */
export interface CsvRecord {
  /** 1-based data row number (the header is row 0). */
  row: number;
  /** 1-based physical line where the row starts (for error messages and hand inspection). */
  line: number;
  values: Record<string, string>;
}

/** Characters that end a run of an unquoted field (a quote inside one is kept literally). */
const UNQUOTED_STOP = /[,\r\n]/g;

type State = "fieldStart" | "unquoted" | "quoted" | "quoteInQuoted";

/**
 * Incremental tokenizer: push text chunks, receive completed rows of fields.
 * Lenient where RFC 4180 is silent in practice: a stray quote inside an
 * unquoted field is kept literally, text after a closing quote is appended,
 * CR, LF and CRLF all end a row. An unterminated quoted field at the end is an error.
 */
export class CsvTokenizer {
  private state: State = "fieldStart";
  private field = "";
  private fields: string[] = [];
  private rows: Array<{ fields: string[]; line: number }> = [];
  private line = 1;
  private rowStartLine = 1;
  private quoteStartLine = 1;
  private pendingCR = false;
  private sawAnything = false;

  constructor(private readonly source: string) {}

  push(chunk: string): Array<{ fields: string[]; line: number }> {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (!this.sawAnything) {
        this.sawAnything = true;
        if (c === "\uFEFF") continue; // byte-order mark written by spreadsheet exports
      }
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === "\n") continue; // CRLF already ended the row at CR
      }
      switch (this.state) {
        case "fieldStart":
          if (c === '"') {
            this.state = "quoted";
            this.quoteStartLine = this.line;
          } else if (c === ",") {
            this.endField();
          } else if (c === "\r" || c === "\n") {
            this.endRow(c);
          } else {
            i = this.copyUnquotedRun(chunk, i);
            this.state = "unquoted";
          }
          break;
        case "unquoted":
          if (c === ",") this.endField();
          else if (c === "\r" || c === "\n") this.endRow(c);
          else i = this.copyUnquotedRun(chunk, i);
          break;
        case "quoted": {
          if (c === '"') {
            this.state = "quoteInQuoted";
            break;
          }
          // Copy the run up to the next quote in one slice: notes are long quoted fields.
          const close = chunk.indexOf('"', i);
          const stop = close === -1 ? chunk.length : close;
          const run = chunk.slice(i, stop);
          for (let k = run.indexOf("\n"); k !== -1; k = run.indexOf("\n", k + 1)) this.line++;
          this.field += run;
          i = stop - 1;
          break;
        }
        case "quoteInQuoted":
          if (c === '"') {
            this.field += '"';
            this.state = "quoted";
          } else if (c === ",") this.endField();
          else if (c === "\r" || c === "\n") this.endRow(c);
          else {
            this.field += c;
            this.state = "unquoted";
          }
          break;
      }
    }
    const done = this.rows;
    this.rows = [];
    return done;
  }

  /** Flushes the last row (a file need not end with a line break). */
  end(): Array<{ fields: string[]; line: number }> {
    if (this.state === "quoted") {
      throw new InputError(this.source, `unterminated quoted field starting on line ${this.quoteStartLine}`);
    }
    if (this.state !== "fieldStart" || this.fields.length > 0) this.endRow("\n");
    const done = this.rows;
    this.rows = [];
    return done;
  }

  /** Appends the run of ordinary characters starting at i; returns the index of its last character. */
  private copyUnquotedRun(chunk: string, i: number): number {
    UNQUOTED_STOP.lastIndex = i;
    const m = UNQUOTED_STOP.exec(chunk);
    const stop = m ? m.index : chunk.length;
    this.field += chunk.slice(i, stop);
    return stop - 1;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = "";
    this.state = "fieldStart";
  }

  private endRow(terminator: string): void {
    this.endField();
    const blank = this.fields.length === 1 && this.fields[0] === "";
    if (!blank) this.rows.push({ fields: this.fields, line: this.rowStartLine });
    this.fields = [];
    if (terminator === "\r") this.pendingCR = true;
    this.line++;
    this.rowStartLine = this.line;
  }
}

/** Normalised header name: ACLED's older exports use upper case (EVENT_ID_CNTY). */
export function headerKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Turns tokenized rows into records keyed by header. A row with fewer fields
 * than the header is padded with empty values (some tools drop trailing empty
 * columns); a row with more is an error, since its values cannot be assigned.
 */
export class CsvRecordBuilder {
  private header: string[] | null = null;
  private row = 0;

  constructor(private readonly source: string) {}

  get columns(): string[] {
    return this.header ?? [];
  }

  build(raw: { fields: string[]; line: number }): CsvRecord | null {
    if (!this.header) {
      this.header = raw.fields.map(headerKey);
      return null;
    }
    if (raw.fields.length > this.header.length) {
      throw new InputError(
        this.source,
        `line ${raw.line} has ${raw.fields.length} fields but the header has ${this.header.length} (unquoted comma in a value?)`,
      );
    }
    this.row++;
    const values: Record<string, string> = {};
    this.header.forEach((name, i) => {
      values[name] = raw.fields[i] ?? "";
    });
    return { row: this.row, line: raw.line, values };
  }
}

/** Parses a whole CSV text (small inputs and tests). */
export function parseCsv(text: string, source = "csv text"): { columns: string[]; records: CsvRecord[] } {
  const tokenizer = new CsvTokenizer(source);
  const builder = new CsvRecordBuilder(source);
  const records: CsvRecord[] = [];
  for (const raw of [...tokenizer.push(text), ...tokenizer.end()]) {
    const record = builder.build(raw);
    if (record) records.push(record);
  }
  return { columns: builder.columns, records };
}

/**
 * Streams the records of a CSV file. `onHeader` sees the columns before the
 * first record, so callers can reject a file that lacks a required column
 * without reading it all.
 */
export async function* readCsvFile(path: string, onHeader?: (columns: string[]) => void): AsyncGenerator<CsvRecord> {
  const tokenizer = new CsvTokenizer(path);
  const builder = new CsvRecordBuilder(path);
  let headerSeen = false;
  const emit = function* (raws: Array<{ fields: string[]; line: number }>): Generator<CsvRecord> {
    for (const raw of raws) {
      const record = builder.build(raw);
      if (!headerSeen && builder.columns.length > 0) {
        headerSeen = true;
        onHeader?.(builder.columns);
      }
      if (record) yield record;
    }
  };
  let stream;
  try {
    stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 16 });
    for await (const chunk of stream) yield* emit(tokenizer.push(chunk as string));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === "ENOENT" ? "no such file" : `cannot read: ${(err as Error).message}`, { cause: err });
  }
  yield* emit(tokenizer.end());
  if (!headerSeen) throw new InputError(path, "empty file: no CSV header");
}

/** Number of data rows in a CSV file (a quick first pass, so progress can show a total). */
export async function countCsvRecords(path: string): Promise<number> {
  let n = 0;
  for await (const record of readCsvFile(path)) {
    if (record) n++;
  }
  return n;
}
