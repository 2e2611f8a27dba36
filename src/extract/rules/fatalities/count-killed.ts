import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { isEarlierDeath } from "./earlier-death.js";
import { readCountedPeople } from "./noun-phrases.js";

const KILLED_AFTER = {
  en: /^\s*,?\s*(?:(?:were|was|have|has|had|been|are|is|being|all|reportedly|allegedly|also|later|subsequently|initially|reported|confirmed|found|left|shot\s+and|believed|said|feared|presumed|thought|to|summarily|extrajudicially|\p{L}+ed(?:\s+(?:for|as)\s+\p{L}+)?\s+and(?:\s+(?:then|later|subsequently))?)\s+)*['‘’]?(?:killed|dead|died|executed|murdered|assassinated|slain|perished|lost\s+their\s+lives|succumbed|shot\s+dead|beheaded|massacred|deaths|fatalities|neutrali[sz]ed|(?:beaten|stabbed|hacked|stoned|burned|burnt|clubbed|tortured|lynched|shot)\s+to\s+death|burned\s+alive|burnt\s+alive)(?![\p{L}])/iu,
  fr: /^\s*,?\s*(?:(?:ont|a|été|sont|auraient|seraient|également|tous)\s+)*(?:tu(?:é|és|ées|ée)|morts?|décédé(?:s|es)?|péri|exécut(?:é|és))(?![\p{L}])/iu,
};

const SINGLE_KILLED = /^\s+(?:[\p{L}\p{N}'’-]+\s+){1,10}?(?:was|were|has\s+been|have\s+been|had\s+been|a\s+été|est|ont\s+été)\s+(?:(?:reportedly|allegedly|also|later|shot\s+and|found|subsequently|summarily|extrajudicially)\s+)*(?:killed|shot\s+dead|executed|murdered|assassinated|beheaded|dead|(?:beaten|stabbed|hacked|stoned|burned|clubbed|tortured)\s+to\s+death|tué|tuée|abattu|exécuté)|^\s+(?:[\p{L}'’-]+\s+){1,6}?(?:later\s+|subsequently\s+|eventually\s+)?(?:succumbed|died)(?![\p{L}])/iu;

/** "nine traders, most of whom were Bozo, were killed", "three men who had been abducted ... were found dead": a clause about the counted people before their verb. */
const CLAUSE_START = /^\s*,?\s+(?:who|whom|(?:most|all|some|many|none|one|two|three|four|five|six)\s+of\s+whom|arrested|abducted|detained|kidnapped|accused|captured|taken|travell?ing|working|returning|heading|aboard|suspected|believed|identified|named|called|from|belonging|including|among\s+them|(?:\p{L}+ly\s+)?\p{L}+ed)(?![\p{L}])/iu;
const INCLUDED_BREAK = /[.;:]|(?<![\p{L}])(?:wounded|injured|killed|dead|died)(?![\p{L}])/iu;
const CLAUSE_VERB = /\s(?:were|was)(?![\p{L}])/giu;
const CLAUSE_BREAK = /[.;:]|(?<![\p{L}])(?:wounded|injured|killed|dead|died|and\s+(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten))(?![\p{L}])/iu;

/** Where the verb after such a clause starts, or null: the first "were"/"was" that the death verb follows. */
function clauseGap(rest: string, after: RegExp): number | null {
  if (!CLAUSE_START.test(rest)) return null;
  CLAUSE_VERB.lastIndex = 0;
  let v: RegExpExecArray | null;
  while ((v = CLAUSE_VERB.exec(rest)) !== null) {
    const gap = rest.slice(0, v.index);
    // "5 guards and 3 traders, including a cook and a nurse, were killed": the list inside names the same dead
    const including = /^\s*,?\s+(?:including|among\s+them)(?![\p{L}])/iu.test(rest);
    if (including ? INCLUDED_BREAK.test(gap) : CLAUSE_BREAK.test(gap)) return null;
    if (including) return v.index;
    // a clause set off by commas ends at the verb: "two policemen who were going home, one policeman was killed" is no clause
    if (gap.replace(/^\s*,/, "").replace(/,\s*$/, "").includes(",")) return null;
    if (after.test(rest.slice(v.index))) return v.index;
  }
  return null;
}

/** Things, not people, that "the ... was destroyed/killed" may name. */
const NOT_PERSON = /(?<![\p{L}])(?:vehicle|truck|car|convoy|attack|explosion|blast|camp|base|post|village|house|motorbike|goat|cow|sheep|camel|donkey|dog|horse|animal|livestock)s?\s+(?:was|has|had|a|est)\s/iu;

const NOT_VIOLENT = /^\s*(?:due\s+to|from|caused\s+by|in|after)\s+(?:the\s+|a\s+)?(?:heavy\s+)?(?:floods?|flooding|rains?|illness|disease|cholera|covid|malaria|epidemic|road\s+accidents?|accidents?|drowning|hunger|starvation|heat)(?![\p{L}])/iu;

const DEATH_NOUN = /(?:dead|deaths|fatalities|bod(?:y|ies)|corpses?|morts|tués|décès)$/iu;

const COMPLEMENT = /^(?:\s*\([^)]{0,60}\)|\s+[-–—]\s[^-–—.;]{0,90}\s[-–—])?(?:\s+(?:of|from|belonging\s+to|in|at|with|including|among\s+them|aboard|on\s+board|on|inside|incl\.|de|du|des|dont)\s(?:(?!\b(?:wounded|injured|abducted|kidnapped|arrested|and|blessés|leaving|left|killing|killed)\b)[^,.;:]){0,100}?(?=\s+(?:were|was|have|had|are|reportedly|killed|died|dead|assassinated|executed|murdered|ont|sont|tués?)\b))?/iu;

const DEATH_WORD = /(?:killed|dead|died|bod(?:y|ies)|corpses?|executed|murdered|assassinated|slain|perished|lives|succumbed|beheaded|massacred|deaths|fatalities|neutrali[sz]ed|lynched|death|alive|tu(?:é|ée|és|ées)|morts?|décédé|péri)(?![\p{L}])/giu;
let deathCache: { text: string; positions: number[] } = { text: "", positions: [] };

/** Whether a death word starts within [from, from + span): positions are found once per text. */
function deathWordWithin(text: string, from: number, span: number): boolean {
  if (deathCache.text !== text) {
    const positions: number[] = [];
    DEATH_WORD.lastIndex = 0;
    let d: RegExpExecArray | null;
    while ((d = DEATH_WORD.exec(text)) !== null) positions.push(d.index);
    deathCache = { text, positions };
  }
  const ps = deathCache.positions;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < ps.length && ps[lo] < from + span;
}

/** "two soldiers were killed", "at least 37 civilians dead", "8 JNIM and 3 ISGS fighters reportedly killed". */
export function countKilledRule(lex: CompiledLexicons): Rule<FatalityValue> {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.modifierSource}\\s+)?(?:${lex.vagueSource}|${lex.numberSource}|the|le|la)(?![\\p{L}\\p{N}])`, "giu");
  const after = KILLED_AFTER[lex.lang];
  return {
    name: `${lex.lang}/fatalities-count-killed`,
    pattern,
    extract(m, env) {
      // most numbers and "the"s are nowhere near a death: look for a death word ahead first
      if (!deathWordWithin(env.text, m.index, 220)) return null;
      // "geoprecision 2), three soldiers": a code, not a count
      if (/(?:precision|level|phase|km|n°|no\.?)\s*$/i.test(env.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "demanding justice for two activists who were executed": an earlier death
      if (isEarlierDeath(env.text, m.index, "verb")) return null;
      // "arrived with the corpses of three volunteers killed in Tanli": the count inside an earlier death's noun
      const nounBefore = /(?:corpses?|bod(?:y|ies)|remains|deaths?|killings?|murders?)\s+of\s+(?:the\s+)?$/i.exec(env.text.slice(Math.max(0, m.index - 30), m.index));
      if (nounBefore && isEarlierDeath(env.text, m.index - nounBefore[0].length, "nominal")) return null;
      // "On October 6, militants ...": a day of the month
      if (/^\d/.test(m[0]) && /(?<![\p{L}])(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s*$/iu.test(env.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "a"/"an" start a count only in "a soldier ... was killed": a cheap look-ahead before parsing
      const single = /^(?:an?|un|une|the|le|la)$/i.test(m[0]) ? SINGLE_KILLED.exec(env.text.slice(m.index + m[0].length, m.index + m[0].length + 110)) : undefined;
      // "a soldier and a customs officer attached to a border unit and riding together were killed": without the short
      // form, an article starts a count only of several people whose verb follows a clause about them
      const longSubject = single === null;
      // "A Water and Forests agent was killed": one person, whatever words name them
      const one = single && /(?<![\p{L}])(?:was|has\s+been|had\s+been|a\s+été|est)\s/iu.test(single[0]) && !/(?<![\p{L}])(?:who|which|whose)(?![\p{L}])/iu.test(single[0]) && !NOT_PERSON.test(single[0])
        ? { value: { low: 1, best: 1, high: null, victim: "unknown" as const, vague: false }, start: m.index, end: m.index + m[0].length + single[0].length }
        : null;
      if (/^some$/i.test(m[0])) return null;
      // "wounding two passengers, one succumbed": the wounded are not the dead
      if (/(?:wounding|injuring|wounded|injured|abducting|kidnapping|arresting)\s+$/i.test(env.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      // after "a ... was killed" any word may name the person ("A notable of the Imghad community was killed")
      const people = readCountedPeople(lex, env.text, m.index, true, true);
      if (!people) return one;
      // "the body of a health worker": whose body is told after "of" (the killed-count rule reads it)
      if (/(?:body|corpse)$/i.test(env.text.slice(m.index, people.end)) && /^\s+of\s/i.test(env.text.slice(people.end, people.end + 5))) return null;
      if (longSubject && !/(?:body|corpse)$/i.test(env.text.slice(m.index, people.end)) && (people.best < 2 || !/\sand\s/i.test(env.text.slice(m.index, people.end)) || env.text.slice(m.index, people.end).includes(","))) return null;
      // "10 members of the pro-government ... (VDP) militia were reportedly killed": skip the complement.
      const rest = env.text.slice(people.end, people.end + 160);
      const gap = COMPLEMENT.exec(rest);
      let from = gap ? gap[0].length : 0;
      let tail = after.exec(rest.slice(from));
      if (!tail) {
        const clause = clauseGap(rest, after);
        if (clause !== null) {
          from = clause;
          tail = after.exec(rest.slice(from));
        }
      }
      else if (longSubject && !/(?:body|corpse)$/i.test(env.text.slice(m.index, people.end))) return null;
      // "1 dead", "12 deaths", "20 morts": the counted word is itself the death
      // ("amid the discovery of the corpse of a girl": an earlier death)
      if (!tail && DEATH_NOUN.test(env.text.slice(Math.max(m.index, people.end - 12), people.end)) && !NOT_VIOLENT.test(env.text.slice(people.end, people.end + 40)) && !isEarlierDeath(env.text, m.index, "nominal")) {
        const { end, ...value } = people;
        return { value, start: m.index, end };
      }
      if (!tail) return one;
      // "who tried to rob a trader in Dori were shot dead": a plural verb is not the one person's
      if (/^(?:an?|the)$/i.test(m[0]) && /\bwere\b/i.test(tail[0]) && !/\band\b/i.test(env.text.slice(m.index, people.end))) return null;
      // "Three armed men riding motorcycles shot dead a butcher": the counted are the killers, an object follows
      const afterTail = env.text.slice(people.end + from + tail[0].length, people.end + from + tail[0].length + 20);
      if (!/\b(?:were|was|been|are|is|ont|a|été|sont)\b/i.test(tail[0]) && /^\s+(?:an?|the|his|her|their)\s/i.test(afterTail) && /(?:killed|dead|death|executed|murdered|assassinated|beheaded|massacred)$/i.test(tail[0])) return null;
      // "several deaths due to flooding": not violence
      if (NOT_VIOLENT.test(env.text.slice(people.end + from + tail[0].length, people.end + from + tail[0].length + 40))) return null;
      const { end, ...value } = people;
      return { value, start: m.index, end: end + from + tail[0].length };
    },
  };
}
