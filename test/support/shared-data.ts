import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's third-party data (seed reports, ACLED dev set, GeoNames dumps) lives in
 * ../shared beside the repository, never inside it. A user's clone has no ../shared:
 * tests that need it skip, and say why.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const SHARED_DIR = process.env.CONFLICTWATCH_SHARED_DIR ?? join(repoRoot, "..", "shared");
export const HAS_SHARED = existsSync(join(SHARED_DIR, "seeds"));
export const SHARED_SKIP_REASON = `skipped: ${SHARED_DIR} is absent (third-party seed and evaluation data are not shipped with the repository)`;

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

if (!HAS_SHARED) {
  // Said once per test file that imports this, so a skip is never silent.
  console.warn(SHARED_SKIP_REASON);
}

export const REPO_ROOT = repoRoot;
