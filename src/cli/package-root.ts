import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The installed package's root folder (the one holding package.json), found by
 * walking up from this file: the same from src/ under vitest, from dist/src/
 * after the build, and from a global `npm install -g .`.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = resolve(dir, "..");
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}: the installation is incomplete`);
    dir = parent;
  }
}
