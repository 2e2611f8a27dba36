import type { ExtractedEvent, PlaceMention, PlaceNameIndex } from "../../domain/index.js";
import { composeNotes } from "../assemble/notes.js";

const WORD = "[\\p{Lu}][\\p{L}'’]*(?:-[\\p{L}\\p{N}'’]+)*";
const NAME = `${WORD}(?:[ \\t]${WORD}){0,2}`;
/** ", Kobou, and Sira" / " and Sira" / " & Sira" right after a place: the other places of a list. */
const LIST_TAIL = new RegExp(`^((?:\\s*,\\s*${NAME})*)\\s*,?\\s+(?:and|&|et)\\s+(${NAME})`, "u");
const LIST_ITEM = new RegExp(NAME, "gu");
/** "the villages of", "the areas": a plural place noun that vouches for every name listed after it. */
const PLURAL_NOUN = /^(?:the\s+)?(?:villages|hamlets|localities|areas|towns|communes|villages|localités|hameaux)(?![\p{L}])/iu;
/** More than this and the list is a region's places, not the event's. */
const MAX_PLACES = 5;

/**
 * "attacked the villages of Wendou and Kobou", "airstrikes in the areas of Wendou, Kobou, and
 * Sira", "police stations at Wendou and Kobou": one event per place, as ACLED codes an event at
 * each location it names (a toll the report gives once stays with each, as written). Only a list
 * written right after the event's own place, of names the gazetteer knows, splits.
 */
export function splitListedPlaces(events: ExtractedEvent[], index: PlaceNameIndex, text: string): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  for (const e of events) {
    out.push(e);
    const p = e.place;
    if (!p || p.kindHint === "country" || p.relation === "between" || p.relation === "axis" || p.secondary !== null) continue;
    // the list starts right after the name: "the areas of Wendou, Kobou, and Sira" may have read Kobou as Wendou's qualifier
    const at = p.text.lastIndexOf(p.name);
    const nameEnd = at >= 0 ? p.start + at + p.name.length : p.end;
    const tail = LIST_TAIL.exec(text.slice(nameEnd, nameEnd + 200));
    if (!tail) continue;
    const names = [...(tail[1].match(LIST_ITEM) ?? []), tail[2]];
    if (names.length + 1 > MAX_PLACES) continue;
    // every listed name must be a known place (or follow a plural place noun: "the villages of"), no country and no name already given
    const placesNoun = PLURAL_NOUN.test(p.text);
    const known = (n: string): boolean => (placesNoun || index.has(n)) && !index.kinds(n).includes("country") && n.toLowerCase() !== p.name.toLowerCase();
    if (!names.every(known)) continue;
    const listed = new Set(names.map((n) => n.toLowerCase()));
    const qualifiers = p.qualifiers.filter((q) => !listed.has(q.toLowerCase()));
    if (qualifiers.length !== p.qualifiers.length) e.place = { ...p, qualifiers };
    let from = nameEnd;
    for (const name of names) {
      const start = text.indexOf(name, from);
      from = start + name.length;
      const place: PlaceMention = { ...p, name, text: name, start, end: start + name.length, qualifiers, secondary: null };
      const evidence = [...e.evidence.filter((x) => x.field !== "location"), { field: "location", text: name, start, end: start + name.length, rule: p.rule, stated: true }];
      const dateStated = evidence.some((x) => x.field === "event_date" && x.stated);
      const { notes: _n, place: _p, start: _s, end: _e, evidence: _ev, ...values } = e;
      out.push({ ...e, place, evidence, notes: composeNotes(values, place, dateStated) });
    }
  }
  return out;
}
