import type { ExtractedEvent } from "../../domain/index.js";
import type { Draft } from "../assemble/drafts.js";
import { isAreaLevel } from "../assemble/event-place.js";

/** "The raid on Tangaye...", "The deadliest of these assaults...": a sentence going back to an event already reported. */
const DEFINITE = /^(?:["“]?\s*)(?:the|this|that|ce(?:tte)?|l['’])\s+(?:(?:[\p{L}-]+)\s+){0,4}?(?:attack|assault|clash|incidents?|raid|ambush|fighting|violence|killings?|massacre|offensive|operation|attaque|assaut|affrontement|embuscade|incident)s?\b|^(?:the|le|la)\s+(?:most|plus)\s+(?:lethal|deadly|serious|meurtri(?:er|ère))/iu;

function compatibleActor(a: ExtractedEvent["actor1"], b: ExtractedEvent["actor1"]): boolean {
  if (a === null || b === null) return true;
  if (a.acled_name === b.acled_name) return true;
  return a.acled_name.startsWith("Unidentified Armed Group") || b.acled_name.startsWith("Unidentified Armed Group");
}

function compatiblePlace(x: ExtractedEvent, y: ExtractedEvent): boolean {
  if (x.place === null || y.place === null) return true;
  if (x.place.name.toLowerCase() === y.place.name.toLowerCase()) return true;
  return isAreaLevel(x.place) || isAreaLevel(y.place);
}

/** Whether the later draft/event refers back to the earlier one and may join it. */
export function refersBack(x: ExtractedEvent, y: ExtractedEvent, yDraft: Draft): boolean {
  if (!DEFINITE.test(yDraft.sentences[0].text)) return false;
  if (x.event_type !== y.event_type && x.event_type !== "Strategic developments" && y.event_type !== "Strategic developments") return false;
  if (!compatibleActor(x.actor1, y.actor1) || !compatibleActor(x.actor2, y.actor2)) return false;
  if (x.event_date && y.event_date && x.event_date !== y.event_date && x.date_precision === "day" && y.date_precision === "day") return false;
  return compatiblePlace(x, y);
}
