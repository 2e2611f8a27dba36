import type { InterCode } from "../../domain/index.js";

export type Lang = "en" | "fr";
export type Bilingual<T> = { en: T; fr: T };

/** A fixed-name actor (JNIM), or one whose name depends on the country and era (the army). */
export interface ActorEntry {
  id: string;
  name: string;
  acled_name?: string;
  acled_template?: string;
  inter: InterCode;
  /** ISO3 of the country the actor belongs to, when fixed (French forces, FAMa). */
  country?: string;
  /** Country the actor is usually found in; breaks ties between countries a place name could be in. */
  country_hint?: string;
  specificity: number;
  /** The alliance the group belongs to ("ansar-dine" is part of "jnim"): the alliance's claim is the member's act. */
  part_of?: string;
  target_kind?: "armed" | "civilian";
  aliases: Bilingual<string[]>;
  country_aliases?: Record<string, Bilingual<string[]>>;
}

export interface CountryEntry {
  iso3: string;
  name: string;
  names: Bilingual<string[]>;
  adjectives: Bilingual<string[]>;
  eras: Array<{ from: string; label: string }>;
}

export interface WeaponEntry {
  name: string;
  category: string;
  origin_country: string | null;
  aliases: string[];
}

export interface Vague {
  low: number;
  best: number;
  high: number | null;
}

/** What an actor alias hit stands for before the country is known. */
export interface ActorSense {
  entry: ActorEntry;
  /** Country the alias itself names ("FAMa" is Malian). */
  country: string | null;
  /** For ethnic militias: the ethnic group's name. */
  ethnic?: string;
  /** Country the group is mostly found in (tie-breaker only). */
  hint?: string;
  /** For a communal militia: the village or town it defends ("Kobaye Communal Militia"). */
  locality?: string;
}
