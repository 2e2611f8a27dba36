/**
 * Wording the event builder reads to settle who did what to whom: crowds and what they do,
 * who the dead were, defence, crossfire, infighting. Patterns only; the decisions are in to-event.ts.
 */
import type { SentenceFacts } from "./sentence-facts.js";
import { blankSpans } from "../text/blank-spans.js";

/** Civilians defending themselves. */
export const DEFENCE = /\b(?:repell?ed|repulsed|fended\s+off|fought\s+(?:off|back)|retaliated|exchanged\s+(?:gun)?fire|returned\s+fire|resisted)\b/i;

/** Words for a crowd of residents: when they are the ones acting, the event is a riot. */
export const CROWD = /^(?:residents|locals|local\s+residents|villagers|population|youths?|crowd|angry\s+crowd|mob|inhabitants|demonstrators|protesters|protestors|rioters|habitants|population|foule|jeunes)$/i;

/** Civilian vehicles and passers-by (not army or UN ones) hit by explosives. */
export const CIVILIAN_OBJECT = /(?<!\b(?:army|military|minusma|fama|un|police|convoy|armou?red)\s)\b(?:vehicles?|bus|buses|trucks?|cars?|tricycles?|carts?|motorbikes?|motorcycles?|passengers?|passers-by|market|traders?)\b/i;

export const VIOLENT_KINDS = new Set(["attack", "kill", "abduct", "loot", "sexual"]);

export const STATE_SPEAKS = /\b(?:army|military|armed\s+forces|air\s+force|general\s+staff|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|l['’]armée|état-major)\b[^.]{0,40}?\b(?:said|says|announced|stated|reported|claimed|a\s+annoncé|annonce|indique|a\s+indiqué)\b/iu;

export const CROWD_VIOLENCE = /\b(?:youths?|residents|villagers|inhabitants|locals|population|crowds?|mob|students|pupils|traders|merchants|butchers|women|people|protesters|demonstrators|activists|supporters|partisans)\b(?:(?!\bby\b)[^.;:]){0,80}?\b(?:burn(?:ed|t)|ransack(?:ed)?|beat|beaten\s+up|stoned|set\s+(?:fire|ablaze)|torched|vandali[sz]ed|fought|assaulted|lynched|attacked|stormed|took\s+(?:\w+\s+)?hostage|held\s+(?:\w+\s+)?hostage|kidnapped|broke\s+(?:\w+\s+){0,2}windows|smashed)\b/i;
export const ARMED_CROWD = /\b(?:armed|rifles?|guns?|gunmen|gunshots?|firearms?|shotguns?|hunting\s+weapons?|dozos?|militia(?:men)?)\b/i;

/**
 * Whether the sentence gives the crowd arms. The names of armed groups it mentions are not the crowd's
 * arms ("residents ransacked the base of the Ganda Izo militia"), so they are blanked before looking.
 */
export function crowdIsArmed(sf: SentenceFacts): boolean {
  const groups = sf.actors.filter((a) => ![5, 6, 7].includes(a.value.sense.entry.inter));
  const t = blankSpans(sf.text, groups.map((a) => ({ start: a.start - sf.sentence.start, end: a.end - sf.sentence.start })));
  // "burned a lorry of the militia": a group already named, referred to again, is not the crowd's either
  // ...and sticks or stones are no arms: "traders armed with sticks beat a thief" are a mob
  return ARMED_CROWD.test(t.replace(/\bthe\s+militia(?:men)?\b/gi, "").replace(/\barmed\s+(?:only\s+)?with\s+(?:sticks|clubs|stones|rocks|cudgels|batons|whips)\b/gi, ""));
}

/** What an unarmed crowd does to people or property. */
export const MOB_ACT = /\b(?:beat(?:en)?\s+up|beat|lynched|stoned|ransack(?:ed)?|burn(?:ed|t)|set\s+(?:fire|ablaze)|torched|vandali[sz]ed|looted)\b/i;

/** Bystanders caught between the sides: the attack was on the armed side named, not on them. */
export const CROSSFIRE = /(?:cross-?fire|stray\s+bullets?|tirs\s+crois[ée]s|balles?\s+perdues?)\b/giu;

/** Between a toll and the group its dead belonged to: "six people described as", "seven people, including five". */
export const DEAD_WERE = /^[\s,]*(?:(?:who\s+(?:were|was)\s+)?(?:described|identified|presented)\s+as|(?:said|believed|reported)\s+to\s+(?:be|have\s+been)|including(?:\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))?)\s+(?:(?:the|an?)\s+)?$/i;

/** Fighting within one group. */
export const INFIGHTING = /(?:clash(?:ed|es)?|fought|fighting|exchanged\s+fire)\s+(?:with|against)\s+each\s+other\b|among\s+themselves\b|(?:internal|intra-group)\s+(?:dispute|fighting|clash(?:es)?|rift|feud|quarrel)\b|infighting\b|entre\s+eux\b/giu;

/** Words for the dead that say nothing of who they were: "three people", "one person", "deux personnes". */
export const NEUTRAL_DEAD = /^(?:(?:at\s+least|some|about|around|over|more\s+than|au\s+moins|une?|\d+|[a-z]+)\s+)*(?:people|persons?|individuals?|personnes?|individus?)\b/iu;

/** "killed amid intercommunal violence between ...": the event is part of the fighting (not "the area saw communal violence"). */
export const COMMUNAL_VIOLENCE = /\b(?:amid|amidst|during|following|after|in)\s+(?:(?:an?|the|renewed|new)\s+)?(?:inter-?communal|communal)\s+(?:violence|clash|fighting|conflict)|\b(?:lors|sur\s+fond)\s+(?:de|d['’])\s*(?:violences?|affrontements?)\s+intercommunautaires?\b/i;

/** Forces that faced a riot, beyond stepping in: clashes, stones thrown at them, an officer killed, a unit driven off. */
export const FORCES_FACED = /\b(?:clash(?:es|ed)?\s+(?:\w+\s+){0,4}(?:with|between)|confrontations?\s+with|(?:attempted|tried)\s+to\s+disperse|stones?\s+at|attacked\s+the\s+(?:police|gendarmes?|soldiers|security)|forced\s+the\s+(?:\w+\s+){0,2}(?:unit|police|gendarmes?|soldiers|army)|(?:killed|wounded|injured|beat)\s+(?:the|a|an|two|three|\d+)\s+(?:\w+\s+)?(?:police|policem[ae]n|gendarmes?|soldiers?|officers?)|(?:police|gendarmes|soldiers|security\s+forces)\s+(?:\w+\s+){0,2}(?:resorted|shot|fired|killed|wounded))/i;

/** Words only armed men are called, never a crowd ("unknown attackers clashed with soldiers"). */
export const ARMED_WORDS = /\b(?:gunmen|assailants|attackers|militants|jihadists|terrorists|insurgents|armed\s+(?:men|individuals|group))\b/i;

/** Measures only a government takes: curfews, states of emergency, bans on traffic. */
export const STATE_MEASURE = /\b(?:curfews?|state\s+of\s+emergency|traffic\s+ban|couvre-feux?|état\s+d['’]urgence)\b/iu;

/** "pupils closed down the prefect's office": a crowd shutting a public office, a form of protest. */
export const CROWD_CLOSURE = /\b(?:residents|locals|villagers|inhabitants|population|youths?|students|pupils|teachers|traders|workers|parents)\b[^.;]{0,80}?\b(?:closed|shut)\s+down\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:town\s+hall|city\s+hall|offices?|prefecture|high\s+commission|court(?:house)?|directorate|mairie)\b/i;

/**
 * Whether a /g pattern written without its leading \b matches at the start of a word. A leading
 * assertion keeps V8 from skipping ahead to the pattern's first letters, so it tries every position
 * of the text (about 30 times slower on an article); the word start is checked here instead.
 */
export function matchesAtWordStart(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index === 0 || !/[\p{L}\p{N}_]/u.test(text[m.index - 1])) return true;
    pattern.lastIndex = m.index + 1;
  }
  return false;
}
