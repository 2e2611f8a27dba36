import type { AlertCriteria } from "../domain/alerts.js";
import type { ActorRef, ConflictEvent } from "../domain/event.js";
import { isInArea } from "./area.js";
import { foldText } from "./fold-text.js";

export function actorsOf(event: ConflictEvent): ActorRef[] {
  return [event.actor1, event.actor2, ...(event.assoc_actors ?? [])].filter((a): a is ActorRef => a != null);
}

/** Whether the actor's short or ACLED name contains the wanted name (case and accents ignored). */
export function actorMatches(actor: ActorRef, wanted: string): boolean {
  const w = foldText(wanted.trim());
  if (!w) return false;
  return foldText(actor.name).includes(w) || foldText(actor.acled_name ?? "").includes(w);
}

/** The text a keyword may appear in: notes, place, source titles and every evidence quote. */
function searchableText(event: ConflictEvent): string {
  const parts: string[] = [event.notes ?? "", event.location?.name ?? ""];
  for (const source of event.sources ?? []) {
    parts.push(source.title ?? "", source.values?.notes ?? "");
    for (const ev of source.evidence ?? []) parts.push(ev.text);
  }
  return foldText(parts.join("\n"));
}

/** Whole-word (or whole-phrase) match, so "mine" does not fire on "determined". */
function containsKeyword(haystack: string, keyword: string): boolean {
  const k = foldText(keyword.trim());
  if (!k) return false;
  const escaped = k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(haystack);
}

/** Every criterion given must hold; within one list, any item is enough. */
export function matchesCriteria(event: ConflictEvent, criteria: AlertCriteria, options: { ignoreArea?: boolean } = {}): boolean {
  if (event.review_status === "rejected") return false;
  if (criteria.area && !options.ignoreArea && !isInArea(event.location, criteria.area)) return false;
  if (criteria.actors?.length) {
    const actors = actorsOf(event);
    if (!criteria.actors.some((w) => actors.some((a) => actorMatches(a, w)))) return false;
  }
  if (criteria.eventTypes?.length) {
    const wanted = criteria.eventTypes.map((t) => foldText(t));
    if (!wanted.includes(foldText(event.event_type)) && !wanted.includes(foldText(event.sub_event_type))) return false;
  }
  if (criteria.minFatalities != null && criteria.minFatalities > 0) {
    if ((event.fatalities?.best ?? 0) < criteria.minFatalities) return false;
  }
  if (criteria.verification?.length && !criteria.verification.includes(event.verification)) return false;
  if (criteria.keywords?.length) {
    const text = searchableText(event);
    if (!criteria.keywords.some((k) => containsKeyword(text, k))) return false;
  }
  return true;
}
