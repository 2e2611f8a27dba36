import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConflictEvent } from "../../src/domain/index.js";
import { cli, scratchDir } from "../support/cli-harness.js";
import { REPO_ROOT } from "../support/shared-data.js";

const SAMPLES = join(REPO_ROOT, "samples", "reports");

function parseJsonl(text: string): ConflictEvent[] {
  return text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as ConflictEvent);
}

const ARTICLE = `Gunmen attack village near Titao

Date: 2025-06-02

Unidentified gunmen attacked the village of Titao in Burkina Faso's Loroum province on Sunday, killing five civilians, residents said.`;

describe("ingest from the command line", () => {
  const scratch = scratchDir();
  let server: Server;
  let base = "";

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/article") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        // Another outlet's wording of the same attack: a new document, not a copy.
        res.end(
          "<html><head><title>Attack near Titao</title></head><body><article><p>Five civilians were killed on Sunday when " +
            "unidentified gunmen attacked Titao, in Loroum province, a local official said.</p></article></body></html>",
        );
      } else if (req.url === "/bad-feed") {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end("<rss><channel><item><title>broken");
      } else if (req.url === "/slow") {
        // Never answers: the client's timeout must end the wait.
      } else {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not here");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
    scratch.cleanup();
  });

  it("ingests the bundled samples, merges two reports of one attack, and is idempotent", async () => {
    const db = join(scratch.dir, "samples.db");
    const first = await cli(["ingest", SAMPLES, "--db", db]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/documents: 7 read, 0 skipped as duplicates, 0 failed; events: \d+ new, [1-9]\d* merged/);
    const events = parseJsonl((await cli(["events", "--format", "jsonl", "--db", db])).stdout);
    const dori = events.filter((e) => e.location?.name === "Dori" && e.event_type === "Battles");
    expect(dori).toHaveLength(1);
    expect(dori[0]!.sources).toHaveLength(2);
    // Each source keeps its own count; the merged value is the conservative one.
    expect(dori[0]!.sources.map((s) => s.values.fatalities.best).sort()).toEqual([14, 16]);
    expect(dori[0]!.fatalities.low).toBe(14);

    const again = await cli(["ingest", SAMPLES, "--db", db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/documents: 7 read, 7 skipped as duplicates, 0 failed; events: 0 new, 0 merged/);
    const after = parseJsonl((await cli(["events", "--format", "jsonl", "--db", db])).stdout);
    expect(after.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it("reports each bad input clearly, still ingests the good ones, exits 1 and loses nothing", async () => {
    const db = join(scratch.dir, "bad.db");
    const empty = join(scratch.dir, "empty.txt");
    const binary = join(scratch.dir, "photo.txt");
    const malformed = join(scratch.dir, "broken.html");
    const latin1 = join(scratch.dir, "latin1.txt");
    const good = join(scratch.dir, "good.txt");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]));
    writeFileSync(malformed, "<html><body><p>Unidentified gunmen attacked a police station in Djibo on Monday, killing two police officers.<div><span></p></table>");
    writeFileSync(latin1, Buffer.from("Date: 2025-06-03\n\nDes hommes armés ont attaqué le marché de Djibo lundi, tuant trois civils, selon des sources sécuritaires.", "latin1"));
    writeFileSync(good, ARTICLE);

    const before = await cli(["ingest", good, "--db", db]);
    expect(before.code).toBe(0);
    const stored = parseJsonl((await cli(["events", "--format", "jsonl", "--db", db])).stdout);
    expect(stored.length).toBeGreaterThan(0);

    const run = await cli(
      ["ingest", empty, binary, malformed, latin1, join(scratch.dir, "missing.txt"), `${base}/nowhere`, `${base}/bad-feed`, `${base}/slow`, `${base}/article`, "--timeout-ms", "1500", "--db", db],
    );
    expect(run.code).toBe(1);
    const messages = run.stderr.trim().split("\n");
    expect(messages.find((m) => m.includes("empty.txt"))).toMatch(/empty/i);
    expect(messages.find((m) => m.includes("photo.txt"))).toMatch(/binary/i);
    expect(messages.find((m) => m.includes("missing.txt"))).toMatch(/no such file|not found|does not exist/i);
    expect(messages.find((m) => m.includes("/nowhere"))).toMatch(/404/);
    expect(messages.find((m) => m.includes("/bad-feed"))).toMatch(/feed|XML/i);
    expect(messages.find((m) => m.includes("/slow"))).toMatch(/timed out/i);
    expect(run.stdout).toMatch(/documents: 3 read, 0 skipped as duplicates, 6 failed/);

    const after = parseJsonl((await cli(["events", "--format", "jsonl", "--db", db])).stdout);
    for (const event of stored) expect(after.map((e) => e.id)).toContain(event.id);
    expect(after.some((e) => e.sources.some((s) => s.url === `${base}/article`))).toBe(true);
  });

  it("refuses an unparseable --published-at with a usage error naming it", async () => {
    const run = await cli(["ingest", SAMPLES, "--published-at", "13/05/2025", "--db", join(scratch.dir, "x.db")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--published-at "13\/05\/2025" is not a date/);
  });

  it("refuses a 50 MB file with a message naming it", async () => {
    const big = join(scratch.dir, "huge.txt");
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, "a"));
    const run = await cli(["ingest", big, "--db", join(scratch.dir, "big.db")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/huge\.txt: .*(too large|MB|bytes)/i);
  });
});

describe("events export formats", () => {
  const scratch = scratchDir();
  const db = join(scratch.dir, "export.db");
  beforeAll(async () => {
    expect((await cli(["ingest", SAMPLES, "--db", db])).code).toBe(0);
  });
  afterAll(() => scratch.cleanup());

  it("CSV starts with ACLED's columns in ACLED's order", async () => {
    const run = await cli(["events", "--format", "csv", "--db", db]);
    const header = run.stdout.split(/\r?\n/)[0]!.split(",");
    expect(header.slice(0, 31)).toEqual([
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
      "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
      "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
      "notes", "fatalities", "tags", "timestamp",
    ]);
    expect(header).toEqual(expect.arrayContaining(["fatalities_low", "fatalities_best", "fatalities_high", "verification", "claimed_by", "weapons", "sources"]));
  });

  it("filters by country, date and fatalities, and GeoJSON has one feature per event", async () => {
    const all = parseJsonl((await cli(["events", "--format", "jsonl", "--db", db])).stdout);
    const mali = parseJsonl((await cli(["events", "--format", "jsonl", "--country", "Mali", "--db", db])).stdout);
    expect(mali.length).toBeGreaterThan(0);
    expect(mali.every((e) => e.location?.iso3 === "MLI")).toBe(true);
    const deadly = parseJsonl((await cli(["events", "--format", "jsonl", "--min-fatalities", "10", "--db", db])).stdout);
    expect(deadly.every((e) => (e.fatalities.low ?? 0) >= 10)).toBe(true);
    const may = parseJsonl((await cli(["events", "--format", "jsonl", "--from", "2025-05-01", "--db", db])).stdout);
    expect(may.every((e) => (e.event_date ?? "") >= "2025-05-01")).toBe(true);
    const geojson = JSON.parse((await cli(["events", "--format", "geojson", "--db", db])).stdout) as { type: string; features: unknown[] };
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features).toHaveLength(all.length);
    const table = await cli(["events", "--db", db]);
    expect(table.stdout.split("\n")[0]).toMatch(/^date\s+type\s+location/);
  });
});
