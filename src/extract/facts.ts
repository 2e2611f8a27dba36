import type { DatePrecision, PlaceMention } from "../domain/index.js";
import type { CountryMention, TriggerKind } from "./lexicon/compiled.js";
import type { ActorSense, WeaponEntry } from "./lexicon/types.js";
import type { Hit } from "./rule.js";

/** Values the rules produce, one type per field. */
export interface ActorValue {
  sense: ActorSense;
  /** Written as the agent of a passive ("killed by unknown gunmen"). */
  agent: boolean;
  /** "JNIM and/or ISGS": both named as possible perpetrators. */
  joint?: ActorSense;
  /** Named through its premises ("army base", "police station"): a target, never the perpetrator. */
  facility?: boolean;
}

export type VictimGroup = "civilian" | "armed" | "unknown";

export interface FatalityValue {
  low: number;
  best: number;
  high: number | null;
  victim: VictimGroup;
  /** Read from a vague quantifier ("dozens"). */
  vague: boolean;
}

export interface DateValue {
  /** ISO date, the latest possible day when precision is not "day"; null when unknown. */
  date: string | null;
  precision: DatePrecision;
  /** Whether the text gives this date itself (false: derived from the publication date). */
  anchored: boolean;
}

export interface VerificationValue {
  kind: "claim" | "hedge" | "confirmed";
  /** Actor lexicon id of the party whose claim it is, when the wording names it ("terroristes neutralisés" is the army's). */
  claimant?: string;
}

export interface WeaponValue {
  weapons: WeaponEntry[];
}

/** All hits of one document, by field, sorted by position. */
export interface DocumentFacts {
  triggers: Hit<TriggerKind>[];
  actors: Hit<ActorValue>[];
  fatalities: Hit<FatalityValue>[];
  dates: Hit<DateValue>[];
  places: Hit<PlaceMention>[];
  verification: Hit<VerificationValue>[];
  monitors: Hit<string>[];
  weapons: Hit<WeaponValue>[];
  captureCues: Hit<true>[];
  background: Hit<true>[];
  countries: Hit<CountryMention>[];
}
