import type { ExtractedEvent, Store } from "../../src/domain/index.js";
import { ACTORS, deaths, event, place, report } from "./fixtures.js";

/**
 * A hand-built month of events in the central Sahel (fictional reports, real place names)
 * for report tests: 4 weeks from 2025-05-05, plus the 4 weeks before for comparison.
 */
const SITES = [
  place("Djibo", 14.1, -1.627, "Sahel", "Soum"),
  place("Arbinda", 14.23, -0.866, "Sahel", "Soum"),
  place("Dori", 14.035, -0.035, "Sahel", "Seno"),
  place("Kaya", 13.092, -1.084, "Centre-Nord", "Sanmatenga"),
  place("Fada N'Gourma", 12.061, 0.358, "Est", "Gourma"),
  place("Diapaga", 12.07, 1.788, "Est", "Tapoa"),
  place("Ouahigouya", 13.578, -2.421, "Nord", "Yatenga"),
  place("Menaka", 15.918, 2.402, "Menaka", "Menaka", "Mali", "MLI"),
  place("Tillaberi", 14.207, 1.453, "Tillaberi", "Tillaberi", "Niger", "NER"),
  place("Boni", 15.05, -1.98, "Mopti", "Douentza", "Mali", "MLI"),
];

const KINDS: Array<Partial<ExtractedEvent>> = [
  { event_type: "Battles", sub_event_type: "Armed clash", actor1: ACTORS.jnim, actor2: ACTORS.army },
  { event_type: "Violence against civilians", sub_event_type: "Attack", actor1: ACTORS.isSahel, actor2: ACTORS.civilians, civilian_targeting: true },
  { event_type: "Explosions/Remote violence", sub_event_type: "Remote explosive/landmine/IED", actor1: ACTORS.jnim, actor2: ACTORS.vdp },
  { event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike", actor1: ACTORS.army, actor2: ACTORS.jnim },
  { event_type: "Battles", sub_event_type: "Armed clash", actor1: ACTORS.isSahel, actor2: ACTORS.jnim },
];

function day(offset: number): string {
  const d = new Date(Date.UTC(2025, 4, 5 + offset));
  return d.toISOString().slice(0, 10);
}

/** Stores the month (and the month before); returns how many events were stored in each. */
export async function seedMonth(store: Store): Promise<{ current: number; previous: number }> {
  let current = 0;
  let previous = 0;
  for (let i = 0; i < 44; i += 1) {
    const offset = i < 30 ? i - (i % 3) * 1 - 1 + 1 : -1 - (i - 30) * 2; // 30 in the month, 14 in the month before
    const when = day(Math.max(-28, Math.min(27, offset)));
    const site = SITES[(i * 7) % SITES.length];
    const kind = KINDS[(i * 3) % KINDS.length];
    const toll = [0, 3, 12, 5, 28, 0, 7, 60, 2, 15][i % 10];
    const claimed = i % 9 === 4;
    const ev = event({
      ...kind,
      event_date: when,
      location: site,
      fatalities: toll ? deaths(toll) : { low: null, best: null, high: null, text: null },
      verification: claimed ? "claimed" : i % 4 === 0 ? "confirmed" : "reported",
      claimed_by: claimed ? kind.actor1?.name ?? null : null,
      weapons: i % 11 === 5 ? [{ name: "PKM machine gun", category: "machine gun", origin_country: "Russia", captured_by: kind.actor1?.name ?? "JNIM", captured_from: kind.actor2?.name ?? null }] : [],
      notes: `${kind.actor1?.name} ${kind.sub_event_type === "Armed clash" ? "clashed with" : "attacked"} ${kind.actor2?.name} near ${site.name}${toll ? `, killing ${toll}` : ""}.`,
    });
    if (when >= "2025-05-05") current += 1;
    else previous += 1;
    await report(store, `Report ${i} on ${site.name}`, [ev], when);
  }
  // Two outlets disagreeing on one event's toll: the caution list must name it.
  await report(store, "Outlet A on Dori", [event({ event_date: "2025-05-20", location: SITES[2], fatalities: deaths(9), notes: "JNIM attacked soldiers in Dori, killing 9." })], "2025-05-21");
  await report(store, "Outlet B on Dori", [event({ event_date: "2025-05-20", location: SITES[2], fatalities: deaths(31), notes: "JNIM attacked soldiers in Dori, killing 31." })], "2025-05-22");
  current += 1;
  return { current, previous };
}
