import type { AlertMaterialState } from "../domain/alerts.js";
import type { ConflictEvent, Verification } from "../domain/event.js";

/**
 * How firmly an event is known. "disputed" ranks with "reported": reports exist but
 * disagree; it is still a material change when an event becomes disputed.
 */
const VERIFICATION_RANK: Record<Verification, number> = {
  unverified: 0,
  claimed: 1,
  reported: 2,
  disputed: 2,
  confirmed: 3,
};

export function materialStateOf(event: ConflictEvent): AlertMaterialState {
  return { fatalities: event.fatalities?.best ?? null, verification: event.verification ?? null };
}

/**
 * What changed materially since the state an alert was last sent in: more fatalities,
 * firmer verification, or reports now disputing it. Empty when nothing did: no new alert.
 */
export function materialChanges(previous: AlertMaterialState, current: AlertMaterialState): string[] {
  const changes: string[] = [];
  const before = previous.fatalities ?? 0;
  const after = current.fatalities ?? 0;
  if (after > before) changes.push(`fatalities ${previous.fatalities ?? "none stated"} → ${after}`);
  const vBefore = previous.verification;
  const vAfter = current.verification;
  if (vAfter && vBefore !== vAfter) {
    const firmer = vBefore == null || VERIFICATION_RANK[vAfter] > VERIFICATION_RANK[vBefore];
    if (firmer || vAfter === "disputed") changes.push(`verification ${vBefore ?? "unknown"} → ${vAfter}`);
  }
  return changes;
}
