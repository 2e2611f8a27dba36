import type { ActorRef, SubEventType } from "../../domain/index.js";
import type { SentenceFacts } from "./sentence-facts.js";

const INTERVENTION = /\b(?:dispers(?:ed|ing)|tear\s?gas|broke\s+up|intervened|fired\s+(?:warning\s+)?shots|arrested|clashed\s+with\s+(?:the\s+)?(?:police|security)|repressed|charged|gaz\s+lacrymogènes?|dispersé)/i;
const HARM_TO_PEOPLE = /\b(?:wound(?:ed|ing)|injur(?:ed|ing|ies)|beat(?:en|ing)?|assault(?:ed|ing)|abduct(?:ed|ing|ion)|kidnap(?:ped|ping)|rap(?:e|ed)|tortur(?:e|ed)|whipp(?:ed)|flogg(?:ed)|kill(?:ed|ing)|dead|death|executed|shot\s+(?:and|dead)|hostage|missing|blessé|tué|enlevé)/i;
/** Harm beyond the abduction itself: ACLED codes such events as attacks. */
const PHYSICAL_HARM = /\b(?:wound(?:ed|ing)|injur(?:ed|ing)|hack(?:ed)|beat(?:en)?|stabb(?:ed)|shot|tortur(?:ed)|corpse|body|bodies|hung|hanged|found\s+dead|blessé)/i;
const GROUND_COMBAT = /\b(?:firefights?|gun\s?fights?|exchang\w*\s+(?:of\s+)?(?:heavy\s+)?(?:gun)?fire|small\s+arms|responded|commandos?|ground\s+(?:troops|forces|operation|assault)|air-ground|clash(?:ed|es)?|fighting|ambush(?:ed)?|armed\s+assault|combats?|accrochages?)\b/i;
const AIRCRAFT = /\b(?:aircrafts?|fighter\s+jets?|jets|drones?|helicopters?|air\s+force|aerial|warplanes?|avions?|hélicoptères?)\b/i;
const CLASH_WORD = /\b(?:clash(?:ed|es)?|exchange(?:d)?\s+(?:of\s+)?(?:gun)?fire|fighting|retaliated|fought|affrontements?|accrochages?)\b/i;
const HARM_TO_PROTESTERS = /\b(?:killed|shot\s+dead|live\s+(?:fire|ammunition|bullets))\b/i;

const LABOUR_STRIKE = /\b(?:(?:renewed|began|begin|started|launched|observ\w*|declared|called|staged)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}strike|strike\s+action|on\s+strike|laid\s+down\s+their\s+tools|suspended\s+classes|boycott(?:ed)?\s+(?:the\s+)?exams)\b/i;
const GATHERING = /\b(?:demonstrat\w*|protest(?:ed|ing|s)?|march(?:ed|es)?|sit-?ins?|rall(?:y|ied|ies)|gathered|took\s+to\s+the\s+streets?|manifest\w*|marche|rassembl\w*)\b/i;
const SCHOOLS_CLOSED = /\bclos(?:ed|ing)\s+(?:down\s+)?(?:over\s+\d+\s+|more\s+than\s+\d+\s+|\d+\s+|the\s+|a\s+|several\s+)?schools?\b/i;

function isArmed(a: ActorRef | null): boolean {
  return a !== null && a.inter !== 7 && a.inter !== 6 && a.inter !== 5 && a.inter !== 0;
}

/**
 * ACLED's sub-event type from what happened (trigger kinds, strongest first) and to whom
 * (an armed target makes a battle; civilians make violence against civilians).
 */
export function classify(kinds: Set<string>, actor1: ActorRef | null, actor2: ActorRef | null, sentences: SentenceFacts[], fatalities: number | null): SubEventType {
  const text = sentences.map((s) => s.text).join(" ");
  const armedPerpetrator = isArmed(actor1) && actor1!.inter !== 1 ? true : isArmed(actor1);
  if (kinds.has("protest") && !kinds.has("ied") && !kinds.has("air") && !(armedPerpetrator && (kinds.has("kill") || kinds.has("abduct")) && actor1!.inter !== 1)) {
    if (kinds.has("riot") || kinds.has("loot") || (kinds.has("mob") && !kinds.has("protest"))) return kinds.has("mob") && !kinds.has("riot") ? "Mob violence" : "Violent demonstration";
    if (INTERVENTION.test(text)) return HARM_TO_PROTESTERS.test(text) || (fatalities ?? 0) > 0 ? "Excessive force against protesters" : "Protest with intervention";
    // a work stoppage with no gathering in the street: ACLED's "Other", not a protest
    if (LABOUR_STRIKE.test(text) && !GATHERING.test(text)) return "Other";
    return "Peaceful protest";
  }
  if (kinds.has("mob") && !(actor1 && actor1.inter <= 4)) return "Mob violence";
  if (kinds.has("riot") && !(actor1 && actor1.inter <= 4)) return "Violent demonstration";
  if (kinds.has("disrupted")) return "Disrupted weapons use";
  if (kinds.has("suicide")) return "Suicide bomb";
  if (kinds.has("air") && !(isArmed(actor2) && GROUND_COMBAT.test(text))) return "Air/drone strike";
  // an attack carried out from aircraft is an air strike, whatever verb reports it
  if (["attack", "kill", "clash"].some((k) => kinds.has(k)) && AIRCRAFT.test(text) && !GROUND_COMBAT.test(text) && actor1 !== null && (actor1.inter === 1 || actor1.inter === 8)) return "Air/drone strike";
  // remote fire in the middle of a ground fight against an armed side is a battle
  if ((kinds.has("shelling") || kinds.has("air")) && isArmed(actor2) && GROUND_COMBAT.test(text)) return "Armed clash";
  if (kinds.has("shelling")) return "Shelling/artillery/missile attack";
  if (kinds.has("grenade")) return "Grenade";
  // a complex attack (explosive then small-arms fire) on an armed target is a battle
  if (kinds.has("ied") && (kinds.has("ambush") || kinds.has("clash")) && isArmed(actor2)) return "Armed clash";
  if (kinds.has("ied")) return "Remote explosive/landmine/IED";
  if (kinds.has("sexual")) return "Sexual violence";
  if (kinds.has("overtake")) return actor1?.inter === 1 ? "Government regains territory" : "Non-state actor overtakes territory";
  if (kinds.has("regain")) return "Government regains territory";
  const violent = ["ambush", "clash", "overrun", "kill", "attack"].some((k) => kinds.has(k));
  // abducted then killed: ACLED codes the killing
  if (kinds.has("abduct") && ((fatalities ?? 0) > 0 || kinds.has("kill") || PHYSICAL_HARM.test(text)) && !isArmed(actor2)) return "Attack";
  if (kinds.has("abduct") && !(violent && isArmed(actor2))) return isArmed(actor2) ? "Armed clash" : "Abduction/forced disappearance";
  // looting and destruction that harmed no one is a strategic development, even when it began as an "attack"
  if (violent && kinds.has("loot") && !(fatalities ?? 0) && !HARM_TO_PEOPLE.test(text) && !isArmed(actor2)) return "Looting/property destruction";
  if (violent) {
    if (isArmed(actor2)) return "Armed clash";
    // "clashes between X and Y": both sides fought, whoever they were
    if (kinds.has("clash") && CLASH_WORD.test(text) && !(actor1 && actor1.inter <= 2 && actor2 && actor2.inter === 7)) return "Armed clash";
    if (actor2 === null && (kinds.has("clash") || kinds.has("ambush"))) return "Armed clash";
    if (actor2 === null && !isArmed(actor1) && kinds.has("kill")) return "Attack";
    return "Attack";
  }
  if (kinds.has("loot")) return "Looting/property destruction";
  if (kinds.has("seizure")) return "Disrupted weapons use";
  // threats and extortion that harmed no one
  if (kinds.has("threat")) return "Other";
  if (kinds.has("arrest")) return "Arrests";
  if (kinds.has("agreement")) return "Agreement";
  if (kinds.has("transfer")) return "Non-violent transfer of territory";
  if (kinds.has("base")) return "Headquarters or base established";
  if (/\b(?:video|statement|vidéo|communiqué)\b/i.test(text) && !/\b(?:curfew|couvre-feu|deployed|banned)\b/i.test(text)) return "Other";
  // armed groups shutting schools down: a non-violent strategic development ACLED codes "Other"
  if (SCHOOLS_CLOSED.test(text) && isArmed(actor1) && actor1!.inter !== 1) return "Other";
  return "Change to group/activity";
}
