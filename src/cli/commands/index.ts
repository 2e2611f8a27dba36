import type { CliCommand } from "../command.js";
import { command as alerts } from "./alerts.js";
import { command as copy } from "./copy.js";
import { command as sources } from "./sources.js";
import { command as watch } from "./watch.js";
import { command as worker } from "./worker.js";
import { command as report } from "./report.js";
import { command as evaluate } from "./eval.js";
import { command as events } from "./events.js";
import { command as extract } from "./extract.js";
import { command as ingest } from "./ingest.js";
import { command as migrate } from "./migrate.js";
import { command as reextract } from "./reextract.js";
import { command as serve } from "./serve.js";
import { command as start } from "./start.js";

/** Every command, in the order `conflictwatch help` lists them. */
export const COMMANDS: CliCommand[] = [start, ingest, extract, events, serve, alerts, report, reextract, migrate, copy, sources, watch, worker, evaluate];
