import { loadServices, reextractDocuments } from "../../pipeline/index.js";
import type { CliCommand } from "../command.js";
import { ProgressLine } from "../progress.js";
import { DB_OPTION, DB_OPTION_HELP, withStore } from "../store-session.js";

export const command: CliCommand = {
  name: "reextract",
  summary: "run the current extraction rules again over stored documents (analysts' edits are kept)",
  usage: ["reextract [DOCUMENT_ID...] [--db LOCATION]"],
  options: { ...DB_OPTION },
  optionHelp: { ...DB_OPTION_HELP },
  allowPositionals: true,
  async run(values, positionals, ctx) {
    const services = loadServices();
    const bar = new ProgressLine(ctx.stderr);
    const summary = await withStore(values, ctx, (store) =>
      reextractDocuments(store, services, positionals.length > 0 ? positionals : undefined, (done, total) =>
        bar.update(done, total, "documents"),
      ),
    );
    bar.clear();
    ctx.stdout.write(`re-extracted ${summary.documents} documents: events ${summary.eventsNew} new, ${summary.eventsMerged} merged\n`);
    return 0;
  },
};
