import { TEST_PG } from "./fixtures.js";

/** Backends the alert tests run on: SQLite always, PostgreSQL when a test server is given (skipped loudly otherwise). */
export const PG_SKIP_REASON = "skipped: CONFLICTWATCH_TEST_PG is not set (start one with: eval \"$(bash tools/pg-test-cluster.sh start)\")";
if (!TEST_PG) console.warn(`alerts PostgreSQL tests ${PG_SKIP_REASON}`);

export const BACKENDS: Array<{ name: "sqlite" | "postgres"; skip: boolean; label: string }> = [
  { name: "sqlite", skip: false, label: "SQLite" },
  { name: "postgres", skip: !TEST_PG, label: TEST_PG ? "PostgreSQL" : `PostgreSQL ${PG_SKIP_REASON}` },
];

