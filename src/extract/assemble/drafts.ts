import { choosePlace, isAreaLevel } from "./event-place.js";
import type { SentenceFacts } from "./sentence-facts.js";

/** Sentences that make up one event, the first being the one that reports it. */
export interface Draft {
  sentences: SentenceFacts[];
  /**
   * The sentence just before the first one when it has no event word but names who acted ("French
   * forces conducted air-ground operations near Kome. Several bodies of militants were left
   * behind."): roles may take the perpetrator from it when the event sentence names none.
   */
  lead?: SentenceFacts;
}

/**
 * Words that open a report of a different incident. "A second attack" is one; "a third went missing",
 * "a second soldier died" count one more victim of the same.
 */
const NEW_INCIDENT = /^(?:["“]?\s*)(?:another|separately|meanwhile|elsewhere|in\s+(?:another|a\s+separate|a\s+different)|also\s+on|earlier|the\s+same\s+day|the\s+next\s+day|the\s+following\s+day|a\s+(?:second|third)(?!\s+(?:one|person|man|woman|child|victim|soldier|gendarme|civilian|policeman|passenger|hostage|was|were|went|died|succumbed|is|had|has|remains?|later)\b)|par\s+ailleurs|dans\s+un\s+autre|une\s+autre|un\s+autre|ailleurs)\b/i;

/** Trigger kinds that report something by themselves; the rest ("video", "announced", "dead") need an actor too. */
const SELF_STANDING = new Set(["suicide", "ied", "air", "shelling", "grenade", "sexual", "overtake", "regain", "abduct", "ambush", "clash", "overrun", "kill", "attack", "loot", "mob", "riot", "protest", "arrest", "disrupted"]);

/** "Signed a peace accord": the signing is the event, whoever the signatories were. */
const SIGNED = /^sign/i;

/** Protest words specific enough to report a protest with no one named ("A march for peace was organised"). */
const PROTEST_WORDS = /^(?:(?:to\s+)?protest|demonstrat|sit-?in|march|rall|took\s+to\s+the\s+streets|manifest|grève|strike)/i;

/**
 * A sentence that reports an event by itself: a trigger, someone involved (or a self-evident
 * trigger: an explosion, a protest), and something that pins it down (a place, a date, a count).
 * A brief dispatch (one short paragraph) needs no pin: its whole text is the report.
 */
export function isEventSentence(sf: SentenceFacts, brief = false): boolean {
  if ((sf.background && !trailingBackground(sf)) || sf.triggers.length === 0) return false;
  if (sf.quoted) return false;
  const hasActor = sf.actors.length > 0 || sf.triggers.some((t) => (t.value.kind === "protest" && PROTEST_WORDS.test(t.text)) || (t.value.kind === "agreement" && SIGNED.test(t.text)) || (t.value.kind === "change" && /^(?:curfew|state\s+of\s+emergency|couvre-feu|état\s+d)/i.test(t.text)));
  const standing = sf.triggers.some((t) => SELF_STANDING.has(t.value.kind));
  if (!hasActor && !(standing && (sf.fatalities.length > 0 || ["ied", "air", "shelling", "suicide", "grenade"].some((k) => sf.triggers.some((t) => t.value.kind === k))))) return false;
  return brief || hasAnchor([sf]);
}

/** Words that open a clause giving the context of what the main clause reports. */
const CONTEXT_CLAUSE = /\b(?:amid|amidst|after|following|which|who|due\s+to|in\s+response\s+to|in\s+reaction\s+to|in\s+the\s+wake\s+of|against|dans\s+un\s+contexte|sur\s+fond|alors\s+que|qui|après)\b/i;

/**
 * "On 6 May, women marched in Dori in support of the army amid an increase in attacks": a dated
 * report whose trend wording comes in a later clause (after its event word) still reports an event.
 */
function trailingBackground(sf: SentenceFacts): boolean {
  const at = sf.backgroundStart;
  const first = sf.triggers[0];
  if (at === undefined || !first || first.end > at) return false;
  if (!sf.dates.some((d) => d.start < first.start && d.value.date !== null && d.value.precision === "day")) return false;
  const between = sf.text.slice(first.end - sf.sentence.start, at - sf.sentence.start);
  return CONTEXT_CLAUSE.test(between);
}

/**
 * "Fighting broke out at dawn in Bangassi. It pitted soldiers against a village defence
 * group": an event word pinned to a place or date, whose sides the next sentence names.
 */
function actorInNextSentence(sf: SentenceFacts, following: SentenceFacts[], brief: boolean): boolean {
  if (sf.background || sf.quoted || sf.actors.length > 0) return false;
  if (!sf.triggers.some((t) => SELF_STANDING.has(t.value.kind))) return false;
  if (!(brief || hasAnchor([sf]))) return false;
  // the next sentence, or the one after a sentence with no event word ("The target was not named.")
  for (const next of following.slice(0, 2)) {
    if (next.background || next.quoted || next.sentence.paragraph !== sf.sentence.paragraph) return false;
    if (next.actors.length > 0) return true;
    if (next.triggers.length > 0) return false;
  }
  return false;
}

/** A place below the country, a date, or a count: what makes a sentence about one incident. */
export function hasAnchor(sentences: SentenceFacts[]): boolean {
  return sentences.some(
    (sf) => sf.places.some((p) => p.value.kindHint !== "country") || sf.dates.length > 0 || sf.fatalities.length > 0,
  );
}

function placeNames(sentences: SentenceFacts[]): Set<string> {
  const names = new Set<string>();
  for (const sf of sentences) for (const p of sf.places) {
    names.add(p.value.name.toLowerCase());
    for (const q of p.value.qualifiers) names.add(q.toLowerCase());
    if (p.value.secondary) names.add(p.value.secondary.toLowerCase());
  }
  return names;
}

/** Does the sentence name a place other than the draft's (the draft being already placed at a settlement)? */
function conflictingPlace(draft: Draft, sf: SentenceFacts): boolean {
  const current = choosePlace(draft.sentences)?.value ?? null;
  const own = choosePlace([sf])?.value ?? null;
  if (!own || own.kindHint === "country") return false;
  const known = placeNames(draft.sentences);
  if (known.has(own.name.toLowerCase())) return false;
  if (current === null) return false;
  if (isAreaLevel(current) && !isAreaLevel(own)) return false;
  if (!isAreaLevel(current) && isAreaLevel(own)) return false;
  return true;
}

function conflictingDate(draft: Draft, sf: SentenceFacts): boolean {
  const mine = draft.sentences.flatMap((s) => s.dates).find((d) => d.value.date !== null)?.value.date ?? null;
  const theirs = sf.dates.find((d) => d.value.date !== null)?.value.date ?? null;
  return mine !== null && theirs !== null && mine !== theirs && sf.triggers.length > 0 && !/^\s*(?:on\s+)?(?:the\s+)?(?:next|following|previous)\b/i.test(sf.text);
}

/**
 * Groups sentences into drafts: an event sentence opens one, and the sentences right after it
 * join it while they go on about the same incident (no new place, no other date, no "Another...").
 * Crossing a paragraph is allowed after a headline, or for a sentence naming the draft's place.
 */
export function buildDrafts(all: SentenceFacts[]): Draft[] {
  const brief = all.length > 0 && all.length <= 4 && all[all.length - 1].sentence.end - all[0].sentence.start <= 700 && all.every((s) => s.sentence.paragraph === all[0].sentence.paragraph);
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let last = -1;
  for (let i = 0; i < all.length; i++) {
    const sf = all[i];
    // empty lines ("Date:") between a headline and its lede do not break the chain
    if (current && i === last + 1 && sf.triggers.length === 0 && sf.actors.length === 0 && sf.places.length === 0 && sf.fatalities.length === 0 && sf.dates.length === 0 && sf.text.length < 40) {
      last = i;
      continue;
    }
    if (current && i === last + 1 && !sf.background && continues(current, sf)) {
      current.sentences.push(sf);
      last = i;
      continue;
    }
    // "... The toll could still rise. JNIM claimed responsibility.": a claim with no event of its own, later in
    // the paragraph, is about the incident just told, whatever comment came between
    if (current && claimOnly(sf) && sf.sentence.paragraph === current.sentences[current.sentences.length - 1].sentence.paragraph && !NEW_INCIDENT.test(sf.text)) {
      current.sentences.push(sf);
      last = i;
      continue;
    }
    if (isEventSentence(sf, brief) || actorInNextSentence(sf, all.slice(i + 1, i + 3), brief)) {
      const before = i > 0 ? all[i - 1] : undefined;
      current = before && isLeadIn(before, sf, i - 1 <= last) ? { sentences: [sf], lead: before } : { sentences: [sf] };
      drafts.push(current);
      last = i;
      continue;
    }
  }
  return drafts;
}

/** A sentence that only relays a group's claim: a claim cue and a named group, no event word. */
function claimOnly(sf: SentenceFacts): boolean {
  return sf.triggers.length === 0 && !sf.quoted && sf.verification.some((v) => v.value.kind === "claim" && !v.value.claimant) && sf.actors.some((a) => a.value.sense.entry.specificity >= 3);
}

/**
 * The sentence before an event sentence, in its paragraph, that names someone: a lead-in that reports
 * nothing by itself (no event word, or nothing that pins it down), or the previous event's sentence when the new one names no one ("Gendarmes arrested
 * twelve men in Bomoana. Seven were executed outside the village.").
 */
function isLeadIn(sf: SentenceFacts, next: SentenceFacts, inDraft: boolean): boolean {
  if (sf.sentence.paragraph !== next.sentence.paragraph || sf.background || sf.quoted || sf.actors.length === 0) return false;
  return inDraft ? next.actors.length === 0 : true;
}

function continues(draft: Draft, sf: SentenceFacts): boolean {
  if (NEW_INCIDENT.test(sf.text)) return false;
  if (conflictingPlace(draft, sf) || conflictingDate(draft, sf)) return false;
  const prev = draft.sentences[draft.sentences.length - 1];
  if (prev.sentence.paragraph === sf.sentence.paragraph) return true;
  // a witness quoted right after the account goes on about it
  if (sf.quoted || prev.quoted) return sf.quoted || !isEventSentence(sf) || placeNames(draft.sentences).has(choosePlace([sf])?.value.name.toLowerCase() ?? "");
  const headlineOnly = draft.sentences.length === 1 && prev.sentence.index === 0;
  if (headlineOnly) return true;
  if (sf.triggers.length === 0 && sf.fatalities.length === 0) return false;
  const known = placeNames(draft.sentences);
  return sf.places.some((p) => known.has(p.value.name.toLowerCase()));
}
