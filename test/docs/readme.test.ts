import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { REPO_ROOT } from "../support/shared-data.js";

/** The README is a contract (datasette's test_docs): every command is documented there, and has help for every option. */
const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");

describe("README documents the command line", () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))("`%s` appears in the README's command table", (name) => {
    expect(readme).toMatch(new RegExp("\\| `" + name + "[ `]"));
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))("every option of `%s` has help text", (_name, command) => {
    for (const option of Object.keys(command.options)) {
      expect(command.optionHelp[option], `--${option}`).toBeTruthy();
    }
  });

  it("gives the two commands a new user needs", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm test");
  });

  it("credits GeoNames under CC BY 4.0", () => {
    expect(readme).toMatch(/GeoNames[\s\S]{0,80}CC BY 4\.0/);
  });
});
