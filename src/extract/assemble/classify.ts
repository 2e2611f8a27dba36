import type { ActorRef, SubEventType } from "../../domain/index.js";
import type { SentenceFacts } from "./sentence-facts.js";
import {
  INTERVENTION,
  HARM_TO_PEOPLE,
  PHYSICAL_HARM,
  GROUND_COMBAT,
  AIRCRAFT,
  CLASH_WORD,
  HARM_TO_PROTESTERS,
  FORCES_SEIZED,
  CROWD_VIOLENT_ACT,
  LABOUR_STRIKE,
  GATHERING,
  SCHOOLS_CLOSED,
  DEFENCELESS,
  NO_FIGHT,
  CHECKPOINT_ONLY,
  RESTRICTION,
  POST_ATTACKED,
  ARMED_VICTIMS,
  UNMANNED,
  COMMUNAL_FIGHT,
  COMPLEX_ASSAULT,
  FIGHTERS_TAKEN,
  IED_THEN_GUNFIRE,
  AIR_THEN_GROUND,
  CROWD_VS_FORCES,
  CROWD_ARMED,
  LOOT_TEXT,
  BACKGROUND,
  ATTACKERS_HIT,
  ARMED_UNIT_ATTACKED,
  UNARMED_SIDES,
  WEAPONS,
  FIREARMS_CROWD,
  STATE_AUXILIARY,
  SHELLS_THEN_ASSAULT,
  CROWD_BEATING,
  PROTEST_NAMED,
  STATE_FORCE_WORD,
  HARM_BEYOND_PROPERTY,
} from "./classify-wording.js";

function isArmed(a: ActorRef | null): boolean {
  return a !== null && a.inter !== 7 && a.inter !== 6 && a.inter !== 5 && a.inter !== 0;
}

/** An armed side on the receiving end, unless it is the perpetrator's own kind (soldiers and gendarmes who executed prisoners). */
function isArmedTarget(actor1: ActorRef | null, actor2: ActorRef | null, text: string): boolean {
  if (!isArmed(actor2)) return false;
  if (actor1 !== null && actor1.inter === 1 && actor2!.inter === 1 && !CLASH_WORD.test(text)) return false;
  // the state's own auxiliaries (Burkina Faso's volunteer fighters) fight beside its soldiers, not against them
  if (actor1 !== null && actor1.inter === 1 && STATE_AUXILIARY.test(actor2!.acled_name) && !CLASH_WORD.test(text)) return false;
  return true;
}

/**
 * ACLED's sub-event type from what happened (trigger kinds, strongest first) and to whom
 * (an armed target makes a battle; civilians make violence against civilians).
 */
export function classify(kinds: Set<string>, actor1: ActorRef | null, actor2: ActorRef | null, sentences: SentenceFacts[], fatalities: number | null): SubEventType {
  const text = sentences.map((s) => s.text).join(" ");
  const armedPerpetrator = isArmed(actor1) && actor1!.inter !== 1 ? true : isArmed(actor1);
  // violence reported with a stray protest word ("abducted herders, demanding a ransom"): the violence is the event
  const strayProtestWord = ["abduct", "kill", "attack"].some((k) => kinds.has(k)) && !kinds.has("riot") && !PROTEST_NAMED.test(text);
  if (kinds.has("protest") && !strayProtestWord && !kinds.has("ied") && !kinds.has("air") && !(armedPerpetrator && (kinds.has("kill") || kinds.has("abduct")) && actor1!.inter !== 1)) {
    // goods seized by the police from the protesters are no looting by the crowd
    const crowdLooted = kinds.has("loot") && !FORCES_SEIZED.test(text);
    if (kinds.has("riot") || crowdLooted || (kinds.has("mob") && !kinds.has("protest"))) return kinds.has("mob") && !kinds.has("riot") ? "Mob violence" : "Violent demonstration";
    // the crowd itself turned violent (stones, beatings, storming a building, arson): a violent demonstration, whoever intervened
    if (CROWD_VIOLENT_ACT.test(text)) return "Violent demonstration";
    if (INTERVENTION.test(text)) return HARM_TO_PROTESTERS.test(text) || (fatalities ?? 0) > 0 ? "Excessive force against protesters" : "Protest with intervention";
    // a work stoppage with no gathering in the street: ACLED's "Other", not a protest
    if (LABOUR_STRIKE.test(text) && !GATHERING.test(text)) return "Other";
    return "Peaceful protest";
  }
  // a crowd that lynched or beat someone (not a state force's or an armed group's own violence): a mob
  if (CROWD_BEATING.test(text) && !(actor1 && actor1.inter <= 3) && !FIREARMS_CROWD.test(text) && !kinds.has("ied") && !kinds.has("air")) return "Mob violence";
  // villagers of two communities fighting each other: communal militias in a battle, not a mob
  if (kinds.has("mob") && kinds.has("clash") && COMMUNAL_FIGHT.test(text) && !BACKGROUND.test(text) && !UNARMED_SIDES.test(text)) return "Armed clash";
  // villagers with rifles act as a militia: their violence is an attack, not a mob's
  if (kinds.has("mob") && !(actor1 && actor1.inter <= 4) && !FIREARMS_CROWD.test(text)) return "Mob violence";
  if (kinds.has("riot") && !(actor1 && actor1.inter <= 4)) return "Violent demonstration";
  // "took over the town; no clashes were reported": territory changing hands without a fight
  if ((kinds.has("transfer") || kinds.has("overtake")) && NO_FIGHT.test(text) && !(fatalities ?? 0)) return "Non-violent transfer of territory";
  if (kinds.has("disrupted")) return "Disrupted weapons use";
  // a suicide bomb that opens an assault on soldiers (a "complex attack") is coded as the battle it began
  if (kinds.has("suicide")) return COMPLEX_ASSAULT.test(text) && (isArmed(actor2) || POST_ATTACKED.test(text) || ARMED_UNIT_ATTACKED.test(text)) ? "Armed clash" : "Suicide bomb";
  if (kinds.has("air") && AIR_THEN_GROUND.test(text) && !(actor2 && actor2.inter === 7)) return "Armed clash";
  if (kinds.has("air") && !(isArmed(actor2) && GROUND_COMBAT.test(text))) return "Air/drone strike";
  // an attack carried out from aircraft is an air strike, whatever verb reports it
  if (["attack", "kill", "clash"].some((k) => kinds.has(k)) && AIRCRAFT.test(text) && !GROUND_COMBAT.test(text) && actor1 !== null && (actor1.inter === 1 || actor1.inter === 8)) return "Air/drone strike";
  // remote fire in the middle of a ground fight against an armed side is a battle
  if ((kinds.has("shelling") || kinds.has("air")) && isArmed(actor2) && GROUND_COMBAT.test(text)) return "Armed clash";
  if (kinds.has("shelling") && SHELLS_THEN_ASSAULT.test(text) && !(actor2 && actor2.inter === 7)) return "Armed clash";
  if (kinds.has("shelling")) return "Shelling/artillery/missile attack";
  if (kinds.has("grenade")) return "Grenade";
  // a complex attack (explosive then small-arms fire) on an armed target is a battle
  if (kinds.has("ied") && (kinds.has("ambush") || kinds.has("clash")) && isArmed(actor2)) return "Armed clash";
  if (kinds.has("ied") && (IED_THEN_GUNFIRE.test(text) || POST_ATTACKED.test(text)) && !(actor2 && actor2.inter === 7)) return "Armed clash";
  if (kinds.has("ied")) return "Remote explosive/landmine/IED";
  if (kinds.has("sexual")) return "Sexual violence";
  // a town taken without a fight changes hands peacefully
  if (kinds.has("overtake") && actor1?.inter !== 1 && !["ambush", "clash", "overrun", "kill", "attack", "loot", "abduct"].some((k) => kinds.has(k)) && !(fatalities ?? 0)) return "Non-violent transfer of territory";
  if (kinds.has("overtake")) return actor1?.inter === 1 ? "Government regains territory" : "Non-state actor overtakes territory";
  if (kinds.has("regain")) return "Government regains territory";
  // "soldiers beat a detainee to death": a killing by armed men, not a mob
  const violent = ["ambush", "clash", "overrun", "kill", "attack"].some((k) => kinds.has(k)) || (kinds.has("mob") && isArmed(actor1));
  // abducted then killed: ACLED codes the killing
  // an abduction the villagers fought off, killing attackers: a battle
  if (kinds.has("abduct") && isArmed(actor1) && ATTACKERS_HIT.test(text)) return "Armed clash";
  if (kinds.has("abduct") && ((fatalities ?? 0) > 0 || kinds.has("kill") || PHYSICAL_HARM.test(text)) && !isArmed(actor2)) return "Attack";
  // soldiers or militiamen taken away without a fight are abducted like anyone else
  if (kinds.has("abduct") && !(violent && isArmed(actor2))) return isArmedTarget(actor1, actor2, text) && (GROUND_COMBAT.test(text) || FIGHTERS_TAKEN.test(text)) && !DEFENCELESS.test(text) ? "Armed clash" : "Abduction/forced disappearance";
  // looting and destruction that harmed no one is a strategic development, even when it began as an "attack"
  // (the looting may be told in the sentence after "an incursion into the village")
  if (violent && (kinds.has("loot") || LOOT_TEXT.test(text)) && !(fatalities ?? 0) && !HARM_TO_PEOPLE.test(text) && !(HARM_BEYOND_PROPERTY.test(text) && !UNMANNED.test(text)) && !isArmed(actor2)) return "Looting/property destruction";
  if (violent) {
    // an empty post burned by the attackers: nobody to fight
    if (!(fatalities ?? 0) && UNMANNED.test(text) && !HARM_TO_PEOPLE.test(text)) return "Looting/property destruction";
    // people killed off duty, in custody or after arrest were not fighting back (unless a post or unit was attacked)
    if (DEFENCELESS.test(text) && !GROUND_COMBAT.test(text) && !ATTACKERS_HIT.test(text) && !POST_ATTACKED.test(text) && !ARMED_UNIT_ATTACKED.test(text)) return "Attack";
    // crowds without weapons fighting each other
    // (the police who came to stop them are no side of the fight)
    if (kinds.has("clash") && !(isArmed(actor1) && actor1!.inter !== 1) && !(isArmed(actor2) && actor2!.inter !== 1) && UNARMED_SIDES.test(text) && !WEAPONS.test(text)) return "Mob violence";
    // a crowd fighting the police or soldiers: a riot, not a battle
    if (CROWD_VS_FORCES.test(text) && !CROWD_ARMED.test(text)) return /\b(?:protesters|demonstrators|manifestants)\b/i.test(text) ? "Violent demonstration" : "Mob violence";
    if (isArmedTarget(actor1, actor2, text)) return "Armed clash";
    if (POST_ATTACKED.test(text) || (ARMED_VICTIMS.test(text) && isArmed(actor1))) return "Armed clash";
    if (isArmed(actor1) && (ATTACKERS_HIT.test(text) || ARMED_UNIT_ATTACKED.test(text))) return "Armed clash";
    // members of two communities fighting, no one side named as the perpetrator
    if (COMMUNAL_FIGHT.test(text) && !BACKGROUND.test(text) && (actor1 === null || actor1.inter === 4 || actor1.inter === 7) && !(actor1 && actor1.inter === 4 && actor2 && actor2.inter === 7 && !CLASH_WORD.test(text))) return "Armed clash";
    // "clashes between X and Y": both sides fought, whoever they were
    if (kinds.has("clash") && CLASH_WORD.test(text)) return "Armed clash";
    if (actor2 === null && (kinds.has("clash") || kinds.has("ambush"))) return "Armed clash";
    if (actor2 === null && !isArmed(actor1) && kinds.has("kill")) return "Attack";
    return "Attack";
  }
  if (kinds.has("loot")) return HARM_BEYOND_PROPERTY.test(text) && !UNMANNED.test(text) && !isArmed(actor2) ? "Attack" : "Looting/property destruction";
  // weapons found on people who were arrested: the arrest is the event
  if (kinds.has("seizure")) return kinds.has("arrest") ? "Arrests" : "Disrupted weapons use";
  // threats and extortion that harmed no one
  if (kinds.has("threat")) return "Other";
  // only authorities arrest: rebels or unidentified gunmen who "detained" someone abducted them
  if (kinds.has("arrest")) return actor1 !== null && (actor1.inter === 2 || actor1.inter === 3) && !STATE_FORCE_WORD.test(text) ? "Abduction/forced disappearance" : "Arrests";
  if (kinds.has("agreement")) return "Agreement";
  if (kinds.has("transfer")) return "Non-violent transfer of territory";
  // a checkpoint is a show of control on a road, not a base
  if (kinds.has("base")) return CHECKPOINT_ONLY.test(text) ? "Other" : "Headquarters or base established";
  if (/\b(?:video|statement|vidéo|communiqué)\b/i.test(text) && !/\b(?:curfew|couvre-feu|deployed|banned)\b/i.test(text)) return "Other";
  // closures, suspensions, ultimatums and blockades (by a government or an armed group) restrict activity without violence: ACLED's "Other"
  if (RESTRICTION.test(text) && !/\b(?:curfew|couvre-feu|deployed|déploy\w*)\b/i.test(text)) return "Other";
  // armed groups shutting schools down: a non-violent strategic development ACLED codes "Other"
  if (SCHOOLS_CLOSED.test(text) && isArmed(actor1) && actor1!.inter !== 1) return "Other";
  return "Change to group/activity";
}
