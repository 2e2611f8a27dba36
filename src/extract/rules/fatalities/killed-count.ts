import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { isEarlierDeath } from "./earlier-death.js";
import { readCountedPeople } from "./noun-phrases.js";

const VERBS = {
  en: "(?:(?:death|deaths|killing|killings|execution|executions|murder|bodies|corpses|body|corpse|remains)\\s+of|(?:slit|slitting|cut|cutting)\\s+the\\s+throats?\\s+of|(?:shot|beat|beaten|hacked|stabbed|stoned|lynched|clubbed|burned|burnt)\\s+to\\s+death|kill(?:ed|ing|s)?|eliminat(?:ed|ing)|execut(?:ed|ing)|massacr(?:ed|ing)|slaughter(?:ed|ing)|assassinat(?:ed|ing)|behead(?:ed|ing)|murder(?:ed|ing)|shot\\s+dead|shooting\\s+dead|shot\\s+and\\s+killed|gunned\\s+down|neutrali[sz](?:ed|ing)|lynch(?:ed|ing)|claim(?:ed|ing)\\s+the\\s+lives\\s+of|leaving|left)",
  fr: "(?:tu(?:é|ée|és|ées|ant|er)|abattu(?:s)?|exécut(?:é|és|ant)|assassin(?:é|és|ant)|égorg(?:é|és|eant)|(?:mort|décès)\\s+de|faisant|causant\\s+la\\s+mort\\s+de)",
};

const AND_VERB = /^\s+and\s+(?:later\s+|then\s+)?(?!wounded|injured)[\p{Ll}]+(?:ed|ped)(?=\s)/u;
const NAMED_PERSON = /^\s+(?:(?:[\p{Lu}]{2,}|(?!(?:by|in|at|on|near|from|with|of|to|for|during|after|while|and|or|the|a|an)\s)[\p{Ll}-]+)\s+){0,3}[\p{Lu}][\p{Ll}'’-]+\s+(?:(?:Ag|Ould|ag|ould|Ben|ben|Ibn)\s+)?[\p{Lu}][\p{Ll}'’-]+(?![\p{L}])/u;
const HEDGED = /(?:probable|possible|possibly|may\s+have|might\s+have|could\s+have|threaten(?:ed|ing)\s+to|tried\s+to|attempt(?:ed|ing)\s+to|sought\s+to|plann(?:ed|ing)\s+to)\s+(?:(?:and|been)\s+)?$/i;
const NOT_PEOPLE = /(?:ied|explosive|device|mine|bomb|vehicle|cache|base|camp|weapon|motorbike|depot)s?\b/i;

/** "killed two soldiers and a policeman", "the death of dozens of gendarmes and traders": a verb, then who died. */
export function killedCountRule(lex: CompiledLexicons): Rule<FatalityValue> {
  const pattern = new RegExp(`(?<![\\p{L}])${VERBS[lex.lang]}(?![\\p{L}])`, "giu");
  return {
    name: `${lex.lang}/fatalities-killed-count`,
    pattern,
    extract(m, env) {
      // "the probable death of the emir", "wounded and possibly killed several": a death not known to have happened
      if (HEDGED.test(env.text.slice(Math.max(0, m.index - 24), m.index))) return null;
      // "in response to the killing of a youth", "accused of killing a child": an earlier death
      if (isEarlierDeath(env.text, m.index, /\s+of$/i.test(m[0]) ? "nominal" : /(?:ed|dead|down)$/i.test(m[0]) ? "past" : "verb")) return null;
      // "killed and decapitated a Fulani man", "abducted and later executed": the object follows the second verb
      const second = AND_VERB.exec(env.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      const verbEnd = m.index + m[0].length + (second ? second[0].length : 0);
      // "the body of a herder": a person noun or a number, not any word ("the body of the truck")
      const people = readCountedPeople(lex, env.text, verbEnd, true, !/^(?:body|corpse|remains)\s/i.test(m[0]), true);
      if (!people) {
        // "shot dead police officer Amadou Diallo", "assassinated Yehiya Maiga": a titled or named person is one
        const named = NAMED_PERSON.exec(env.text.slice(verbEnd, verbEnd + 90));
        if (!named || lex.lang !== "en" || !/(?:ed|dead|down)$/i.test(m[0])) return null;
        // "were shot dead by ...": passive, the name is the killer's
        if (/\b(?:was|were|been|being)\s+(?:\p{L}+\s+)?$/iu.test(env.text.slice(Math.max(0, m.index - 30), m.index))) return null;
        return { value: { low: 1, best: 1, high: null, victim: "unknown", vague: false }, start: m.index, end: verbEnd + named[0].length };
      }
      // "neutralised an IED", "neutralised two explosive devices": only people count
      if (/^neutrali/i.test(m[0]) && NOT_PEOPLE.test(env.text.slice(verbEnd, people.end))) return null;
      // "leaving 12 wounded": only deaths count.
      if (/^(?:leaving|left|faisant)$/i.test(m[0]) && !/^\s*(?:dead|killed|morts?|tués?)/i.test(env.text.slice(people.end, people.end + 12))) return null;
      const { end, ...value } = people;
      return { value, start: m.index, end };
    },
  };
}
