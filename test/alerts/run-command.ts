import { PassThrough, Readable } from "node:stream";
import { parseArgs } from "node:util";
import type { CliCommand } from "../../src/cli/command.js";
import { UsageError } from "../../src/cli/command.js";
import { InputError } from "../../src/domain/errors.js";

/**
 * Runs one of this folder's commands in-process as `conflictwatch NAME ARGS...` would
 * (same parseArgs options; usage errors exit 2, input errors 1), before the CLI registers it.
 */
export async function runCommand(command: CliCommand, args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  let code: number;
  try {
    const { values, positionals } = parseArgs({ args, options: command.options, allowPositionals: command.allowPositionals, strict: true });
    code = await command.run(values, positionals, { stdout, stderr, stdin: Readable.from([""]), env, cwd });
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) (code = 2), (err += (error as Error).message);
    else if (error instanceof InputError) (code = 1), (err += error.message);
    else throw error;
  }
  return { code, stdout: out, stderr: err };
}
