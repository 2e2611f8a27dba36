/**
 * ACLED's event taxonomy (codebook 2023+): 6 event types, 25 sub-event types,
 * the disorder type each belongs to, and the actor "inter" codes.
 * Kept as data so that exports drop into an analyst's existing ACLED workflow.
 */

export const EVENT_TYPES = [
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Protests",
  "Riots",
  "Strategic developments",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const SUB_EVENT_TYPES = {
  "Armed clash": "Battles",
  "Government regains territory": "Battles",
  "Non-state actor overtakes territory": "Battles",
  "Chemical weapon": "Explosions/Remote violence",
  "Air/drone strike": "Explosions/Remote violence",
  "Suicide bomb": "Explosions/Remote violence",
  "Shelling/artillery/missile attack": "Explosions/Remote violence",
  "Remote explosive/landmine/IED": "Explosions/Remote violence",
  "Grenade": "Explosions/Remote violence",
  "Sexual violence": "Violence against civilians",
  "Attack": "Violence against civilians",
  "Abduction/forced disappearance": "Violence against civilians",
  "Peaceful protest": "Protests",
  "Protest with intervention": "Protests",
  "Excessive force against protesters": "Protests",
  "Violent demonstration": "Riots",
  "Mob violence": "Riots",
  "Agreement": "Strategic developments",
  "Arrests": "Strategic developments",
  "Change to group/activity": "Strategic developments",
  "Disrupted weapons use": "Strategic developments",
  "Headquarters or base established": "Strategic developments",
  "Looting/property destruction": "Strategic developments",
  "Non-violent transfer of territory": "Strategic developments",
  "Other": "Strategic developments",
} as const satisfies Record<string, EventType>;
export type SubEventType = keyof typeof SUB_EVENT_TYPES;

export function eventTypeOf(sub: SubEventType): EventType {
  return SUB_EVENT_TYPES[sub];
}

export function isSubEventType(value: string): value is SubEventType {
  return Object.prototype.hasOwnProperty.call(SUB_EVENT_TYPES, value);
}

export type DisorderType = "Political violence" | "Demonstrations" | "Strategic developments";

/** ACLED: protests, and riots other than mob violence, are "Demonstrations"; strategic developments are their own kind. */
export function disorderTypeOf(sub: SubEventType): DisorderType {
  const type = SUB_EVENT_TYPES[sub];
  if (type === "Protests" || sub === "Violent demonstration") return "Demonstrations";
  if (type === "Strategic developments") return "Strategic developments";
  return "Political violence";
}

/**
 * ACLED "inter" codes: 1 state forces, 2 rebel groups, 3 political militias,
 * 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
 */
export type InterCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** ACLED's interaction code: the two inter codes, smaller first (e.g. 12, 27); a lone actor gives its code times ten. */
export function interactionCode(inter1: InterCode, inter2: InterCode): number {
  if (inter1 === 0 && inter2 === 0) return 0;
  if (inter2 === 0) return inter1 * 10;
  if (inter1 === 0) return inter2 * 10;
  const [a, b] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1];
  return a * 10 + b;
}
