import type { PlaceMention } from "../../domain/index.js";
import type { ActorValue, DateValue, DocumentFacts, FatalityValue, VerificationValue, WeaponValue } from "../facts.js";
import type { CountryMention, TriggerKind } from "../lexicon/compiled.js";
import type { Hit } from "../rule.js";
import { isTeaser } from "../text/furniture.js";
import { sentenceAt, type Sentence } from "../text/sentences.js";

/** The hits of one sentence, by field. */
export interface SentenceFacts {
  sentence: Sentence;
  text: string;
  triggers: Hit<TriggerKind>[];
  actors: Hit<ActorValue>[];
  fatalities: Hit<FatalityValue>[];
  dates: Hit<DateValue>[];
  places: Hit<PlaceMention>[];
  verification: Hit<VerificationValue>[];
  monitors: Hit<string>[];
  weapons: Hit<WeaponValue>[];
  captureCues: Hit<true>[];
  countries: Hit<CountryMention>[];
  /** Trend/commentary wording, or a teaser line: starts no event. */
  background: boolean;
  /** Where the sentence's first trend cue starts (absent for teaser lines): drafts.ts lets a dated report with a trailing trend clause through. */
  backgroundStart?: number;
  /** Inside quotation marks: a witness's words, not the report's own account. */
  quoted: boolean;
}

export function bucketBySentence(facts: DocumentFacts, sentences: Sentence[], text: string): SentenceFacts[] {
  const out: SentenceFacts[] = sentences.map((s) => {
    const t = text.slice(s.start, s.end);
    return {
      sentence: s, text: t, triggers: [], actors: [], fatalities: [], dates: [], places: [], verification: [], monitors: [], weapons: [], captureCues: [], countries: [],
      background: isTeaser(t), quoted: /^["“«]/.test(t),
    };
  });
  const put = <K extends keyof SentenceFacts>(key: K, hits: Array<{ start: number }>): void => {
    for (const h of hits) {
      const i = sentenceAt(sentences, h.start);
      if (i >= 0) (out[i][key] as unknown as Array<{ start: number }>).push(h);
    }
  };
  put("triggers", facts.triggers);
  put("actors", facts.actors);
  put("fatalities", facts.fatalities);
  put("dates", facts.dates);
  put("places", facts.places);
  put("verification", facts.verification);
  put("monitors", facts.monitors);
  put("weapons", facts.weapons);
  put("captureCues", facts.captureCues);
  put("countries", facts.countries);
  for (const h of facts.background) {
    const i = sentenceAt(sentences, h.start);
    if (i >= 0) out[i] = { ...out[i], background: true, backgroundStart: out[i].backgroundStart ?? h.start };
  }
  return out;
}
