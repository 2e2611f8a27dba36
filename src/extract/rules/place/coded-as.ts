import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { knownPrefix, leadingName, mention, NAME_SOURCE, readQualifiers } from "./place-name.js";

/** The name written just before the bracket. */
const NAME_BEFORE = new RegExp(`(${NAME_SOURCE})\\s*$`, "u");
/** Filler words between "coded" and the place name: as, at, to, in, approximate, location, the vicinity of ("In-Wendou" is a name). */
const FILLER = /^(?:\s*(?:,|(?:as|at|to|in|an?|approximate|approx\.?|location|the|vicinity|of)(?![\p{L}-])))+\s*/iu;
const NAME_AHEAD = new RegExp(`^(${NAME_SOURCE})`, "u");
/** "Mare de Soum", "In Nazour": a coded name with a particle inside or a leading "In" (Tamasheq "place of"). */
const PARTICLE_NAME = new RegExp(`^(?:${NAME_SOURCE}[ \\t]+(?:de|du|des|el|la)[ \\t]+${NAME_SOURCE}|In[ \\t]+${NAME_SOURCE})`, "u");
/** Where the coding remark ends: its bracket closes, the sentence ends, or a comma starts another clause. */
const REMARK_END = /[)\]]|\.(?:\s|$)|,(?!\s*(?:at\s+|which\s+)?(?:geo|approx))|$/i;
const PRECISION = /geo-?\s?precision\s*(\d)/i;

/**
 * ACLED notes say where an event was coded, in several ways: a bracket after the written place
 * ("Wendou (coded as Barani at geoprecision 2)", also in square brackets or capitalised), an
 * approximate location with a distance ("coded ... as Kobou 20km N"), or a sentence of its own
 * ("The event is coded to Kobou ..."). The written place before the bracket is the mention and
 * the coded one its anchor (secondary), near it at the stated precision; with no written place
 * the coded one is the mention. A toll split between places ("coded as Kobou (2) and Wendou (1)")
 * and "respectively coded as X and Y" split counts or events, and name no single place.
 */
export function codedAsRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const pattern = /(?<![\p{L}])[Cc]oded(?=\s)/gu;
  return {
    name: `${lex.lang}/place-coded-as`,
    pattern,
    extract(m, env) {
      const after = m.index + m[0].length;
      const filler = FILLER.exec(env.text.slice(after, after + 80));
      if (!filler || !/\S/.test(filler[0])) return null;
      // "coded as In Nazour": a capitalised "In" that begins a name is no filler
      const leadingIn = /(?<=\s)In\s+$/.exec(filler[0]);
      const inStart = after + filler[0].length - (leadingIn ? leadingIn[0].length : 0);
      const inName = leadingIn ? PARTICLE_NAME.exec(env.text.slice(inStart, inStart + 80)) : null;
      const nameStart = inName && knownPrefix(env, inName[0])?.includes(" ") ? inStart : after + filler[0].length;
      const ahead = NAME_AHEAD.exec(env.text.slice(nameStart, nameStart + 80));
      if (!ahead) return null;
      // "Kobou 20km N": the distance is not part of the name
      const run = ahead[1].replace(/\s+\d{1,2}$/u, (d) => (/^\s?km/i.test(env.text.slice(nameStart + ahead[1].length)) ? "" : d));
      // a whole name the gazetteer knows, though a stop word is part of it
      const particle = PARTICLE_NAME.exec(env.text.slice(nameStart, nameStart + 80));
      const whole = particle ? knownPrefix(env, particle[0]) : null;
      const coded = whole !== null && whole.includes(" ") ? whole : leadingName(env, run);
      if (!coded) return null;
      const nameEnd = nameStart + coded.length;
      if (/^\s*\(\d/.test(env.text.slice(nameEnd, nameEnd + 6))) return null;
      const lead = env.text.slice(Math.max(0, m.index - 30), m.index);
      if (/respectively\s*$/i.test(lead)) return null;
      // "coded as Kobou (Kobou, Soum)": the coded place's own commune and province
      const q = readQualifiers(env, nameEnd);
      const rest = env.text.slice(nameEnd, nameEnd + 100);
      const stop = REMARK_END.exec(q.end > nameEnd ? rest.slice(q.end - nameEnd) : rest)!;
      stop.index += q.end - nameEnd;
      const remark = rest.slice(0, stop.index);
      const p = PRECISION.exec(remark);
      const precision = p ? Number(p[1]) : 1;
      const closes = /[)\]]/.test(stop[0]);
      // an unclosed remark runs on into the sentence: it ends with the name or its precision
      const end = closes ? nameEnd + stop.index + 1 : p ? nameEnd + p.index + p[0].length : Math.max(nameEnd, q.end);
      const relation = precision >= 3 ? "area" : precision === 2 ? "near" : "at";
      // Inside a bracket right after a name: "Wendou (Coded as Kobou ...)"
      const bracket = /[([]\s*$/.exec(lead);
      const rule = `${lex.lang}/place-coded-as`;
      if (bracket) {
        const bracketAt = m.index - bracket[0].length;
        const before = NAME_BEFORE.exec(env.text.slice(Math.max(0, bracketAt - 50), bracketAt));
        if (before) {
          const words = before[1].split(/[ \t]+/);
          const written = leadingName(env, words.slice(Math.max(0, words.length - 2)).join(" "));
          if (written && written !== coded && !env.lex.placeStopwords.has(written)) {
            const found = env.text.lastIndexOf(written, bracketAt);
            const start = found >= bracketAt - before[0].length ? found : bracketAt - before[0].length;
            return { value: mention(env, rule, start, end, written, null, relation, q.names, coded), start, end };
          }
        }
        return { value: mention(env, rule, bracketAt, end, coded, null, relation, q.names), start: bracketAt, end };
      }
      return { value: mention(env, rule, m.index, end, coded, null, relation, q.names), start: m.index, end };
    },
  };
}
