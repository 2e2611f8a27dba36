import { parseArgs } from "node:util";
import { AppError, InputError } from "../domain/index.js";
import type { CliCommand, CliContext } from "./command.js";
import { UsageError } from "./command.js";
import { COMMANDS } from "./commands/index.js";

export function usageOf(command: CliCommand): string {
  const lines = command.usage.map((u) => `  conflictwatch ${u}`);
  const options = Object.keys(command.options).map((name) => `  --${name.padEnd(18)} ${command.optionHelp[name] ?? ""}`);
  return `${command.summary}\n\nusage:\n${lines.join("\n")}\n${options.length ? `\noptions:\n${options.join("\n")}\n` : ""}`;
}

function overview(): string {
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(11)} ${c.summary}`);
  return `conflictwatch: conflict events from reports, for analysts of the Sahel\n\ncommands:\n${rows.join("\n")}\n\nconflictwatch help COMMAND shows a command's options.\n`;
}

/** Runs one command line in-process and returns its exit code (0 ok, 1 some input failed, 2 usage). */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    ctx.stdout.write(topic ? usageOf(topic) : overview());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    ctx.stderr.write(`conflictwatch: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    ctx.stdout.write(usageOf(command));
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: command.allowPositionals,
      strict: true,
    });
    return await command.run(values, positionals, ctx);
  } catch (error) {
    return reportError(error, command, ctx);
  }
}

function reportError(error: unknown, command: CliCommand, ctx: CliContext): number {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    ctx.stderr.write(`conflictwatch ${command.name}: ${(error as Error).message}\n\n${usageOf(command)}`);
    return 2;
  }
  if (error instanceof InputError || error instanceof AppError) {
    ctx.stderr.write(`conflictwatch ${command.name}: ${error.message}\n`);
    return 1;
  }
  throw error;
}
