import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { readCountedPeople } from "./noun-phrases.js";

/** Deaths told of people named before without a count: "executed them", "they were executed", "their bodies were found", "those arrested were found dead". */
const PATTERNS = {
  en: /(?<![\p{L}])(?:(?:execut(?:ed|ing)|kill(?:ed|ing)|shot|shooting|murder(?:ed|ing)|burn(?:ed|t|ing)|slaughter(?:ed|ing)|behead(?:ed|ing)|hang(?:ed|ing)|hung|lynch(?:ed|ing)|massacr(?:ed|ing)|slit\s+the\s+throats\s+of)\s+(?:all\s+)?them|(?:they|those\s+(?:arrested|abducted|detained|kidnapped)|the\s+(?:occupants|passengers|detainees|captives|hostages)|(?:a|the)\s+majority(?:\s+of\s+them)?)\s+(?:were|was|had\s+been)\s+(?:(?:all|later|subsequently|then|reportedly|allegedly|summarily|extrajudicially|stripped\s+of\s+[\p{L}\s]{1,30}?\s+and)\s+)*(?:executed|killed|shot\s+dead|murdered|beheaded|found\s+(?:dead|executed|killed))|(?:their|the)\s+(?:corpses|bodies|remains)(?:\s+of\s+(?:those|the\s+men|the\s+people)\s+(?:arrested|abducted|detained|kidnapped))?\s+(?:were|had\s+been)\s+(?:(?:later|subsequently|then|reportedly|allegedly)\s+)*(?:found|discovered|recovered))(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:les\s+(?:ont|auraient|avaient)\s+(?:(?:ensuite|sommairement|froidement)\s+)?(?:exécutés|tués|abattus|égorgés)|(?:ils|elles)\s+ont\s+été\s+(?:(?:ensuite|plus\s+tard|sommairement)\s+)*(?:exécutés|exécutées|tués|tuées|retrouvés\s+morts)|leurs\s+corps\s+ont\s+été\s+retrouvés)(?![\p{L}])/giu,
};

/** The capture that named the people: "arrested nine herders", "abducted four men", "a vehicle carrying four traders". */
const CAPTURE = {
  en: /(?<![\p{L}])(?:arrest(?:ed|ing)|abduct(?:ed|ing)|detain(?:ed|ing)|kidnapp?(?:ed|ing)|round(?:ed|ing)\s+up|captur(?:ed|ing)|seiz(?:ed|ing)|intercept(?:ed|ing)|took|carrying|stopp(?:ed|ing))(?:\s+and\s+(?:arrest(?:ed|ing)|abduct(?:ed|ing)|detain(?:ed|ing)))?(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:arrêt(?:é|és|ant)|enlev(?:é|és|ant)|enlèvent|kidnapp(?:é|és|ant)|détenu(?:s)?|captur(?:é|és|ant)|interpell(?:é|és|ant))(?![\p{L}])/giu,
};

/** A death already counted between the capture and the pronoun: "arrested six men and killed two of them". */
const COUNTED_DEATH = /(?<![\p{L}])(?:killed|dead|died|executed|murdered|tués?|morts?|exécutés?)(?![\p{L}])/iu;

/** How far back the capture may be: the sentence before at most. */
const LOOK_BACK = 320;

/**
 * "soldiers arrested nine herders and executed them", "militants abducted four men; they were
 * later executed", "gunmen seized four drivers. Their bodies were found": the dead are the
 * people counted at the capture.
 */
export function captivesKilledRule(lex: CompiledLexicons): Rule<FatalityValue> {
  return {
    name: `${lex.lang}/fatalities-captives-killed`,
    pattern: PATTERNS[lex.lang],
    extract(m, env) {
      const from = Math.max(0, m.index - LOOK_BACK);
      let before = env.text.slice(from, m.index);
      // no further back than the start of the sentence before
      const stops = [...before.matchAll(/[.!?]\s+(?=[\p{Lu}\d])/gu)];
      const cut = stops.length >= 2 ? stops[stops.length - 2].index + stops[stops.length - 2][0].length : 0;
      before = before.slice(cut);
      const base = from + cut;
      const capture = CAPTURE[lex.lang];
      capture.lastIndex = 0;
      let last: RegExpExecArray | null = null;
      let c: RegExpExecArray | null;
      while ((c = capture.exec(before)) !== null) last = c;
      if (!last) return null;
      const at = base + last.index + last[0].length;
      const people = readCountedPeople(lex, env.text, at, true, true, true);
      if (!people || people.end > m.index) return null;
      if (COUNTED_DEATH.test(env.text.slice(people.end, m.index))) return null;
      const { end, ...value } = people;
      return { value, start: m.index, end: m.index + m[0].length };
    },
  };
}
