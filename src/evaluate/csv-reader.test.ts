import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../domain/errors.js";
import { countCsvRecords, CsvTokenizer, parseCsv, readCsvFile } from "./csv-reader.js";
import { csvField, csvLine } from "./disagreement-writer.js";

const TRICKY = [
  "ID,Notes,Fatalities",
  'a1,"Gunmen attacked Tamaro, then left",3',
  'a2,"Line one',
  'line two, with comma",0',
  'a3,"He said ""stop"", twice",1',
  'a4,"",',
  "a5,plain text,",
].join("\r\n");

describe("CSV reader (RFC 4180)", () => {
  it("reads quoted commas, embedded line breaks, doubled quotes, empty quoted and trailing empty fields", () => {
    const { columns, records } = parseCsv(TRICKY);
    expect(columns).toEqual(["id", "notes", "fatalities"]);
    expect(records.map((r) => r.values.notes)).toEqual([
      "Gunmen attacked Tamaro, then left",
      "Line one\r\nline two, with comma",
      'He said "stop", twice',
      "",
      "plain text",
    ]);
    expect(records.map((r) => r.values.fatalities)).toEqual(["3", "0", "1", "", ""]);
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    // a3 starts on physical line 5 because a2 spans lines 3-4.
    expect(records[2].line).toBe(5);
  });

  it("gives the same rows whatever the chunk boundaries (one character at a time)", () => {
    const t = new CsvTokenizer("chunks");
    const rows = [...TRICKY].flatMap((c) => t.push(c)).concat(t.end());
    const whole = new CsvTokenizer("whole");
    expect(rows).toEqual([...whole.push(TRICKY), ...whole.end()]);
  });

  it("accepts LF and lone CR line ends, a byte-order mark, blank lines and no final newline", () => {
    const { columns, records } = parseCsv("\uFEFFa,b\n1,2\r3,4\n\n5,6");
    expect(columns).toEqual(["a", "b"]);
    expect(records.map((r) => [r.values.a, r.values.b])).toEqual([["1", "2"], ["3", "4"], ["5", "6"]]);
  });

  it("pads a short row and rejects a long one, naming the line", () => {
    expect(parseCsv("a,b,c\n1\n").records[0].values).toEqual({ a: "1", b: "", c: "" });
    expect(() => parseCsv("a,b\n1,2\n3,4,5\n", "gold.csv")).toThrow(/gold\.csv: line 3 has 3 fields but the header has 2/);
  });

  it("rejects an unterminated quoted field with the line it starts on", () => {
    expect(() => parseCsv('a,b\n1,"never closed\n2,3\n', "bad.csv")).toThrow(InputError);
    expect(() => parseCsv('a,b\n1,"never closed\n2,3\n', "bad.csv")).toThrow(/line 2/);
  });

  it("streams a file and counts its rows; a missing file is an InputError", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-csv-"));
    const path = join(dir, "x.csv");
    writeFileSync(path, TRICKY);
    let header: string[] = [];
    const notes: string[] = [];
    for await (const r of readCsvFile(path, (h) => (header = h))) notes.push(r.values.notes);
    expect(header).toEqual(["id", "notes", "fatalities"]);
    expect(notes[1]).toBe("Line one\r\nline two, with comma");
    expect(await countCsvRecords(path)).toBe(5);
    await expect(countCsvRecords(join(dir, "missing.csv"))).rejects.toThrow(/no such file/);
  });

  it("writes fields that read back unchanged", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    const values = ["r1", "notes", 'a "quoted", multi\nline', " padded "];
    const back = parseCsv(`w,x,y,z\r\n${csvLine(values)}`).records[0].values;
    expect([back.w, back.x, back.y, back.z]).toEqual(values);
  });
});
