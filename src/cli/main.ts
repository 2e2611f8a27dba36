#!/usr/bin/env node
// The `conflictwatch` executable: everything it does lives in run-cli.ts, which tests call in-process.
import "./regexp-compilation.js";
import { runCli } from "./run-cli.js";

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
