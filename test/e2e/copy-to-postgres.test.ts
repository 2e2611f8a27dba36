import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ConflictEvent } from "../../src/domain/index.js";
import { cli, scratchDir } from "../support/cli-harness.js";
import { REPO_ROOT } from "../support/shared-data.js";

const PG = process.env.CONFLICTWATCH_TEST_PG;
const PG_SKIP = "skipped: CONFLICTWATCH_TEST_PG is not set (bash tools/pg-test-cluster.sh start prints it)";

function parseJsonl(text: string): ConflictEvent[] {
  return text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as ConflictEvent);
}

function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set("schema", schema);
  return u.toString();
}

describe.skipIf(!PG)(`moving a team from a SQLite file to PostgreSQL ${PG ? "" : PG_SKIP}`, () => {
  const scratch = scratchDir();
  afterAll(() => scratch.cleanup());

  it("copy loses nothing: the same events with their sources, watched sources and alert rules", async () => {
    const file = join(scratch.dir, "team.db");
    const target = withSchema(PG!, `copy_${process.pid}_${Date.now()}`);
    expect((await cli(["ingest", join(REPO_ROOT, "samples", "reports"), "--db", file])).code).toBe(0);
    const add = await cli(["sources", "add", "Sahel Monitor", "https://example.org/feed.xml", "--every", "15m", "--language", "en", "--country", "BFA", "--db", file]);
    expect(add.code, add.stderr).toBe(0);
    const rule = await cli(["alerts", "add", "burkina-deadly", "--admin", "Burkina Faso", "--min-fatalities", "5", "--log-file", join(scratch.dir, "alerts.log"), "--db", file]);
    expect(rule.code, rule.stderr).toBe(0);

    const copy = await cli(["copy", "--from", file, "--to", target]);
    expect(copy.code, copy.stderr).toBe(0);
    expect(copy.stdout).toMatch(/1 watched sources, 1 alert rules/);

    const before = parseJsonl((await cli(["events", "--format", "jsonl", "--db", file])).stdout);
    const after = parseJsonl((await cli(["events", "--format", "jsonl", "--db", target])).stdout);
    expect(after.length).toBe(before.length);
    const byId = new Map(after.map((e) => [e.id, e]));
    for (const event of before) {
      const copied = byId.get(event.id);
      expect(copied, event.id).toBeDefined();
      expect(copied!.sources.map((s) => s.document_id).sort()).toEqual(event.sources.map((s) => s.document_id).sort());
      expect(copied!.fatalities).toEqual(event.fatalities);
      expect(copied!.location).toEqual(event.location);
    }
    expect((await cli(["sources", "list", "--db", target])).stdout).toContain("Sahel Monitor");
    expect((await cli(["alerts", "list", "--db", target])).stdout).toContain("burkina-deadly");
    // Re-ingesting into the copy finds every document already there.
    const again = await cli(["ingest", join(REPO_ROOT, "samples", "reports"), "--db", target]);
    expect(again.stdout).toMatch(/7 skipped as duplicates/);
  });
});
