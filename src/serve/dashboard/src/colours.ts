/** One colour per ACLED event type, chosen to stay distinct for colour-blind readers (Okabe–Ito). */
export const TYPE_COLOURS: Record<string, string> = {
  Battles: "#d55e00",
  "Explosions/Remote violence": "#e69f00",
  "Violence against civilians": "#cc79a7",
  Protests: "#0072b2",
  Riots: "#56b4e9",
  "Strategic developments": "#009e73",
};
export const OTHER_COLOUR = "#777777";

export function typeColour(type: string): string {
  return TYPE_COLOURS[type] ?? OTHER_COLOUR;
}

/** Field → highlight colour for evidence spans, so "hover a field" and the span in the text match. */
export const FIELD_COLOURS: Record<string, string> = {
  event_type: "#ffd8a8",
  sub_event_type: "#ffd8a8",
  event_date: "#c5f6fa",
  actor1: "#d0bfff",
  actor2: "#fcc2d7",
  assoc_actors: "#eebefa",
  location: "#b2f2bb",
  fatalities: "#ffc9c9",
  weapons: "#ffec99",
  verification: "#a5d8ff",
  claimed_by: "#a5d8ff",
  claim_relayed_by: "#a5d8ff",
  civilian_targeting: "#fcc2d7",
};

export function fieldColour(field: string): string {
  return FIELD_COLOURS[field] ?? "#e9ecef";
}
