import type { CliCommand } from "../command.js";
import { command as events } from "./events.js";
import { command as extract } from "./extract.js";
import { command as ingest } from "./ingest.js";
import { command as migrate } from "./migrate.js";
import { command as reextract } from "./reextract.js";

/** Every command, in the order `conflictwatch help` lists them. */
export const COMMANDS: CliCommand[] = [ingest, extract, events, reextract, migrate];
