import type { Store } from "../domain/index.js";
import { openAlertsSession } from "../pipeline/index.js";
import type { CliContext } from "./command.js";

/**
 * Checks alert rules against the events an ingest stored or changed, and says
 * what fired. Alert delivery problems are logged by the alerts module, never
 * fatal: an ingest must not fail because a webhook is down.
 */
export async function checkAlertsAfterIngest(location: string, store: Store, eventIds: string[], ctx: CliContext): Promise<void> {
  if (eventIds.length === 0) return;
  const session = await openAlertsSession(location, store, ctx.env);
  try {
    const result = await session.check(eventIds);
    if (result.fired.length > 0) {
      const updates = result.fired.filter((a) => a.kind === "update").length;
      ctx.stdout.write(`alerts: ${result.fired.length - updates} fired, ${updates} updates\n`);
    }
  } finally {
    await session.close();
  }
}
