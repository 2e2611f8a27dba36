import type { ActorRef, DatePrecision, Evidence, ExtractedEvent, PlaceNameIndex, SubEventType, Weapon } from "../../domain/index.js";
import { eventTypeOf } from "../../domain/index.js";
import type { CompiledLexicons } from "../lexicon/compiled.js";
import type { DateValue } from "../facts.js";
import type { Hit } from "../rule.js";
import { actorRef, jointRef } from "./actor-ref.js";
import { classify } from "./classify.js";
import { claimantIsPerpetrator, readVerification } from "./claim.js";
import { INTERVENTION } from "./classify-wording.js";
import { eventCountry, nationalityBefore } from "./country.js";
import { earlierDateOf } from "./earlier-date.js";
import type { Draft } from "./drafts.js";
import { choosePlace } from "./event-place.js";
import { communalSides, defendingCommunity } from "./communal-clash.js";
import { agreementSides } from "./agreement-sides.js";
import { combineFatalities } from "./fatalities.js";
import { composeNotes } from "./notes.js";
import { assignRoles, mainTrigger, type ActorHitIn } from "./roles.js";
import { localityBefore, namesAnActor } from "../rules/actor/locality.js";
import { DEFENCE, CROWD, CIVILIAN_OBJECT, VIOLENT_KINDS, STATE_SPEAKS, CROWD_VIOLENCE, ARMED_CROWD, MOB_ACT, CROSSFIRE, DEAD_WERE, INFIGHTING, NEUTRAL_DEAD, COMMUNAL_VIOLENCE, FORCES_FACED, ARMED_WORDS, STATE_MEASURE, CROWD_CLOSURE, crowdIsArmed, matchesAtWordStart } from "./event-wording.js";

export interface BuildContext {
  text: string;
  lex: CompiledLexicons;
  publishedAt: string | null;
  places: PlaceNameIndex;
  documentCountry: string | null;
  /** Every date the document states, for events whose own sentences state none. */
  dates: readonly Hit<DateValue>[];
}

function ev(field: string, h: { text: string; start: number; end: number; rule: string }, stated = true): Evidence {
  return { field, text: h.text, start: h.start, end: h.end, rule: h.rule, stated };
}

/** A field's evidence written again: the first line for the field gives way to the new one (a value inferred later replaces the one read). */
function replaceEvidence(evidence: Evidence[], next: Evidence): void {
  const i = evidence.findIndex((e) => e.field === next.field);
  if (i >= 0) evidence.splice(i, 1);
  evidence.push(next);
}

/** Which trigger kinds decide each sub-event type: the event_type evidence is the first such trigger. */
const KINDS_OF: Record<SubEventType, string[]> = {
  "Armed clash": ["clash", "ambush", "overrun", "attack", "kill", "abduct"],
  "Attack": ["attack", "kill", "overrun", "ambush", "abduct", "clash"],
  "Abduction/forced disappearance": ["abduct"],
  "Sexual violence": ["sexual"],
  "Remote explosive/landmine/IED": ["ied"],
  "Air/drone strike": ["air"],
  "Shelling/artillery/missile attack": ["shelling"],
  "Suicide bomb": ["suicide"],
  "Grenade": ["grenade"],
  "Chemical weapon": [],
  "Government regains territory": ["regain", "overtake"],
  "Non-state actor overtakes territory": ["overtake"],
  "Peaceful protest": ["protest"],
  "Protest with intervention": ["protest"],
  "Excessive force against protesters": ["protest"],
  "Violent demonstration": ["riot", "loot", "protest"],
  "Mob violence": ["mob", "riot", "attack", "kill", "loot", "clash"],
  "Looting/property destruction": ["loot"],
  "Arrests": ["arrest"],
  "Disrupted weapons use": ["disrupted"],
  "Agreement": ["agreement"],
  "Non-violent transfer of territory": ["transfer"],
  "Headquarters or base established": ["base"],
  "Change to group/activity": ["change"],
  "Other": ["change"],
};

/** "the army said on Saturday that a strike on Thursday ...": the day of the saying is not the event's. */
const SAYING_BEFORE = /\b(?:said|says|announced|reported|stated|told\s+[\p{L}\s]{1,30}?|claimed|confirmed|declared)\s+(?:on\s+|late\s+|early\s+)?$/iu;

/** The sentence's first date that is not the day a source spoke, when it has another. */
function eventDateOf(dates: readonly Hit<DateValue>[], text: string): Hit<DateValue> | undefined {
  const told = (h: Hit<DateValue>): boolean => SAYING_BEFORE.test(text.slice(Math.max(0, h.start - 50), h.start));
  // only a day replaces it: "reported on 13 December that ... in July" keeps the report's day
  return dates.find((h) => !told(h) && h.value.precision === "day") ?? dates[0];
}

function sameGroup(a: ActorRef, b: ActorRef): boolean {
  return a.acled_name === b.acled_name;
}

/** Turns one draft into an event record with evidence for every field. */
export function draftToEvent(draft: Draft, ctx: BuildContext): ExtractedEvent {
  const { text, lex } = ctx;
  const sentences = draft.sentences;
  const main = sentences[0];
  const evidence: Evidence[] = [];
  const start = main.sentence.start;
  const end = sentences[sentences.length - 1].sentence.end;
  const sentenceEvidence = { text: text.slice(main.sentence.start, main.sentence.end), start: main.sentence.start, end: main.sentence.end };

  // date: the main sentence's best-ranked date, else any sentence's, else one stated just before; else the publication date (inferred)
  const dateHit = eventDateOf(main.dates, text) ?? sentences.flatMap((s) => s.dates)[0] ?? earlierDateOf(ctx.dates, start, text);
  let eventDate: string | null = null;
  let precision: DatePrecision = "unknown";
  let dateStated = true;
  if (dateHit) {
    eventDate = dateHit.value.date;
    precision = dateHit.value.date === null ? "unknown" : dateHit.value.precision;
    evidence.push(ev("event_date", dateHit));
  } else if (ctx.publishedAt) {
    eventDate = ctx.publishedAt;
    precision = "week";
    dateStated = false;
    evidence.push({ field: "event_date", ...sentenceEvidence, rule: "infer/publication-date", stated: false });
  }

  const placeHit = choosePlace(sentences);
  const place = placeHit?.value ?? null;
  if (placeHit) evidence.push(ev("location", { ...placeHit, text: text.slice(placeHit.start, placeHit.end) }));
  const iso3 = eventCountry(place, sentences, ctx.documentCountry, ctx.places);

  const roles = assignRoles(sentences, text, draft.lead);
  // the village named before the ones attacked ("residents of Kobaye repelled ..."): a local militia is named after it
  const targetVillage = (): string | undefined => localityBefore(text, roles.target?.hit.start ?? main.sentence.end, namesAnActor(lex)) ?? undefined;
  const refOf = (h: ActorHitIn): ActorRef => actorRef(lex, h.hit.value.sense, nationalityBefore(h.sf, h.hit.start) ?? iso3, eventDate);
  const trig = mainTrigger(main);
  let kinds = new Set(main.triggers.map((t) => t.value.kind));
  if (![...kinds].some((k) => k !== "change" && k !== "agreement")) kinds = new Set(sentences.flatMap((s) => (s.quoted ? [] : s.triggers.map((t) => t.value.kind))));
  // a robbery or an arrest that the next sentences say turned violent ("passengers who resisted were wounded")
  else if (main.triggers.every((t) => t.value.weight < 50)) for (const sf of sentences.slice(1)) if (!sf.quoted) for (const t of sf.triggers) if (t.value.weight >= 50) kinds.add(t.value.kind);
  // a protest whose next sentences tell of barricades, burning tyres or stones turned violent
  if (kinds.has("protest")) for (const sf of sentences.slice(1)) if (!sf.quoted) for (const t of sf.triggers) if (t.value.kind === "riot") kinds.add("riot");

  let actor1: ActorRef | null = roles.perpetrator ? refOf(roles.perpetrator) : null;
  if (actor1 && roles.joint) actor1 = jointRef(actor1, refOf(roles.joint));
  let actor2: ActorRef | null = roles.target ? refOf(roles.target) : null;
  if (actor2 && roles.targetJoint) actor2 = jointRef(actor2, refOf(roles.targetJoint));
  if (roles.perpetrator) evidence.push(ev("actor1", roles.perpetrator.hit));
  if (roles.target) evidence.push(ev("actor2", roles.target.hit));

  const fat = combineFatalities(sentences);
  for (const h of fat.hits) evidence.push(ev("fatalities", h));

  // violence by a crowd of residents ("youths burnt a bar", "locals beat up two suspects") is mob violence
  const subject = roles.perpetrator === null && trig ? main.actors.find((a) => a.end <= trig.start && CROWD.test(a.text)) : undefined;
  const crowdAgainstArmed = subject !== undefined && actor2 !== null && actor2.inter >= 2 && actor2.inter <= 4;
  // residents who beat up, ransack or burn what belongs to armed men, with no arms of their own: a mob
  const unarmedMob = crowdAgainstArmed && MOB_ACT.test(main.text) && !crowdIsArmed(main) && !DEFENCE.test(main.text);
  if (unarmedMob && !roles.passive) kinds.add("mob");
  else if (crowdAgainstArmed && !roles.passive) {
    // villagers fighting an armed group act as a communal militia
    const militia = lex.actorById.get("communal-militia");
    // ...named after their village, as ACLED names local militias ("Kobaye Communal Militia")
    if (militia) actor1 = actorRef(lex, { entry: militia, country: null, locality: targetVillage() }, iso3, eventDate);
    kinds.add("clash");
  } else if (subject && !roles.passive && [...kinds].some((k) => k === "loot" || k === "attack" || k === "kill" || k === "mob") && !kinds.has("protest") && !kinds.has("riot")) kinds.add("mob");

  // stones and burning tyres thrown by "unknown individuals" are a riot, not an armed group's attack
  // ...but "unknown attackers clashed with soldiers" are armed men fighting, not a crowd
  const armedWords = roles.perpetrator !== null && ARMED_WORDS.test(roles.perpetrator.hit.text);
  if (kinds.has("riot") && actor1 && actor1.acled_name.startsWith("Unidentified Armed Group") && !kinds.has("kill") && !kinds.has("abduct") && !armedWords) actor1 = null;
  if (kinds.has("riot") && armedWords && actor1 && actor1.acled_name.startsWith("Unidentified Armed Group") && !kinds.has("protest")) {
    kinds.delete("riot");
    kinds.add("clash");
  }

  // residents or pupils who shut an office or a town hall are protesting, not changing anything themselves
  if (actor1 === null && /\b(?:closed|shut)\s+down\b/i.test(main.text) && CROWD_CLOSURE.test(main.text) && ![...kinds].some((k) => VIOLENT_KINDS.has(k) || k === "riot" || k === "mob")) kinds = new Set(["protest"]);
  // protests and riots: the crowd is actor 1, and forces that intervene are actor 2
  const beforeCrowd = { actor1, actor2 };
  let crowdInferred = false;
  const protestish = kinds.has("protest") || kinds.has("riot") || kinds.has("mob");
  const armedNonState = actor1 !== null && actor1.inter >= 2 && actor1.inter <= 4 && !kinds.has("protest");
  if (protestish && !armedNonState && !(actor1 && actor1.inter === 1 && !kinds.has("protest") && !kinds.has("riot"))) {
    const crowd = kinds.has("riot") || kinds.has("mob") ? "rioters" : "protesters";
    const entry = lex.actorById.get(crowd);
    if (entry) {
      const crowdRef = actorRef(lex, { entry, country: null }, iso3, eventDate);
      if (actor1 === null || actor1.inter !== crowdRef.inter) {
        if (actor1 && actor1.inter !== 7 && actor1.inter !== 6) actor2 = actor1;
        actor1 = crowdRef;
        crowdInferred = true;
        evidence.push({ field: "actor1", ...sentenceEvidence, rule: "infer/crowd-actor", stated: false });
      }
      if (actor2 && (actor2.inter === 6 || (actor2.inter === 7 && !kinds.has("mob")))) actor2 = null;
    }
  }

  // the dead were all civilians: they were the target, whoever else the attackers were after
  // ...unless the report says who those "people" were ("shot four men identified as VDP volunteers")
  const deadNamed = roles.target !== null && fat.hits.some((h) => !/\bcivil/i.test(h.text) && DEAD_WERE.test(text.slice(h.end, roles.target!.hit.start)));
  // ...or that they died in the crossfire of an attack on the force named ("a civilian was killed in the crossfire")
  const crossfire = matchesAtWordStart(CROSSFIRE, text.slice(start, end));
  // ...and "three people were killed in an attack on the army post" does not say the dead were not soldiers
  // (or rebels: a militia's or a gunmen's victims called "people" are mostly villagers)
  const neutralDead = actor2 !== null && (actor2.inter === 1 || actor2.inter === 2 || actor2.inter === 8) && !actor2.acled_name.startsWith("Unidentified") && fat.hits.every((h) => NEUTRAL_DEAD.test(h.text));
  if (actor2 && actor2.inter >= 1 && actor2.inter <= 4 && fat.hits.length > 0 && fat.hits.every((h) => h.value.victim === "civilian") && actor1 && actor1.inter !== 7 && !deadNamed && !crossfire && !neutralDead) {
    const civ = lex.actorById.get("civilians");
    if (civ) actor2 = actorRef(lex, { entry: civ, country: null }, iso3, eventDate);
  }
  // villagers who repel or fight back act as a communal militia: a battle, not a one-sided attack
  if (actor2 && actor2.inter === 7 && DEFENCE.test(sentences.map((x) => x.text).join(" "))) {
    // ...or as their community's militia when the report names it ("the Dogon village of ...")
    const attackers = actor1 && actor1.acled_name.includes(" Ethnic Militia") ? actor1.acled_name.split(" Ethnic Militia")[0] : null;
    const community = defendingCommunity(sentences.map((x) => x.text).join(" "), lex.lang, attackers);
    const ethnicDefence = community ? lex.actorById.get("ethnic-militia") : undefined;
    const militia = lex.actorById.get("communal-militia");
    if (ethnicDefence && community) actor2 = actorRef(lex, { entry: ethnicDefence, country: null, ethnic: community }, iso3, eventDate);
    else if (militia) actor2 = actorRef(lex, { entry: militia, country: null, locality: targetVillage() }, iso3, eventDate);
  }
  // "clashes between Fulani and Bambara": each community's militia is a side, unless a named group fights
  const clashWord = kinds.has("clash");
  const sides = clashWord || COMMUNAL_VIOLENCE.test(main.text) ? communalSides(main.text, lex.lang) : null;
  // "clashes between Arab and Songhai youth, as gunmen fired": the gunmen are one of the communities
  const replaceable = (a: ActorRef | null): boolean => a === null || a.inter === 7 || a.acled_name.includes("Ethnic Militia") || (clashWord && a.acled_name.startsWith("Unidentified Armed Group"));
  const ethnicEntry = lex.actorById.get("ethnic-militia");
  if (sides && ethnicEntry && replaceable(actor1) && replaceable(actor2)) {
    actor1 = actorRef(lex, { entry: ethnicEntry, country: null, ethnic: sides.first }, iso3, eventDate);
    actor2 = actorRef(lex, { entry: ethnicEntry, country: null, ethnic: sides.second }, iso3, eventDate);
    evidence.push({ field: "actor1", ...sentenceEvidence, rule: "infer/communal-clash", stated: false });
    kinds.add("clash");
  }
  let sub = classify(kinds, actor1, actor2, sentences, fat.value.best);
  // a stray protest word ("a gathering of soldiers", "demanding ransom") beside what was no protest or riot: the crowd was never there
  const displaced = beforeCrowd.actor1;
  if (crowdInferred && displaced !== null && displaced.inter !== 5 && displaced.inter !== 6 && displaced.inter !== 7 && eventTypeOf(sub) !== "Protests" && eventTypeOf(sub) !== "Riots") {
    ({ actor1, actor2 } = beforeCrowd);
    const i = evidence.findIndex((e) => e.rule === "infer/crowd-actor");
    if (i >= 0) evidence.splice(i, 1);
    sub = classify(kinds, actor1, actor2, sentences, fat.value.best);
  }
  // "Fulani and Dogon leaders signed a peace accord": the communities' militias are the parties
  const parties = sub === "Agreement" && actor1 === null && (actor2 === null || actor2.inter === 7) && ethnicEntry ? agreementSides(main.text, lex.lang) : null;
  if (parties && ethnicEntry) {
    actor1 = actorRef(lex, { entry: ethnicEntry, country: null, ethnic: parties.first }, iso3, eventDate);
    actor2 = actorRef(lex, { entry: ethnicEntry, country: null, ethnic: parties.second }, iso3, eventDate);
    evidence.push({ field: "actor1", ...sentenceEvidence, rule: "infer/community-agreement", stated: false });
  }
  // a battle is fought with an armed side: "ambushed a civilian convoy escorted by gendarmes", "attacked the army post, one civilian was killed"
  if (sub === "Armed clash" && actor2 && actor2.inter === 7 && roles.armedOther && (actor1 === null || !sameGroup(actor1, refOf(roles.armedOther)))) {
    actor2 = refOf(roles.armedOther);
    replaceEvidence(evidence, ev("actor2", roles.armedOther.hit));
  }
  // unarmed youths, residents or a crowd who burn, beat or ransack: mob violence by rioters
  if ((sub === "Attack" || sub === "Armed clash" || sub === "Looting/property destruction" || sub === "Abduction/forced disappearance") && !kinds.has("protest") && (actor1 === null || actor1.inter === 7) && CROWD_VIOLENCE.test(main.text) && !crowdIsArmed(main)) {
    const rioters = lex.actorById.get("rioters");
    if (rioters) {
      sub = "Mob violence";
      actor1 = actorRef(lex, { entry: rioters, country: null }, iso3, eventDate);
      if (actor2 && actor2.acled_name === actor1.acled_name) actor2 = null;
      evidence.push({ field: "actor1", ...sentenceEvidence, rule: "infer/crowd-violence", stated: false });
    }
  }
  // the crowd's name follows what it did: rioters for violent demonstrations and mob violence, protesters otherwise
  if (actor1 && (actor1.inter === 5 || actor1.inter === 6)) {
    const rioting = sub === "Violent demonstration" || sub === "Mob violence";
    const entry = lex.actorById.get(rioting ? "rioters" : "protesters");
    if (entry && (eventTypeOf(sub) === "Protests" || rioting)) actor1 = actorRef(lex, { entry, country: null }, iso3, eventDate);
  }
  // a riot is the crowd's: forces that clash with it or step in are the second side ("clashes between police and youths")
  if ((sub === "Mob violence" || sub === "Violent demonstration") && actor1 && actor1.inter === 1 && (actor2 === null || actor2.inter >= 5)) {
    const rioters = lex.actorById.get("rioters");
    if (rioters) {
      actor2 = actor1;
      actor1 = actorRef(lex, { entry: rioters, country: null }, iso3, eventDate);
      evidence.push({ field: "actor1", ...sentenceEvidence, rule: "infer/crowd-actor", stated: false });
    }
  }
  // a riot or a brawl whose crowd the report does not name ("clashes erupted between students"): rioters;
  // when two crowds fight each other, rioters on both sides
  if ((sub === "Mob violence" || sub === "Violent demonstration") && actor1 === null) {
    const rioters = lex.actorById.get("rioters");
    if (rioters) {
      actor1 = actorRef(lex, { entry: rioters, country: null }, iso3, eventDate);
      evidence.push({ field: "actor1", ...sentenceEvidence, rule: "infer/crowd-actor", stated: false });
      if (sub === "Mob violence" && trig?.value.kind === "clash" && (actor2 === null || actor2.inter === 7)) actor2 = actor1;
    }
  }
  if (sub === "Mob violence" && actor2 === null) {
    const civ = lex.actorById.get("civilians");
    if (civ) actor2 = actorRef(lex, { entry: civ, country: null }, iso3, eventDate);
  }
  // violence with no named victim: civilians (ACLED's default target for attacks, abductions, looting)
  if (actor2 === null && (actor1 === null || actor1.inter !== 7) && [...kinds].some((k) => VIOLENT_KINDS.has(k)) && (sub === "Attack" || sub === "Abduction/forced disappearance" || sub === "Sexual violence" || (sub === "Looting/property destruction" && actor1 !== null && actor1.inter !== 5))) {
    const civ = lex.actorById.get("civilians");
    if (civ) {
      actor2 = actorRef(lex, { entry: civ, country: null }, iso3, eventDate);
      evidence.push({ field: "actor2", ...sentenceEvidence, rule: "infer/civilian-target", stated: false });
    }
  }
  // explosives that hit civilian vehicles or passers-by: civilians are the target
  if (actor2 === null && eventTypeOf(sub) === "Explosions/Remote violence" && CIVILIAN_OBJECT.test(sentences.map((x) => x.text).join(" "))) {
    const civ = lex.actorById.get("civilians");
    if (civ) {
      actor2 = actorRef(lex, { entry: civ, country: null }, iso3, eventDate);
      evidence.push({ field: "actor2", ...sentenceEvidence, rule: "infer/civilian-object", stated: false });
    }
  }
  if (sub === "Armed clash" && actor2 === null && actor1 && actor1.inter === 7) sub = "Attack";
  // "militants were killed while planting an IED": the bomb-makers are the only side, and it was their act
  if (sub === "Disrupted weapons use" && actor1 === null && actor2 && actor2.inter >= 2 && actor2.inter <= 4) {
    actor1 = actor2;
    actor2 = null;
    const i = evidence.findIndex((e) => e.field === "actor2");
    if (i >= 0) evidence[i] = { ...evidence[i], field: "actor1" };
  }
  // "the army said ... a drone strike had neutralised ...": the state that speaks of its own strike carried it out
  if (actor1 === null && sub === "Air/drone strike" && STATE_SPEAKS.test(main.text)) {
    const military = lex.actorById.get("military");
    if (military) {
      actor1 = actorRef(lex, { entry: military, country: null }, iso3, eventDate);
      evidence.push({ field: "actor1", ...sentenceEvidence, rule: "infer/state-air-strike", stated: false });
    }
  }
  // "a curfew was imposed": only a government imposes curfews and states of emergency
  if (actor1 === null && sub === "Change to group/activity" && STATE_MEASURE.test(main.text)) {
    const government = lex.actorById.get("government");
    if (government) actor1 = actorRef(lex, { entry: government, country: null }, iso3, eventDate);
  }
  // violence whose perpetrator the report does not name: ACLED's unidentified armed group
  // ...and so is a raid that pillaged or burned with weapons ("vehicles attacked and stripped", "a post burned amid gunfire")
  const armedLooting = sub === "Looting/property destruction" && (["attack", "kill", "clash", "abduct", "ambush"].some((k) => kinds.has(k)) || ARMED_CROWD.test(main.text));
  if (actor1 === null && ((eventTypeOf(sub) !== "Protests" && eventTypeOf(sub) !== "Riots" && eventTypeOf(sub) !== "Strategic developments") || armedLooting)) {
    const unknown = lex.actorById.get("unidentified");
    if (unknown) {
      actor1 = actorRef(lex, { entry: unknown, country: null }, iso3, eventDate);
      evidence.push({ field: "actor1", ...sentenceEvidence, rule: "infer/unidentified-perpetrator", stated: false });
      if (actor2 && actor2.acled_name === actor1.acled_name) actor2 = null;
    }
  }
  // a riot's second side is a force that stepped in; forces only named as the cause ("in protest against
  // a killing by soldiers") or as property ("ransacked the gendarmerie") are not one
  const faced = (t: string): boolean => INTERVENTION.test(t) || FORCES_FACED.test(t);
  if (sub === "Violent demonstration" && actor2 && actor2.inter === 1 && !faced(sentences.map((x) => x.text).join(" "))) actor2 = null;
  // an armed group's closures, ultimatums and checkpoints ("Other") fall on the people living there
  if (sub === "Other" && actor2 === null && actor1 && actor1.inter >= 2 && actor1.inter <= 4) {
    const civ = lex.actorById.get("civilians");
    if (civ) actor2 = actorRef(lex, { entry: civ, country: null }, iso3, eventDate);
  }
  // a peaceful protest has no second side, even when the police are mentioned
  if (sub === "Peaceful protest" && actor2 && actor2.inter !== 7) actor2 = null;
  // state violence against civilians has civilians on the receiving end, whatever the army called them
  // ("the army said it killed militants; residents said they were herders")
  if (sub === "Attack" && actor2 && actor2.acled_name.startsWith("Unidentified Armed Group") && actor1 && (actor1.inter === 1 || actor1.inter === 8)) {
    const civ = lex.actorById.get("civilians");
    if (civ) {
      actor2 = actorRef(lex, { entry: civ, country: null }, iso3, eventDate);
      replaceEvidence(evidence, { field: "actor2", ...sentenceEvidence, rule: "infer/civilian-target", stated: false });
    }
  }
  // "fighters clashed with each other", "an internal dispute": one group on both sides
  if (sub === "Armed clash" && matchesAtWordStart(INFIGHTING, main.text)) {
    const group = [actor1, actor2].find((a) => a !== null && a.inter >= 2 && a.inter <= 4 && !a.acled_name.startsWith("Unidentified"));
    if (group) {
      actor1 = group;
      actor2 = group;
    }
  }
  const eventType = eventTypeOf(sub);
  const decisive = KINDS_OF[sub];
  const typeHit = sentences.flatMap((s) => s.triggers).find((t) => decisive.includes(t.value.kind)) ?? trig;
  if (typeHit) evidence.push(ev("event_type", typeHit));

  // verification: a relayed or stated claim, else the report's own doubt, else an official word
  const verif = readVerification(sentences, lex, iso3, eventDate, actor1, text);
  const { verification, claimedBy, relayedBy } = verif;
  if (verif.cue) evidence.push(ev("verification", verif.cue));
  if (verif.monitor) evidence.push(ev("claim_relayed_by", verif.monitor));
  // a group's own claim names the perpetrator the report does not name, only describes or guesses at
  if (verif.claimant && claimantIsPerpetrator(verif.claimant, roles.perpetrator, text) && eventTypeOf(sub) !== "Protests" && eventTypeOf(sub) !== "Riots") {
    actor1 = actorRef(lex, verif.claimant.value.sense, iso3, eventDate);
    // the group read as the one hit was the claimant: the forces read as acting were the ones hit
    const statePerpetrator = roles.perpetrator && (roles.perpetrator.hit.value.sense.entry.inter === 1 || roles.perpetrator.hit.value.sense.entry.inter === 8) ? roles.perpetrator : null;
    if (actor2 && actor2.acled_name === actor1.acled_name) actor2 = statePerpetrator ? refOf(statePerpetrator) : null;
    replaceEvidence(evidence, ev("actor1", verif.claimant));
  }

  // weapons: captured when a capture word is in the same sentence or the one before
  const weapons: Weapon[] = [];
  const seen = new Set<string>();
  sentences.forEach((sf, i) => {
    const captured = sf.captureCues.length > 0 || (i > 0 && sentences[i - 1].captureCues.length > 0);
    for (const h of sf.weapons as Hit<{ weapons: Array<{ name: string; category: string; origin_country: string | null }> }>[]) {
      for (const w of h.value.weapons) {
        if (seen.has(w.name)) continue;
        seen.add(w.name);
        weapons.push({ name: w.name, category: w.category, origin_country: w.origin_country, captured_by: captured ? actor1?.acled_name ?? null : null, captured_from: captured ? actor2?.acled_name ?? null : null });
      }
      evidence.push(ev("weapons", h));
    }
  });

  const civilianTargeting = actor2 !== null && actor2.inter === 7 && (eventType === "Violence against civilians" || eventType === "Explosions/Remote violence" || sub === "Mob violence");
  const values = {
    event_type: eventType, sub_event_type: sub, event_date: eventDate, date_precision: precision,
    actor1, actor2, assoc_actors: [] as ActorRef[], civilian_targeting: civilianTargeting, location: null,
    fatalities: fat.value, verification, claimed_by: claimedBy, claim_relayed_by: relayedBy, weapons,
  };
  return { ...values, notes: composeNotes(values, place, dateStated), place, start, end, evidence };
}
