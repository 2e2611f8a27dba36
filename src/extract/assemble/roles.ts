import type { ActorValue } from "../facts.js";
import type { TriggerKind } from "../lexicon/compiled.js";
import type { Hit } from "../rule.js";
import { isFrenchPassive } from "../rules/actor/fr-voice.js";
import { isCivilianSide, isGenericArmed, isNonStateArmed, mergeMentions, resolveAnaphora, sameEntity } from "./mentions.js";
import type { SentenceFacts } from "./sentence-facts.js";

/** An actor hit and the sentence it is in. */
export interface ActorHitIn {
  hit: Hit<ActorValue>;
  sf: SentenceFacts;
  main: boolean;
}

export interface Roles {
  perpetrator: ActorHitIn | null;
  target: ActorHitIn | null;
  /** Second name in "JNIM and/or ISGS". */
  joint: ActorHitIn | null;
  /** The same for the target ("clashed with JNIM and/or ISGS militants"). */
  targetJoint: ActorHitIn | null;
  passive: boolean;
  /** The first armed party other than the perpetrator ("a convoy escorted by soldiers"): a battle's side. */
  armedOther: ActorHitIn | null;
}

const VIOLENT = new Set(["suicide", "ied", "air", "shelling", "grenade", "sexual", "overtake", "regain", "abduct", "ambush", "clash", "overrun", "kill", "attack", "loot", "mob", "riot"]);
// "subjected to an attack", "came under fire": the subject is the target
const PASSIVE_BEFORE = /\b(?:subjected|exposed)\s+to\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$|\b(?:came|come|comes|coming)\s+under\s+(?:\w+\s+)?$|\b(?:fell|fall|falls|walked|ran)\s+into\s+(?:an?\s+)?$|\b(?:was|were|been|being|got|get|is|are)\s+(?:(?:reportedly|allegedly|also|then|later|all|badly|seriously|severely|critically|gravely|mortally|slightly|lightly|fatally|initially|first)\s+)*$/i;

/**
 * "The army arrested 25 herders, who were later executed": a passive with no agent, after a verb whose
 * subject is armed; that subject did it.
 */
function earlierSubject(main: SentenceFacts, trig: Hit<TriggerKind> | null, mainHits: ActorHitIn[], armed: (h: ActorHitIn) => boolean, text: string): ActorHitIn | null {
  if (trig === null) return null;
  const first = main.triggers.find((t) => t !== trig && t.end <= trig.start && t.value.kind !== "change");
  if (first) return mainHits.find((h) => armed(h) && h.hit.end <= first.start) ?? null;
  // "Katiba Macina militants searched the buses, one passenger was beaten": a non-state group that
  // opens the sentence, a comma, then the victims of the passive
  const subject = mainHits.filter((h) => h.hit.end <= trig.start).pop();
  if (!subject) return null;
  if (armed(subject)) {
    // "the army dismantled a militant base, several militants were killed": state forces that open the
    // sentence, a comma, then armed victims of the passive
    const victims = subject.hit.value.sense.entry.inter;
    const opener = mainHits[0];
    if (victims < 2 || victims > 4 || opener === subject || !armed(opener) || !(opener.hit.value.sense.entry.inter === 1 || opener.hit.value.sense.entry.inter === 8)) return null;
    return /[,;]/.test(text.slice(opener.hit.end, subject.hit.start)) ? opener : null;
  }
  // "the police evicted farmers from Soam, the farmers were beaten": state forces that open the sentence, then
  // abuse no one else is said to have done (a beating or a pillage, never an ambush's toll)
  const abuser = (h: ActorHitIn): boolean => (h.hit.value.sense.entry.inter === 1 && ABUSE.test(trig.text)) || isNonStateArmed(h.hit);
  return mainHits.find((h) => armed(h) && h.hit.end <= subject.hit.start && abuser(h)
    && /[,;]/.test(text.slice(h.hit.end, subject.hit.start))) ?? null;
}

/** "a ranger went missing", "disappeared": verbs whose subject is the one who suffered. */
const VICTIM_VERB = /^(?:went|gone|go|goes|going)\s+missing$|^disappeared$|^(?:a\s+)?disparu/i;

/**
 * "Detonation: presumed ISGS militants tried to fire a rocket", "Looting: militants attacked the station": a
 * category label that heads the report is no verb; who did what is read from the sentence after it.
 */
function positionalTrigger(main: SentenceFacts, text: string): Hit<TriggerKind> | null {
  const trig = mainTrigger(main);
  if (trig === null || !/^\s*$/.test(text.slice(main.sentence.start, trig.start))) return trig;
  const label = /^[\p{L} /-]{0,30}:\s/u.exec(text.slice(trig.start, trig.start + 40));
  if (!label) return trig;
  const after = trig.start + label[0].length;
  const rest = main.triggers.filter((t) => t.start >= after);
  // with no verb after the label, the sentence is read as having none: its first armed party acted
  // ("announced that forces had arrested": the arrest, not the announcement)
  return rest.find((t) => VIOLENT.has(t.value.kind)) ?? rest.find((t) => t.value.kind !== "change") ?? rest[0] ?? null;
}

/** "forcibly disappeared seven men": a count or a determiner after the verb is its object. */
const OBJECT_AFTER = /^\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|the|an?|his|her|their|members|people|civilians)\b/i;

/** Abuse of people in one's hands: what state forces do to those they hold, not what an ambush does to them. */
const ABUSE = /^(?:beaten|beat\s+up|whipped|flogged|tortured|mistreated|ill-treated|molested|assaulted|pillaged|looted)$/i;

/**
 * "3 peacekeepers killed in IED attack", "National Guard unit ambushed in Djenne": a participle with no
 * auxiliary, followed by a place, time or agent rather than an object, reports what the subject suffered.
 */
const HEADLINE_PARTICIPLE = /^(?:[a-z-]+ed|struck|hit|shot(?:\s+dead)?|overrun|stolen|seized|taken)$/i;
const AFTER_HEADLINE_PARTICIPLE = /^\s*(?:(?:by|in|near|at|on|while|when|during|after|following|overnight|around|between|along|outside|inside|close|this|last|yesterday|today|early|late)\b|[,.;:]|$|and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|others?|many|an?|\w+\s+others?)\b)/i;

function isHeadlinePassive(trig: Hit<TriggerKind>, text: string): boolean {
  // "clashed", "fought", "exchanged fire": verbs with no object are never passive
  if (!HEADLINE_PARTICIPLE.test(trig.text.trim()) || trig.value.kind === "clash" || /^(?:clashed|fought|exchanged|engaged|retreated|withdrew|fled)/i.test(trig.text)) return false;
  const before = text.slice(Math.max(0, trig.start - 30), trig.start);
  // "militants attacked and killed ...", "who killed": an active verb after a subject pronoun or auxiliary stays active
  if (/\b(?:has|have|had|who|which|they|he|she|it)\s+$/i.test(before)) return false;
  const after = text.slice(trig.end, trig.end + 30);
  // "killed at least eight", "executed between 20 and 32 people": a count after the verb is its object ("around 18h" is a time)
  // "killed in clashes with Barkhane": the clash names the sides, read as usual
  if (/^\s*(?:in|during)\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?(?:clash|clashes|fighting|exchanges?\s+of\s+fire|gunfights?|firefights?|battles?|combat)\b/i.test(after)) return false;
  if (/^\s*(?:at\s+(?:least|most)|between\s+\d|(?:around|about|some|over|nearly|almost|roughly|approximately)\s+\d(?!\d*\s*(?:h\b|h\d|:|am\b|pm\b|o['’]clock|hours?\b))|up\s+to|more\s+than)/i.test(after)) return false;
  return AFTER_HEADLINE_PARTICIPLE.test(after);
}

/** "were suspected to be", "later identified as": what follows names who the words before were. */
const ATTRIBUTED_AS = /\b(?:suspected|believed|thought|presumed|assumed|said|reported|identified)\s+(?:to\s+(?:be|have\s+been)|as)\b|\bdescribed\s+as\b/i;

const ATTRIBUTED_BEFORE = /\b(?:suspected|believed|thought|presumed|assumed|said|reported|identified)\s+(?:to\s+(?:be|have\s+been)|as)\s+(?:(?:the|an?|members\s+of|fighters\s+of|elements\s+of)\s+)*$/i;

/** A sentence in which forces face a crowd: "dispersed the demonstrators", "fired tear gas", "disperser les manifestants". */
const FACING_CROWD = /\b(?:dispers\w*|demonstrators|protesters|rioters|crowds?|tear\s*gas|manifestants|lacrymog\w*)\b/iu;

const DIED_IN_BEFORE = /\b(?:died|perished)\s+(?:in|during)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** A comma, a conjunction or a relative pronoun: what follows may be another clause with its own verb. */
const CLAUSE_BREAK = /[,;:]|\b(?:and|while|which|who|whom|after|before|when|et|puis|qui|alors|avant|après|lorsque|quand)\b/iu;

/** People who act as a crowd when they open a sentence with a violent verb ("butchers ransacked the Koglweogo's offices"). */
const CROWD_NOUN = /^(?:residents|locals|villagers|population|youths?|crowd|inhabitants|demonstrators|protesters|students|pupils|traders|merchants|butchers|women)$/i;

/** "killed by the gendarmes": the agent right after the verb. */
const DIRECT_AGENT = /^\s*by\s+(?:(?:the|an?|some|suspected|presumed|alleged)\s+)*$/i;

/** "French and Malian forces", "soldiers and VDP", "l'armée et des VDP": forces named together with the state force that acts. */
const ALLY_BETWEEN = /^\s*(?:,|and\s*\/\s*or|or|et\s*\/\s*ou|ou|and|et|as\s+well\s+as|alongside|together\s+with|supported\s+by|backed\s+by|appuyés?\s+par)\s*(?:(?:the|les|la|le|des)\s+)?$/iu;
const PRO_STATE_MILITIAS = new Set(["vdp", "koglweogo", "dozo", "dan-na-ambassagou", "gatia", "msa", "platform"]);

function isAlly(p: ActorHitIn, h: ActorHitIn, text: string): boolean {
  const ep = p.hit.value.sense.entry;
  const eh = h.hit.value.sense.entry;
  if (!(ep.inter === 1 || ep.inter === 8) || h.sf !== p.sf || h.hit.start < p.hit.end || h.hit.value.facility) return false;
  if (!(eh.inter === 1 || eh.inter === 8 || PRO_STATE_MILITIAS.has(eh.id)) || eh.id === "government") return false;
  return ALLY_BETWEEN.test(text.slice(p.hit.end, h.hit.start));
}

/** A group's name used as the attack's ("an alleged CMA attack", "a JNIM ambush"). */
const NAMED_ATTACK = {
  before: /\b(?:an?|the|another|alleged|suspected|presumed|presumably|apparent|recent|new|fresh|deadly)\s+$/i,
  after: /^[\s-]*(?:attacks?|ambush(?:es)?|raids?|assaults?|offensive|incursion|offensives)\b/i,
};

/**
 * A state's operation called by the force's name ("a Barkhane operation", "amid a FAMa raid", "during
 * Barkhane/Sabre strikes"): the force that ran it acted, whoever else the sentence opens with.
 */
const FORCE_OPERATION = {
  before: /\b(?:an?|the|another|recent|new|joint|amid|amidst|during|in)\s+$/i,
  after: /^(?:\s*\/\s*[\p{L}-]+)?[\s-]*(?:(?:military|ground|air|aerial)\s+)?(?:operations?|raids?|offensive|air\s?strikes?|strikes?)\b(?![\s-]+(?:bases?|camps?|convoys?|vehicles?|patrols?|positions?|headquarters|centres?|centers?))/iu,
};

/** The object of an attack noun: "attack against", "ambush on", "assault targeting", "an attack hit", "an IED against" (then a few words: "a joint army and"). */
const ATTACK_OBJECT_BEFORE = /\b(?:(?:attacks?|ambush(?:es)?|assaults?|raids?|offensive|incursion|strikes?)\s+(?:against|on|targeting|upon|(?:also\s+)?(?:hit|struck|targeted))|(?:IEDs?|mines?|explosions?|blasts?|bombs?|bombings?)\s+(?:against|targeting))\s+(?:(?:an?|the|two|three|several|some|its|their|a\s+joint)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** "..., wounding two soldiers", "killing at least five gendarmes": the ones the participle hurt, never who acted. */
const HARMED_BEFORE = /\b(?:killing|wounding|injuring|kidnapping|abducting|hurting)\s+(?:(?:at\s+least|up\s+to|about|around|some|several|many|dozens\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|the|other|more|civilians\s+and)\s+)*$/i;

/** "gunfire during the passage of suspected JNIM militants": the armed men passing through made the noise. */
const PASSAGE_BEFORE = /\b(?:during|amid|amidst|upon|on|after|with)\s+(?:the\s+)?(?:passage|passing|presence|arrival|incursion|intrusion)\s+of\s+(?:(?:the|some|a\s+group\s+of|dozens\s+of|several|armed|unknown|unidentified|suspected|presumed|alleged)\s+)*$/i;

/** Words that tell of people hurt, not of who hurt them. */
const HURT = /^(?:wounded|injured|wounding|injuring|hurt)$/i;

/** "clashed with unknown gunmen": armed men the report cannot name are not the named group again. */
const STRANGERS = /^(?:unknown|unidentified|inconnus?|non\s+identifiés?)\b/iu;

/** "the victims were identified as members of X", "an activist against terrorism and X": X was hit, not the attacker. */
const VICTIMS_NAMED_BEFORE = /\b(?:victims?|the\s+dead|deceased|bodies)\s+(?:were|was)\s+(?:\w+\s+){0,3}(?:as\s+)?(?:(?:members?|fighters?|elements?)\s+of\s+)?(?:the\s+)?$|\bagainst\s+(?:\w+\s+){0,3}$/i;

/** "killed when gunmen stormed", "wounded as unknown assailants opened fire": a clause whose subject acted. */
const WHEN_CLAUSE_BEFORE = /\b(?:when|as|after|while|lorsque|quand)\s+(?:(?:the|some|a\s+group\s+of|a\s+band\s+of|dozens\s+of|several|unknown|unidentified|suspected|presumed|alleged|armed|heavily\s+armed|des|les)\s+)*$/iu;

/** "an IED planted by", "the device was likely laid by", "posé par": the agent of the planting, not of the event. */
const PLANTED_BY_BEFORE = /\b(?:planted|laid|placed|buried|hidden|posée?s?|placée?s?|enfouie?s?)\b[^.;]{0,50}?\b(?:by|par)\s+[^.;]{0,30}$/iu;

/** "JNIM and/or ISGS", "JNIM and /or ISGS", "JNIM or ISGS", "JNIM et/ou EIGS": two suspects for one act. */
const JOINT_AFTER = /^\s*(?:and\s*\/\s*or|or|ou|et\s*\/\s*ou)\s+/i;
/** The same for those hit, where "JNIM/ISGS positions" also names two suspects (a perpetrator's "MSA/GATIA" is an alliance). */
const TARGET_JOINT_AFTER = /^\s*(?:(?:and\s*\/\s*or|or|ou|et\s*\/\s*ou)\s+|\/\s*)/i;

const REMOTE = new Set(["ied", "air", "shelling", "suicide", "grenade"]);

/** The trigger the event is read from: the first one that reports violence in the main sentence, else the first. */
export function mainTrigger(sf: SentenceFacts): Hit<TriggerKind> | null {
  return sf.triggers.find((t) => VIOLENT.has(t.value.kind)) ?? sf.triggers[0] ?? null;
}

/**
 * Who did it to whom: the agent of a passive ("killed by unknown gunmen"), else the subject
 * before the trigger; the target is the subject of a passive, else the first other actor after
 * the trigger. A generic perpetrator ("militants") gives way to a group the report names
 * ("JNIM claimed responsibility").
 */
export function assignRoles(sentences: SentenceFacts[], text: string, lead?: SentenceFacts): Roles {
  const main = sentences[0];
  const found: ActorHitIn[] = [];
  sentences.forEach((sf, i) => sf.actors.forEach((hit) => found.push({ hit, sf, main: i === 0 })));
  const anaphors = new Set<ActorHitIn>();
  const pairs = new Map<ActorHitIn, ActorHitIn>();
  const leadHits = lead ? mergeMentions(lead.actors.map((hit) => ({ hit, sf: lead, main: false })), text) : [];
  // "the militants" may point back at a group the lead-in names
  const hits = resolveAnaphora([...leadHits, ...mergeMentions(found, text)], text, anaphors, pairs).slice(leadHits.length);
  const trig = positionalTrigger(main, text);
  const tpos = trig ? trig.start : main.sentence.end;
  const before = trig ? text.slice(Math.max(0, trig.start - 40), trig.start) : "";
  // "struck by an IED", "killed by the explosion of a mine": the device is the agent of a passive
  // a headline participle after a non-state armed group stays active ("gunmen attacked in the night")
  const lastBefore = hits.filter((h) => h.main && h.hit.end <= tpos).pop();
  const armedSubject = lastBefore !== undefined && !lastBefore.hit.value.facility && isNonStateArmed(lastBefore.hit);
  // "a peacekeeper died in a mortar strike": the dead suffered the attack the trigger names
  const diedIn = trig !== null && (REMOTE.has(trig.value.kind) || trig.value.kind === "attack" || trig.value.kind === "ambush") && DIED_IN_BEFORE.test(before);
  // "a ranger went missing": the one who went missing suffered it, unless an armed group named before did something to him
  const victimVerb = trig !== null && VICTIM_VERB.test(trig.text) && !OBJECT_AFTER.test(text.slice(trig.end, trig.end + 20))
    && !hits.some((h) => h.main && h.hit.end <= trig.start && isNonStateArmed(h.hit));
  const passive = trig !== null && (PASSIVE_BEFORE.test(before) || victimVerb || diedIn || (isHeadlinePassive(trig, text) && !armedSubject) || (REMOTE.has(trig.value.kind) && /\bby\s+(?:an?|the|two|several)\s+$/i.test(before)) || /\bby$/i.test(trig.text) || isFrenchPassive(trig.text, before));
  // "ten dead among the soldiers", "dix morts parmi les soldats": named as the victims, never the perpetrator
  const amongVictims = (h: ActorHitIn): boolean => /(?:among|parmi)\s+(?:the|les|des|leurs|ses|their)\s+$/i.test(text.slice(Math.max(0, h.hit.start - 20), h.hit.start));
  const armedParty = (h: ActorHitIn): boolean => !isCivilianSide(h.hit) && h.hit.value.sense.entry.id !== "government" && !h.hit.value.facility && !amongVictims(h);
  // a roadside bomb or a suicide attack is never the state's: forces named with one are the ones hit
  // (unless they find, defuse or seize it, or arrest someone)
  // ...also when the sentence's verb is the toll ("3 peacekeepers killed and 2 wounded by an IED")
  const bombWord = (t: Hit<TriggerKind>): boolean => t.value.kind === "ied" || t.value.kind === "suicide";
  const tollOnly = main.triggers.some(bombWord) && main.triggers.every((t) => bombWord(t) || t.value.kind === "kill" || (t.value.kind === "attack" && HURT.test(t.text)));
  const bombOnly = trig !== null && (bombWord(trig) || tollOnly) && !main.triggers.some((t) => t.value.kind === "disrupted" || t.value.kind === "arrest" || t.value.kind === "change");
  const stateHitByBomb = (h: ActorHitIn): boolean => bombOnly && (h.hit.value.sense.entry.inter === 1 || h.hit.value.sense.entry.inter === 8);
  const mainHits = hits.filter((h) => h.main);
  // "the army defused an IED planted by JNIM militants": the planters are the side disrupted, not the actor
  const planterIn = (h: ActorHitIn): boolean => PLANTED_BY_BEFORE.test(text.slice(Math.max(0, h.hit.start - 70), h.hit.start));
  const disrupting = main.triggers.some((t) => t.value.kind === "disrupted") && mainHits.some((h) => armedParty(h) && !planterIn(h));
  const planter = (h: ActorHitIn): boolean => disrupting && planterIn(h);
  // "an attack against a FAMa checkpoint": what an attack is against is its target, never its author
  const attackedObject = (h: ActorHitIn): boolean => ATTACK_OBJECT_BEFORE.test(text.slice(Math.max(0, h.hit.start - 60), h.hit.start));
  const armed = (h: ActorHitIn): boolean => armedParty(h) && !stateHitByBomb(h) && !planter(h) && !attackedObject(h) && !HARMED_BEFORE.test(text.slice(Math.max(0, h.hit.start - 40), h.hit.start));
  const agentOf = (h: ActorHitIn): boolean => (h.hit.value.agent || PASSAGE_BEFORE.test(text.slice(Math.max(0, h.hit.start - 50), h.hit.start))) && !planter(h);
  // "a mob lynched a policeman": a crowd before the verb is the one acting, the armed word after it the victim
  const crowdSubject = !passive && mainHits.some((h) => h.hit.start < tpos && (h.hit.value.sense.entry.id === "rioters" || CROWD_NOUN.test(h.hit.text)));
  // "by the assailants" in a later clause ("..., two shops were torched by the assailants") is that clause's
  // agent; the main verb's agent comes before it or in the same clause ("repelled an attack by militants")
  // ...but a crowd that acts alone has no agent after its verb's object: "youths burned the cars of men held by the army"
  // ("youths were mistaken for bandits and killed by gendarmes": the agent right after the verb is its own)
  const crowdAlone = crowdSubject && !mainHits.some((h) => h.hit.start < tpos && armedParty(h));
  const agentOfMain = (h: ActorHitIn): boolean => agentOf(h) && (trig === null || h.hit.start < tpos
    || (!CLAUSE_BREAK.test(text.slice(trig.end, h.hit.start)) && (!crowdAlone || DIRECT_AGENT.test(text.slice(trig.end, h.hit.start)))));
  const rest = hits.filter((h) => !h.main);
  // "a JNIM commander survived a Barkhane operation": the operation's force acted (not one an attack hit, nor
  // one named after the verb of an active sentence: "militants ambushed soldiers during a FAMa operation";
  // "a military operation" names no force)
  const forceOperation = (h: ActorHitIn): boolean => (h.hit.value.sense.entry.inter === 1 || h.hit.value.sense.entry.inter === 8) && armed(h) && !agentOf(h)
    && (passive || h.hit.start < tpos) && !/^(?:military|security)$/i.test(h.hit.text)
    && FORCE_OPERATION.before.test(text.slice(Math.max(0, h.hit.start - 10), h.hit.start)) && FORCE_OPERATION.after.test(text.slice(h.hit.end, h.hit.end + 40));

  // "left two soldiers dead": people counted among the dead or wounded are no fallback perpetrator
  const inToll = (h: ActorHitIn): boolean => h.sf.fatalities.some((f) => f.start <= h.hit.start && f.end >= h.hit.end);
  // a subject that acts on its own: a named group or state forces before the verb, or a crowd
  const actingSubject = crowdSubject || mainHits.some((x) => x.hit.start < tpos && armed(x) && !agentOf(x) && (x.hit.value.sense.entry.specificity >= 3 || x.hit.value.sense.entry.inter === 1 || x.hit.value.sense.entry.inter === 8));
  let perpetrator: ActorHitIn | null =
    // "a suspect arrested by Dozos was shot dead by gendarmes": the verb's own agent, after it, before one of an earlier participle
    mainHits.find((h) => agentOfMain(h) && armed(h) && h.hit.start >= tpos) ??
    mainHits.find((h) => agentOfMain(h) && armed(h)) ??
    mainHits.find((h) => forceOperation(h)) ??
    // ...unless it is the agent of a later clause and the subject acts ("Katiba Macina attacked a bus, ... cattle rustled by Dozos",
    // "the army killed ten villagers, who feared an attack by Dozos", "youths torched the pickups of men arrested by soldiers")
    mainHits.find((h) => agentOf(h) && armed(h) && h.hit.value.sense.entry.specificity >= 3 && !anaphors.has(h)
      && (passive || h.hit.start < tpos || !actingSubject)) ??
    (passive ? null : mainHits.find((h) => armed(h) && h.hit.start < tpos) ?? null) ??
    mainHits.find((h) => agentOf(h) && armed(h) && (passive || h.hit.start < tpos || !actingSubject)) ??
    (passive ? earlierSubject(main, trig, mainHits, armed, text) : null) ??
    // "three herders were killed when gunmen stormed the camp": the subject of the clause that says how
    (passive ? mainHits.find((h) => armed(h) && h.hit.start > tpos && WHEN_CLAUSE_BEFORE.test(text.slice(Math.max(0, h.hit.start - 50), h.hit.start))) ?? null : null) ??
    // "killed in an alleged CMA attack on GATIA fighters": the group that names the attack made it
    (passive ? mainHits.find((h) => armed(h) && h.hit.start > tpos && NAMED_ATTACK.after.test(text.slice(h.hit.end, h.hit.end + 20)) && NAMED_ATTACK.before.test(text.slice(Math.max(0, h.hit.start - 30), h.hit.start))) ?? null : null) ??
    // "French forces conducted operations near Kome. Bodies of militants were left behind": the lead-in names who acted
    (leadHits.find((h) => armed(h)) ?? null) ??
    rest.find((h) => agentOf(h) && armed(h)) ??
    // an explosion's perpetrator is never the one named after it ("exploded in front of the gendarmerie")
    // ...unless forces found or defused it ("a grenade was found near a school, and an army unit defused it")
    (passive || crowdSubject || (trig !== null && REMOTE.has(trig.value.kind) && !disrupting) ? null : mainHits.find((h) => armed(h) && !inToll(h))) ??
    // state and foreign forces named in a later sentence are mostly the ones hit ("2 other peacekeepers were injured")
    (crowdSubject ? null : rest.find((h) => armed(h) && h.hit.value.sense.entry.inter !== 1 && h.hit.value.sense.entry.inter !== 8)) ??
    rest.find((h) => armed(h) && h.hit.value.sense.entry.specificity >= 3 && !(passive && (h.hit.value.sense.entry.inter === 1 || h.hit.value.sense.entry.inter === 8))) ??
    null;

  // a curfew, a state of emergency, a closure: the government or governor that decides it is the actor
  if (perpetrator === null && trig !== null && trig.value.kind === "change") {
    perpetrator = mainHits.find((h) => h.hit.value.sense.entry.id === "government" && h.hit.start < tpos) ?? null;
  }

  // A named group in the event outranks a generic description of the perpetrator.
  let described: ActorHitIn | null = null;
  if (perpetrator && perpetrator.hit.value.sense.entry.specificity <= 2 && perpetrator.hit.value.sense.entry.inter !== 1) {
    // the named group must not be the one attacked: it is named elsewhere (a claim, a later sentence) or
    // right after the generic words ("armed men (believed to be JNIM fighters)")
    const p0 = perpetrator;
    // "Fulani militiamen" are a group in their own right: a group named as the agent of another act ("cattle stolen by Dozos") does not replace them
    const otherAct = (h: ActorHitIn): boolean => p0.hit.value.sense.ethnic !== undefined && h.sf !== p0.sf && /\bby\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, h.hit.start - 30), h.hit.start));
    const named = hits.find((h) => h !== p0 && !otherAct(h) && !VICTIMS_NAMED_BEFORE.test(text.slice(Math.max(0, h.hit.start - 50), h.hit.start)) && h.hit.value.sense.entry.specificity >= 3 && isNonStateArmed(h.hit)
      && !h.hit.value.facility
      && (!h.main || (h.hit.start > p0.hit.end && h.hit.start - p0.hit.end <= 40 && h.hit.start < tpos) || agentOf(h)));
    // "the attackers were suspected to be Islamists": any description the report attributes the act to
    const attributed = p0.hit.value.sense.entry.specificity === 0
      ? hits.find((h) => h !== p0 && ATTRIBUTED_BEFORE.test(text.slice(Math.max(0, h.hit.start - 40), h.hit.start)) && h.hit.value.sense.entry.specificity >= 1 && isNonStateArmed(h.hit) && !h.hit.value.facility)
      : undefined;
    if (named ?? attributed) described = p0;
    if (named) perpetrator = named;
    else if (attributed) perpetrator = attributed;
  }

  // "gunmen attacked a checkpoint, and the attack was claimed by ISGS": the gunmen who open the sentence are the named agent
  if (described === null && perpetrator !== null && perpetrator.main && perpetrator.hit.start > tpos && agentOf(perpetrator) && perpetrator.hit.value.sense.entry.specificity >= 3
    && isNonStateArmed(perpetrator.hit)) {
    described = mainHits.find((h) => isGenericArmed(h.hit) && h.hit.start < tpos && !agentOf(h) && !STRANGERS.test(h.hit.text)) ?? null;
  }
  // "attackers were suspected to be Islamists": the described words are the perpetrator, not a second side
  if (described === null && perpetrator !== null) {
    const p2 = perpetrator;
    described = hits.find((h) => isGenericArmed(h.hit) && h.sf === p2.sf && h.hit.end <= p2.hit.start && p2.hit.start - h.hit.end <= 40 && ATTRIBUTED_AS.test(text.slice(h.hit.end, p2.hit.start))) ?? null;
  }
  const nonStatePerpetrator = perpetrator !== null && isNonStateArmed(perpetrator.hit);
  const p1 = perpetrator;
  // the generic words the named group replaced describe the same people
  const sameAsDescribed = (h: ActorHitIn): boolean => described !== null && (h === described || (isGenericArmed(h.hit) && h.hit.value.sense.entry.id === described.hit.value.sense.entry.id && !STRANGERS.test(h.hit.text)));
  const others = hits.filter((h) => !sameAsDescribed(h) && (!p1 || (!sameEntity(h.hit, p1.hit) && !(nonStatePerpetrator && isGenericArmed(h.hit) && h.hit.start > p1.hit.start && !STRANGERS.test(h.hit.text)) && !isAlly(p1, h, text))));
  // a government is named as an authority ("flags of the junta"), not as the side attacked
  const targetable = (h: ActorHitIn): boolean => h.hit.value.sense.entry.id !== "government" && !(crowdSubject && (h.hit.value.sense.entry.inter === 5 || h.hit.value.sense.entry.inter === 6 || /^(?:residents|locals|villagers|population|youths?|crowd|inhabitants)$/i.test(h.hit.text)));
  let target: ActorHitIn | null = null;
  if (passive) target = others.find((h) => h.main && h.hit.start < tpos && targetable(h)) ?? null;
  target ??= others.find((h) => h.main && h.hit.start >= tpos && targetable(h) && !agentOf(h)) ?? null;
  target ??= others.find((h) => h.main && targetable(h) && !agentOf(h)) ?? null;
  target ??= others.find((h) => !h.main && targetable(h) && !agentOf(h)) ?? null;
  // "soldiers and Dozo hunters traded fire": with no one else named, the two sides of a clash
  if (target === null && p1 && trig?.value.kind === "clash") target = hits.find((h) => h.main && isAlly(p1, h, text)) ?? null;
  // "the army dismantled a base of Katiba Macina militants; ten militants were killed": unnamed militants
  // hit by state forces are the group the report names
  if (target && isGenericArmed(target.hit) && p1 && (p1.hit.value.sense.entry.inter === 1 || p1.hit.value.sense.entry.inter === 8)) {
    const named = [...hits, ...leadHits].find((h) => h.hit.value.sense.entry.specificity >= 3 && isNonStateArmed(h.hit) && !PRO_STATE_MILITIAS.has(h.hit.value.sense.entry.id) && !agentOf(h) && !sameEntity(h.hit, p1.hit) && !isAlly(p1, h, text));
    if (named) target = named;
  }
  // "killed two men believed to be ISGS militants": the victims are coded as the group the report attributes them to
  if (target && target.hit.value.sense.entry.specificity <= 1) {
    const t0 = target;
    const as = others.find((h) => h.sf === t0.sf && h.hit.start > t0.hit.end && h.hit.start - t0.hit.end <= 40 && !isCivilianSide(h.hit) && ATTRIBUTED_AS.test(text.slice(t0.hit.end, h.hit.start)));
    if (as) target = as;
  }
  // a protest or riot is faced by the state force that intervenes, not by the people in the crowd
  if (main.triggers.some((t) => t.value.kind === "protest" || t.value.kind === "riot") && (target === null || isCivilianSide(target.hit))) {
    const facingCrowd = (h: ActorHitIn): boolean => h.sf.triggers.some((t) => t.value.kind === "protest" || t.value.kind === "riot") || FACING_CROWD.test(h.sf.text);
    const force = others.find((h) => h.hit.value.sense.entry.inter === 1 && h.hit.value.sense.entry.id !== "government" && !h.hit.value.facility && facingCrowd(h));
    if (force) target = force;
  }
  // "shot dead four men, three of them VDP volunteers": the armed victims decide
  if (target && isCivilianSide(target.hit) && !passive) {
    const incl = others.find((h) => h.main && armed(h) && h.hit.start > target!.hit.start && /\bincluding\b[^.;]*$/i.test(text.slice(target!.hit.end, h.hit.start)));
    if (incl) target = incl;
  }

  let joint: ActorHitIn | null = null;
  // "French and/or Burkinabe forces": two state forces are allies (ACLED's associated actor), not two suspects
  if (perpetrator && perpetrator.hit.value.sense.entry.inter !== 1 && perpetrator.hit.value.sense.entry.inter !== 8) {
    const after = text.slice(perpetrator.hit.end, perpetrator.hit.end + 12);
    const m = JOINT_AFTER.exec(after);
    if (m) joint = hits.find((h) => h.hit.start === perpetrator!.hit.end + m[0].length && !sameEntity(h.hit, perpetrator!.hit)) ?? null;
    joint ??= pairs.get(perpetrator) ?? null;
    if (joint && target && target.hit === joint.hit) target = others.find((h) => h !== joint && h !== target && targetable(h)) ?? null;
  }
  let targetJoint: ActorHitIn | null = null;
  if (target && isNonStateArmed(target.hit)) {
    const after = text.slice(target.hit.end, target.hit.end + 12);
    const m = TARGET_JOINT_AFTER.exec(after);
    if (m) targetJoint = [...hits, ...leadHits].find((h) => h.hit.start === target!.hit.end + m[0].length && !sameEntity(h.hit, target!.hit)) ?? null;
    targetJoint ??= pairs.get(target) ?? null;
  }
  // the armed side a battle was fought with, should the target be people it was protecting
  const armedSide = (h: ActorHitIn): boolean => armedParty(h) && targetable(h) && !agentOf(h) && h !== joint;
  const armedOther = target && armedSide(target) ? target : others.find((h) => h.main && armedSide(h)) ?? others.find(armedSide) ?? null;
  return { perpetrator, target, joint, targetJoint, passive, armedOther };
}
