import type { ExtractedEvent } from "../../domain/index.js";
import type { Draft } from "../assemble/drafts.js";
import { isAreaLevel } from "../assemble/event-place.js";
import { composeNotes } from "../assemble/notes.js";
import { draftToEvent, type BuildContext } from "../assemble/to-event.js";
import { refersBack } from "./merge-definite-reference.js";

/**
 * Lede and detail become one event: a later draft that refers back ("The deadliest of these
 * raids hit the village of Tangaye...") joins the earlier one. The joined event
 * is rebuilt from both drafts' sentences; its place is the more precise one, qualified by the
 * area the lede named ("Tangaye", in "Yatenga").
 */
export function mergeLedeAndDetail(drafts: Draft[], ctx: BuildContext): ExtractedEvent[] {
  const built = drafts.map((d) => ({ draft: d, event: draftToEvent(d, ctx) }));
  const out: Array<{ draft: Draft; event: ExtractedEvent }> = [];
  for (const item of built) {
    let target: { draft: Draft; event: ExtractedEvent } | null = null;
    for (let i = out.length - 1; i >= 0; i--) {
      if (refersBack(out[i].event, item.event, item.draft)) {
        target = out[i];
        break;
      }
    }
    if (!target) {
      out.push(item);
      continue;
    }
    const merged: Draft = { sentences: [...target.draft.sentences, ...item.draft.sentences] };
    const event = draftToEvent(merged, ctx);
    const lede = target.event.place;
    const detail = item.event.place;
    if (detail && (lede === null || (isAreaLevel(lede) && !isAreaLevel(detail)))) {
      const qualifiers = detail.qualifiers.length > 0 || lede === null || lede.kindHint === "country" ? detail.qualifiers : [lede.name];
      event.place = { ...detail, qualifiers, countryHint: detail.countryHint ?? lede?.countryHint ?? null };
      const placeEvidence = item.event.evidence.find((e) => e.field === "location");
      event.evidence = event.evidence.filter((e) => e.field !== "location");
      if (placeEvidence) event.evidence.push(placeEvidence);
    }
    const dateStated = event.evidence.some((e) => e.field === "event_date" && e.stated);
    const { notes: _old, place: _p, start: _s, end: _e, evidence: _ev, ...values } = event;
    event.notes = composeNotes(values, event.place, dateStated);
    target.draft = merged;
    target.event = event;
  }
  return out.map((o) => o.event);
}
