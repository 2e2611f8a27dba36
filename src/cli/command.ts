import type { ParseArgsConfig } from "node:util";

/** What a command may touch: streams and environment are injected so commands run in-process under test. */
export interface CliContext {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export type OptionValues = Record<string, string | boolean | Array<string | boolean> | undefined>;

/**
 * One CLI command: its options are declared as data (node:util parseArgs), so
 * `conflictwatch help` and the README check can list every one of them.
 */
export interface CliCommand {
  name: string;
  summary: string;
  /** One usage line per form, without the program name: `ingest PATH|URL... [--published-at DATE]`. */
  usage: string[];
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Help text per option name. */
  optionHelp: Record<string, string>;
  allowPositionals: boolean;
  /** Returns the exit code: 0 all went well, 1 something failed (bad input among good), 2 usage error. */
  run(values: OptionValues, positionals: string[], ctx: CliContext): Promise<number>;
}

/** A usage problem (unknown option, missing argument): exit code 2 with the message and the command's usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
