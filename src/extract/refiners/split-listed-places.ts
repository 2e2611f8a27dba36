import type { ExtractedEvent, PlaceMention, PlaceNameIndex } from "../../domain/index.js";
import { isAreaOnly } from "../assemble/event-place.js";
import { atPlace, withNotes } from "./event-at-place.js";

const WORD = "[\\p{Lu}][\\p{L}'’]*(?:-[\\p{L}\\p{N}'’]+)*";
const NAME = `${WORD}(?:[ \\t]${WORD}){0,2}`;
/** ", Kobou, and Sira" / " and Sira" / " & Sira" right after a place: the other places of a list. */
const LIST_TAIL = new RegExp(`^((?:\\s*,\\s*${NAME})*)\\s*,?\\s+(?:and|&|et)\\s+(${NAME})`, "u");
const LIST_ITEM = new RegExp(NAME, "gu");
/** ", including Wendou, Kobou, and Sira" */
const INCLUDING = new RegExp(`^\\s*,?\\s*(?:including|notamment)\\s+(${NAME}(?:\\s*,\\s*${NAME})*(?:\\s*,?\\s+(?:and|et)\\s+${NAME})?)`, "u");
/** "the villages of", "the areas": a plural place noun that vouches for every name listed after it. */
const PLURAL_NOUN = /^(?:the\s+)?(?:villages|hamlets|localities|areas|towns|communes|localités|hameaux)(?![\p{L}])/iu;
/** "..., while one in Kobou and another in Sira", "4 killed in Wendou and 1 in Kobou": a toll told place by place. */
const COUNT_IN = new RegExp(`(?:,|and|while|also)\\s+(one|two|three|four|five|another|\\d{1,3}(?![\\d]))(?:\\s+(?:more|others?|people|civilians|individuals|persons|soldiers))?\\s+(?:in|at)\\s+(${NAME})`, "gu");
/** More than this and the list is a region's places, not the event's. */
const MAX_PLACES = 5;

/**
 * "attacked the villages of Wendou and Kobou", "airstrikes in the areas of Wendou, Kobou, and
 * Sira", "police stations at Wendou and Kobou": one event per place, as ACLED codes an event at
 * each location it names (a toll the report gives once is shared out: see shareToll). Only a list
 * written right after the event's own place splits, of names the gazetteer knows or that a plural
 * place noun vouches for; an area followed by "including" the places it means gives way to them;
 * a toll told place by place ("three killed in Wendou, while one in Kobou") gives each its event.
 */
export function splitListedPlaces(events: ExtractedEvent[], index: PlaceNameIndex, text: string): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  for (const e of events) {
    const including = e.place && isAreaOnly(e.place, index) ? includedPlaces(e.place, index, text) : [];
    if (including.length > 0) {
      // "villages in Gourma Province including Wendou, Kobou and Sira": the province's named villages are the places
      out.push(...shareToll(including.map(([name, start]) => ({ event: atPlace(e, { ...e.place!, name, text: name, start, end: start + name.length, kindHint: null, qualifiers: [e.place!.name], secondary: null }), own: null }))));
      continue;
    }
    const group: Array<{ event: ExtractedEvent; own: CountedPlace | null }> = [{ event: e, own: null }];
    splitAt(e, index, text, group);
    out.push(...shareToll(group));
  }
  return out;
}

/** The other places of the event's list, each as the event again, appended to `group` (whose first entry is the event itself). */
function splitAt(e: ExtractedEvent, index: PlaceNameIndex, text: string, group: Array<{ event: ExtractedEvent; own: CountedPlace | null }>): void {
  const p = e.place;
  if (!p || p.kindHint === "country" || p.relation === "between" || p.relation === "axis" || p.secondary !== null) return;
  for (const c of countedPlaces(p, index, text)) group.push({ event: atPlace(e, { ...p, name: c.name, text: c.name, start: c.start, end: c.start + c.name.length, qualifiers: [], secondary: null }), own: c });
  // the list starts right after the name: "the areas of Wendou, Kobou, and Sira" may have read Kobou as Wendou's qualifier
  const at = p.text.lastIndexOf(p.name);
  const nameEnd = at >= 0 ? p.start + at + p.name.length : p.end;
  const tail = LIST_TAIL.exec(text.slice(nameEnd, nameEnd + 200));
  if (!tail) return;
  const names = [...(tail[1].match(LIST_ITEM) ?? []), tail[2]];
  if (names.length + 1 > MAX_PLACES) return;
  // every listed name must be a known place (or follow a plural place noun: "the villages of"), no country and no name already given
  const placesNoun = PLURAL_NOUN.test(p.text);
  const known = (n: string): boolean => (placesNoun || index.has(n)) && !index.kinds(n).includes("country") && n.toLowerCase() !== p.name.toLowerCase();
  if (!names.every(known)) return;
  const listed = new Set(names.map((n) => n.toLowerCase()));
  const qualifiers = p.qualifiers.filter((q) => !listed.has(q.toLowerCase()));
  // the event itself (first in the group) loses the listed names from its qualifiers, as a copy: the refiner's input stays as it was
  if (qualifiers.length !== p.qualifiers.length) group[0] = { event: { ...group[0].event, place: { ...p, qualifiers } }, own: null };
  let from = nameEnd;
  for (const name of names) {
    const start = text.indexOf(name, from);
    from = start + name.length;
    group.push({ event: atPlace(e, { ...p, name, text: name, start, end: start + name.length, qualifiers, secondary: null }), own: null });
  }
}

/** "..., including Wendou, Kobou and Sira" right after an area: its first places, with where each starts. */
function includedPlaces(p: PlaceMention, index: PlaceNameIndex, text: string): Array<[string, number]> {
  const m = INCLUDING.exec(text.slice(p.end, p.end + 300));
  if (!m) return [];
  const names = m[1].match(LIST_ITEM) ?? [];
  if (!names.some((n) => index.has(n))) return [];
  const out: Array<[string, number]> = [];
  let from = p.end;
  for (const name of names.slice(0, MAX_PLACES)) {
    const start = text.indexOf(name, from);
    from = start + name.length;
    out.push([name, start]);
  }
  return out;
}

const COUNT_WORDS: Record<string, number> = { one: 1, another: 1, two: 2, three: 3, four: 4, five: 5 };

/** "Three were killed in Wendou, while one in Kobou": the other places of a toll told place by place, in the same sentence, each with its own count. */
function countedPlaces(p: PlaceMention, index: PlaceNameIndex, text: string): CountedPlace[] {
  const rest = text.slice(p.end, p.end + 200);
  const sentenceEnd = /[.!?](?:\s|$)/.exec(rest);
  const span = sentenceEnd ? rest.slice(0, sentenceEnd.index) : rest;
  const out: CountedPlace[] = [];
  for (const m of span.matchAll(COUNT_IN)) {
    const name = m[2];
    if (!index.has(name) || index.kinds(name).includes("country") || name.toLowerCase() === p.name.toLowerCase()) continue;
    const count = COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    const countStart = p.end + m.index + m[0].indexOf(m[1], m[0].search(/\s/));
    out.push({ name, start: p.end + m.index + m[0].length - name.length, count, countText: m[1], countStart });
  }
  return out.slice(0, MAX_PLACES - 1);
}

interface CountedPlace {
  name: string;
  start: number;
  count: number;
  countText: string;
  countStart: number;
}

/**
 * A toll the report gives once for several places is shared out, as ACLED codes a multi-place
 * event: evenly, the remainder to the first place, so that the events' tolls add up to the
 * report's and a map or a trend never counts the dead twice. A place with its own count
 * ("while one in Kobou") keeps it and is left out of the sharing. A shared toll is inferred, not stated.
 */
function shareToll(group: Array<{ event: ExtractedEvent; own: CountedPlace | null }>): ExtractedEvent[] {
  if (group.length < 2) return group.map((g) => g.event);
  const total = group[0].event.fatalities;
  const sharing = group.filter((g) => g.own === null);
  const n = sharing.length;
  const share = (v: number | null, first: boolean): number | null => (v === null ? null : Math.floor(v / n) + (first ? v % n : 0));
  return group.map((g) => {
    const e = g.event;
    if (g.own) {
      const text = g.own.countText;
      const evidence = [...e.evidence.filter((x) => x.field !== "fatalities"), { field: "fatalities", text, start: g.own.countStart, end: g.own.countStart + text.length, rule: "split-listed-places/own-count", stated: true }];
      return withNotes({ ...e, fatalities: { low: g.own.count, best: g.own.count, high: null, text }, evidence });
    }
    if (n < 2 || total.low === null && total.best === null && total.high === null) return e;
    const first = g === sharing[0];
    const fatalities = { ...total, low: share(total.low, first), best: share(total.best, first), high: share(total.high, first) };
    const evidence = e.evidence.map((x) => (x.field === "fatalities" ? { ...x, rule: `${x.rule} (shared by ${n} places)`, stated: false } : x));
    return withNotes({ ...e, fatalities, evidence });
  });
}
