import type { ExtractedEvent } from "../../domain/index.js";

function key(e: ExtractedEvent): string {
  return [e.sub_event_type, e.actor1?.acled_name ?? "", e.actor2?.acled_name ?? "", e.place?.name.toLowerCase() ?? "", e.event_date ?? ""].join("|");
}

/** Restated sentences that produce the same event collapse into the first; evidence is kept from both. */
export function dropDuplicates(events: ExtractedEvent[]): ExtractedEvent[] {
  const byKey = new Map<string, ExtractedEvent>();
  const out: ExtractedEvent[] = [];
  for (const e of events) {
    const k = key(e);
    const first = byKey.get(k);
    if (first && e.place !== null) {
      first.evidence.push(...e.evidence);
      first.end = Math.max(first.end, e.end);
      continue;
    }
    byKey.set(k, e);
    out.push(e);
  }
  return out;
}
