import type { EventValues, PlaceMention } from "../../domain/index.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const VERBS: Partial<Record<EventValues["sub_event_type"], string>> = {
  "Armed clash": "clashed with",
  "Attack": "attacked",
  "Abduction/forced disappearance": "abducted",
  "Sexual violence": "sexually assaulted",
  "Remote explosive/landmine/IED": "targeted with an explosive device",
  "Air/drone strike": "carried out an air or drone strike against",
  "Shelling/artillery/missile attack": "shelled",
  "Suicide bomb": "carried out a suicide bombing against",
  "Grenade": "threw a grenade at",
  "Non-state actor overtakes territory": "took control of an area from",
  "Government regains territory": "regained territory from",
  "Looting/property destruction": "looted or destroyed property of",
  "Arrests": "arrested",
  "Disrupted weapons use": "disrupted a weapon of",
  "Mob violence": "attacked",
  "Protest with intervention": "protested and were dispersed by",
  "Excessive force against protesters": "faced lethal force from",
};

function longDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

function where(place: PlaceMention | null): string {
  if (!place) return "";
  const q = place.qualifiers.length > 0 ? ` (${place.qualifiers.join(", ")})` : "";
  const rel = place.relation === "near" ? "near" : place.relation === "between" && place.secondary ? "between" : "in";
  const name = rel === "between" ? `${place.name} and ${place.secondary}` : place.name;
  return ` ${rel} ${name}${q}`;
}

/** One English sentence in ACLED's manner: "On 11 May 2025, JNIM attacked Military Forces of Burkina Faso in Djibo (Soum), killing 12." */
export function composeNotes(v: Omit<EventValues, "notes">, place: PlaceMention | null, dateStated: boolean): string {
  let when = "";
  if (v.event_date && v.date_precision === "day") when = `On ${longDate(v.event_date)}, `;
  else if (v.event_date && !dateStated) when = `On or shortly before ${longDate(v.event_date)}, `;
  else if (v.event_date && v.date_precision === "week") when = `In the week to ${longDate(v.event_date)}, `;
  else if (v.event_date && v.date_precision === "month") when = `In ${MONTHS[Number(v.event_date.slice(5, 7)) - 1]} ${v.event_date.slice(0, 4)}, `;
  const who = v.actor1?.name ?? "Unidentified actors";
  let what: string;
  if (v.sub_event_type === "Peaceful protest") what = `${who} staged a protest`;
  else if (v.sub_event_type === "Violent demonstration") what = `${who} rioted`;
  else if (v.sub_event_type === "Change to group/activity" || v.sub_event_type === "Other" || v.sub_event_type === "Agreement" || v.sub_event_type === "Headquarters or base established" || v.sub_event_type === "Non-violent transfer of territory") what = `${who}: ${v.sub_event_type.toLowerCase()}`;
  else {
    const verb = VERBS[v.sub_event_type] ?? "attacked";
    what = v.actor2 ? `${who} ${verb} ${v.actor2.name}` : `${who} ${verb.replace(/\s+(?:with|of|from|against|at|by)$/, "")}`.replace(/ clashed$/, " clashed").replace(/ attacked$/, " carried out an attack");
  }
  let toll = "";
  if (v.fatalities.best !== null && v.fatalities.best > 0) toll = `, ${v.verification === "claimed" ? "reportedly killing" : "killing"} ${v.fatalities.low ?? v.fatalities.best}${v.fatalities.low !== v.fatalities.best ? ` (reports say ${v.fatalities.best})` : ""}`;
  else if (v.fatalities.best === 0) toll = ", with no fatalities reported";
  const claim = v.verification === "claimed" && v.claimed_by ? `; claimed by ${v.claimed_by}${v.claim_relayed_by ? ` via ${v.claim_relayed_by}` : ""}` : "";
  const verif = v.verification === "unverified" ? " (unverified reports)" : "";
  const s = `${when}${what}${where(place)}${toll}${claim}${verif}.`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}
