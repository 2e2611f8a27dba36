/**
 * French voice: who did it and to whom when the verb is passive. French writes the victims
 * first far more often than English ("Douze civils ont été tués par des hommes armés",
 * "deux soldats tués dans une embuscade"), so reading the subject as the perpetrator would
 * turn victims into attackers.
 */

/**
 * "par des hommes armés", "par l'armée", "par de présumés jihadistes": the agent of a passive.
 * "une attaque terroriste", "des attaques jihadistes": an adjective after the event noun names who did it.
 */
export const FR_AGENT_BEFORE = /(?<![\p{L}])(?<!(?:escort|accompagn|gard|protég|sécuris|command|dirig|soutenu|appuy|appuyé|affrét|détenu|tenu)(?:é|ée|és|ées|u|ue|us|ues)?\s)(?:par\s+(?:(?:des|les|le|la|un|une|de|ses|leurs|présumés?|supposés?|probables?)\s+|l['’]|d['’])*|(?:attaques?|attentats?|embuscades?|assauts?|incursions?|violences?|exactions?|raids?|offensives?)\s+|(?:frappes?\s+(?:a(?:é|e)riennes?|de\s+drones?)|bombardements?(?:\s+a(?:é|e)riens?)?|raids?\s+a(?:é|e)riens?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+))$/iu;

/** "ont été", "a été", "auraient été tous": a passive auxiliary right before the participle. */
const AUXILIARY_BEFORE = /(?<![\p{L}])(?:été|(?<!(?:se|s['’])\s*)(?:sont|est|furent|fut|seraient|serait))\s+(?:(?:tous|toutes|également|aussi|lâchement|froidement|sauvagement|sommairement|ensuite|ainsi|déjà|notamment)\s+)*$/iu;

/** "a tué", "ont attaqué", "avaient enlevé": an active compound tense (avoir + participle). */
const ACTIVE_AUXILIARY_BEFORE = /(?<![\p{L}])(?:a|ont|avait|avaient|aurait|auraient|avoir|ayant|aura|auront)\s+(?:(?:[\p{L}]+ment|également|aussi|déjà|tous|toutes|encore)\s+)*$/iu;

/** "ont perdu la vie", "ont péri", "sont tombés": the subject is who died, never who killed. */
const DIED = /^(?:perdu\s+la\s+vie|trouvé\s+la\s+mort|péri|périr|succomb|tomb|décédé|calcinés)/iu;

/** "se sont affrontés", "s'est emparé": reflexive, the subject acts. */
const REFLEXIVE_BEFORE = /(?<![\p{L}])(?:se|s['’])\s*(?:sont|est|étaient|était|seraient|serait)\s+(?:(?:violemment|à\s+nouveau|encore|également)\s+)*$/iu;

/** A past participle of a violence verb: "tué", "enlevées", "attaqués", "abattus". */
const PARTICIPLE = /^[\p{L}-]*(?:é|ée|és|ées|u|us|ue|ues)$/u;

/**
 * Whether a French trigger is passive: after "été", or a participle used as an adjective
 * ("soldats tués", "poste attaqué par") that no "a"/"ont" makes active.
 */
export function isFrenchPassive(trigger: string, before: string): boolean {
  if (AUXILIARY_BEFORE.test(before) || DIED.test(trigger)) return true;
  const word = trigger.split(/\s+/)[0];
  if (!PARTICIPLE.test(word) || REFLEXIVE_BEFORE.test(before)) return false;
  return !ACTIVE_AUXILIARY_BEFORE.test(before);
}
