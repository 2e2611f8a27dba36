import type { EventType } from "../domain/taxonomy.js";

/** One colour per ACLED event type, the same on the map, the legend and the tables. Colour-blind-safe (Okabe–Ito). */
export const EVENT_TYPE_COLOURS: Record<EventType, string> = {
  "Battles": "#D55E00",
  "Explosions/Remote violence": "#8E44AD",
  "Violence against civilians": "#C0392B",
  "Protests": "#0072B2",
  "Riots": "#E69F00",
  "Strategic developments": "#5D6D7E",
};

export function colourOf(type: string): string {
  return EVENT_TYPE_COLOURS[type as EventType] ?? "#555555";
}
