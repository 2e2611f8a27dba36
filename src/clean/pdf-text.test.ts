import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { InputError } from "../domain/index.js";
import { cleanDocument } from "./index.js";
import { rejoinPrintedLines } from "./pdf-text.js";

const HAS_PDFTOTEXT = spawnSync("pdftotext", ["-v"]).error === undefined;

/** A minimal one-page PDF whose text lines are the given strings (Helvetica, WinAnsi). */
function makePdf(lines: string[]): Uint8Array {
  const escape = (s: string): string => s.replace(/[\\()]/g, "\\$&");
  const content = `BT /F1 11 Tf 50 740 Td 14 TL ${lines.map((l) => `(${escape(l)}) Tj T*`).join(" ")} ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

describe("rejoinPrintedLines", () => {
  it("joins wrapped lines, removes typesetting hyphens, keeps headings and paragraph ends", () => {
    const printed = [
      "Situation sécuritaire dans la région du Sahel",
      "Au cours de la semaine, des hommes armés non identifiés ont attaqué",
      "le village de Tin-Akoff, tuant au moins trois civils et incendiant des gre-",
      "niers, selon des sources humanitaires.",
      "Déplacements",
      "Plus de deux mille personnes ont fui vers Gorom-Gorom dans les jours sui-",
      "vants.",
      "\f",
    ].join("\n");
    expect(rejoinPrintedLines(printed)).toBe(
      "Situation sécuritaire dans la région du Sahel\nAu cours de la semaine, des hommes armés non identifiés ont attaqué le village de Tin-Akoff, tuant au moins trois civils et incendiant des greniers, selon des sources humanitaires.\n\nDéplacements\nPlus de deux mille personnes ont fui vers Gorom-Gorom dans les jours suivants.",
    );
  });
});

describe.skipIf(!HAS_PDFTOTEXT)(`PDF reports${HAS_PDFTOTEXT ? "" : " (skipped: pdftotext from poppler-utils is not installed)"}`, () => {
  it("reads the text layer of a PDF report", () => {
    const bytes = makePdf([
      "Weekly security update",
      "Unidentified gunmen attacked a checkpoint at the entrance of Sebba on Tuesday night, killing",
      "two gendarmes and wounding three others, according to local sources contacted by phone.",
    ]);
    const doc = cleanDocument({ origin: "update.pdf", url: null, bytes, contentType: "application/pdf", hints: {} });
    expect(doc.encoding).toBe("pdf");
    expect(doc.title).toBe("Weekly security update");
    expect(doc.text).toBe(
      "Unidentified gunmen attacked a checkpoint at the entrance of Sebba on Tuesday night, killing two gendarmes and wounding three others, according to local sources contacted by phone.",
    );
    expect(doc.language).toBe("en");
  });

  it("a PDF without any text is refused with what to do; a corrupt one with pdftotext's reason", () => {
    const empty = makePdf([]);
    expect(() => cleanDocument({ origin: "scan.pdf", url: null, bytes: empty, contentType: null, hints: {} })).toThrow(/^scan\.pdf: PDF has no text layer/);
    const corrupt = new Uint8Array([...Buffer.from("%PDF-1.7\n1 0 obj << /Broken"), 0, 1, 2]);
    let caught: unknown;
    try {
      cleanDocument({ origin: "broken.pdf", url: null, bytes: corrupt, contentType: null, hints: {} });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).message).toMatch(/^broken\.pdf: (PDF could not be read: .+|PDF has no text layer)/);
  });
});
