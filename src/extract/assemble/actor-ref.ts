import type { ActorRef } from "../../domain/index.js";
import type { CompiledLexicons } from "../lexicon/compiled.js";
import type { ActorSense } from "../lexicon/types.js";

/** ACLED's regime label for a country at a date ("2022-" for Burkina Faso after January 2022); the latest when the date is unknown. */
export function eraOf(lex: CompiledLexicons, iso3: string, date: string | null): string | null {
  const c = lex.countryById.get(iso3);
  if (!c || c.eras.length === 0) return null;
  if (date === null) return c.eras[c.eras.length - 1].label;
  let label = c.eras[0].label;
  for (const e of c.eras) if (e.from <= date) label = e.label;
  return label;
}

function fill(template: string, country: string | null, era: string | null, ethnic?: string): string {
  let out = template.replace("{ethnic}", ethnic ?? "");
  out = country ? out.replace("{country}", country) : out.replace(/\s*\(\{country\}\)/, "").replace(/\s+of\s+\{country\}/, "").replace("{country}", "");
  out = era ? out.replace("{era}", era) : out.replace(/\s*\(\{era\}\)/, "");
  return out.replace(/\s+/g, " ").trim();
}

const refCache = new Map<string, ActorRef>();

/** The record's actor: short name, ACLED name with country and era, inter code. */
export function actorRef(lex: CompiledLexicons, sense: ActorSense, iso3: string | null, date: string | null): ActorRef {
  const key = `${lex.lang}|${sense.entry.id}|${sense.country ?? ""}|${sense.ethnic ?? ""}|${sense.locality ?? ""}|${iso3 ?? ""}|${iso3 ? eraOf(lex, sense.country ?? sense.entry.country ?? iso3, date) : ""}|${sense.entry.country ? eraOf(lex, sense.entry.country, date) : ""}`;
  const hit = refCache.get(key);
  if (hit) return { ...hit };
  const ref = buildRef(lex, sense, iso3, date);
  if (refCache.size < 10000) refCache.set(key, ref);
  return { ...ref };
}

function buildRef(lex: CompiledLexicons, sense: ActorSense, iso3: string | null, date: string | null): ActorRef {
  const entry = sense.entry;
  const country = sense.country ?? entry.country ?? iso3;
  const countryName = country ? lex.countryById.get(country)?.name ?? null : null;
  const era = country ? eraOf(lex, country, date) : null;
  if (entry.acled_name) return { name: entry.name, acled_name: entry.acled_name, inter: entry.inter };
  // ACLED names a village's or town's self-defence after the place ("Kobaye Communal Militia (Mali)")
  if (sense.locality && entry.id === "communal-militia") {
    const named = `${sense.locality} Communal Militia`;
    return { name: named, acled_name: countryName ? `${named} (${countryName})` : named, inter: entry.inter };
  }
  const template = entry.acled_template ?? entry.name;
  return {
    name: fill(entry.name.includes("{") ? entry.name : entry.name, countryName, null, sense.ethnic),
    acled_name: fill(template, countryName, era, sense.ethnic),
    inter: entry.inter,
  };
}

/** "JNIM and/or ISGS": ACLED's joint label. */
export function jointRef(a: ActorRef, b: ActorRef): ActorRef {
  return { name: `${a.name} and/or ${b.name}`, acled_name: `${a.acled_name} and/or ${b.acled_name}`, inter: a.inter };
}
