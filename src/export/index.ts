import { InputError, type ConflictEvent } from "../domain/index.js";
import { CSV_COLUMNS, csvLine, csvRow } from "./acled-csv.js";

export { ACLED_COLUMNS, CSV_COLUMNS, OUR_COLUMNS, csvField, csvRow } from "./acled-csv.js";

export type ExportFormat = "csv" | "geojson" | "jsonl";

/** Writes are gathered up to this size before reaching the stream. */
const CHUNK_CHARS = 64 * 1024;

/** Writes to a stream, waiting for "drain" whenever it asks the writer to slow down. */
class BufferedWriter {
  private buffer = "";
  constructor(private readonly out: NodeJS.WritableStream) {}

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === "") return;
    const chunk = this.buffer;
    this.buffer = "";
    if (!this.out.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = () => {
          this.out.removeListener("error", onError);
          resolve();
        };
        const onError = (error: Error) => {
          this.out.removeListener("drain", onDrain);
          reject(error);
        };
        this.out.once("drain", onDrain);
        this.out.once("error", onError);
      });
    }
  }
}

/** GeoJSON feature: the event's values and review state as properties; sources without their evidence. */
export function toFeature(event: ConflictEvent): unknown {
  const loc = event.location;
  const geometry =
    loc && loc.latitude !== null && loc.longitude !== null ? { type: "Point", coordinates: [loc.longitude, loc.latitude] } : null;
  const { sources, ...rest } = event;
  return {
    type: "Feature",
    id: event.id,
    geometry,
    properties: {
      ...rest,
      sources: sources.map((s) => ({ document_id: s.document_id, url: s.url, title: s.title, published_at: s.published_at, source_name: s.source_name })),
    },
  };
}

/**
 * Streams events to `out` as ACLED-style CSV, a GeoJSON FeatureCollection (events
 * without coordinates get a null geometry) or JSON Lines (the full record, sources and
 * evidence included). Respects backpressure; does not end the stream. Resolves to the
 * number of events written.
 */
export async function writeEvents(events: AsyncIterable<ConflictEvent>, format: ExportFormat, out: NodeJS.WritableStream): Promise<number> {
  if (format !== "csv" && format !== "geojson" && format !== "jsonl") {
    throw new InputError("format", `"${String(format)}" is not an export format (csv, geojson, jsonl)`);
  }
  const writer = new BufferedWriter(out);
  let count = 0;
  if (format === "csv") await writer.write(csvLine(CSV_COLUMNS));
  if (format === "geojson") await writer.write(`{"type":"FeatureCollection","features":[`);
  for await (const event of events) {
    if (format === "csv") await writer.write(csvLine(csvRow(event)));
    else if (format === "jsonl") await writer.write(`${JSON.stringify(event)}\n`);
    else await writer.write(`${count > 0 ? "," : ""}\n${JSON.stringify(toFeature(event))}`);
    count++;
  }
  if (format === "geojson") await writer.write(`\n]}\n`);
  await writer.flush();
  return count;
}
