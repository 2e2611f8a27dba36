import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule, RuleEnv } from "../../rule.js";
import placeWords from "../../lexicons/place-words.json" with { type: "json" };

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const alternation = (words: string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");

/** Rule names, read by the event's place choice: such a mention is a landmark, never the place. */
export const BORDER_RULE = "place-border";
export const RIVER_RULE = "place-river";

interface Patterns {
  /** "the Burkina Faso border", "Mali's border", "the Mali-Niger borderland", "the Malian border": the country (or two) before the noun. */
  before: RegExp;
  /** "border with Niger", "border between Mali and Niger", "frontière avec le Mali", "frontière malienne". */
  after: RegExp;
  /** "the Niger river", "Niger delta". */
  riverBefore: RegExp;
  /** "river Niger", "fleuve Niger", "delta du Niger". */
  riverAfter: RegExp;
  /** "on the Malian side of the border": whose side the place is on. */
  side: RegExp;
}

function patterns(lex: CompiledLexicons): Patterns {
  const lang = lex.lang;
  const entries = [...lex.countryById.values()];
  // a country the lexicon lacks ("Algeria", "Benin") is any capitalised name the gazetteer holds as a country
  const other = "[\\p{Lu}][\\p{L}'’]+(?:[ \\t][\\p{Lu}][\\p{L}'’]+)?";
  const names = `${alternation(entries.flatMap((c) => c.names[lang]))}|${other}`;
  const any = `${alternation(entries.flatMap((c) => [...c.names[lang], ...c.adjectives[lang]]))}|${other}`;
  const end = "(?![\\p{L}])";
  if (lang === "fr") {
    const art = "(?:le\\s+|la\\s+|l['’]\\s*)?";
    return {
      before: /$^/u,
      after: new RegExp(`^\\s+(?:(?:avec|entre)\\s+${art}(${names})(?:\\s+et\\s+${art}(${names}))?|(?:du|de\\s+la|de\\s+l['’]|des|de|d['’])\\s*(${names})|(${any})(?:\\s*-\\s*(${names}))?)${end}`, "u"),
      riverBefore: /$^/u,
      riverAfter: new RegExp(`^\\s+(?:(?:intérieur|central)\\s+)?(?:du\\s+)?(${names})${end}`, "u"),
      side: /$^/u,
    };
  }
  return {
    before: new RegExp(`(?<![\\p{L}])(${any})(['’]s)?(?:\\s*-\\s*(${any}))?\\s+(?:common\\s+)?$`, "u"),
    after: new RegExp(`^\\s+(?:(?:areas?|regions?|zones?)\\s+)?(?:with|of|between)\\s+(?:the\\s+)?(${names})(?:\\s+(?:and|&)\\s+(?:the\\s+)?(${names}))?${end}`, "u"),
    riverBefore: new RegExp(`(?<![\\p{L}])(${names})\\s+$`, "u"),
    riverAfter: new RegExp(`^\\s+(?:of\\s+the\\s+)?(${names})${end}`, "u"),
    side: new RegExp(`(?<![\\p{L}])(${any})\\s+side\\s+of\\s+the\\s+$`, "u"),
  };
}

/** "border town", "border post": what follows a country's border noun when the place is that country's own. */
const OWN_SIDE = /^\s+(?:towns?|villages?|cit(?:y|ies)|localit(?:y|ies)|posts?|communes?)(?![\p{L}])/iu;

function countryEntry(env: RuleEnv, written: string): { iso3: string | null; name: string } | null {
  const w = written.toLowerCase();
  for (const c of env.lex.countryById.values()) {
    if ([...c.names[env.lex.lang], ...c.adjectives[env.lex.lang]].some((n) => n.toLowerCase() === w)) return { iso3: c.iso3, name: c.name };
  }
  return env.places.kinds(written).includes("country") ? { iso3: null, name: written } : null;
}

function landmark(env: RuleEnv, rule: string, start: number, end: number, name: string, countryHint: string | null, secondary: string | null): PlaceMention {
  return { start, end, name, text: env.text.slice(start, end), kindHint: "country", relation: "near", qualifiers: [], secondary, countryHint, rule };
}

/**
 * "near the Burkina Faso border", "the border with Niger", "la frontière du Mali": the country is
 * the border the place lies by (most often from the neighbouring side), not the place's country;
 * "the Niger river", "le fleuve Niger": the river, which crosses Mali, not the country. The phrase
 * becomes one landmark mention (a country kind with no country hint) so that no other place rule
 * reads the country name in it as the place's country. "Mali's border with Burkina Faso" keeps
 * Mali as the country: the possessive says whose side.
 */
export function borderOrRiverRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const p = patterns(lex);
  const borderNouns = placeWords.border_nouns[lex.lang];
  const riverNouns = placeWords.river_nouns[lex.lang];
  // the noun first, its left edge checked in extract(): a leading lookbehind would be tried at every position of the text
  const pattern = new RegExp(`(?:(${alternation(borderNouns)})|(${alternation(riverNouns)}))(?![\\p{L}])`, "giu");
  const border = `${lex.lang}/${BORDER_RULE}`;
  const river = `${lex.lang}/${RIVER_RULE}`;
  return {
    name: border,
    pattern,
    requires: lex.lang === "fr" ? /fronti|fleuve|delta/i : /border|frontier|river|delta/i,
    extract(m, env) {
      if (m.index > 0 && /\p{L}/u.test(env.text[m.index - 1])) return null;
      const before = env.text.slice(Math.max(0, m.index - 60), m.index);
      const afterStart = m.index + m[0].length;
      const after = env.text.slice(afterStart, afterStart + 80);
      if (m[2] !== undefined) {
        // any named river is a line, not where an event is placed ("around the Comoe river, near Wendou")
        const b = p.riverBefore.exec(before);
        if (b) return { value: landmark(env, river, m.index - b[0].length, afterStart, env.text.slice(m.index - b[0].length, afterStart), null, null), start: m.index - b[0].length, end: afterStart };
        const a = p.riverAfter.exec(after);
        if (a) return { value: landmark(env, river, m.index, afterStart + a[0].length, env.text.slice(m.index, afterStart + a[0].length), null, null), start: m.index, end: afterStart + a[0].length };
        return null;
      }
      const b = p.before.exec(before);
      const a = p.after.exec(after);
      const start = b ? m.index - b[0].length : m.index;
      const end = a ? afterStart + a[0].length : afterStart;
      const written = [...(b ? [b[1], b[3]] : []), ...(a ? a.slice(1) : [])].filter((s): s is string => s !== undefined);
      const found = written.map((s) => countryEntry(env, s));
      // "on the Malian side of the border": the place is in Mali, whichever border it is
      const side = p.side.exec(before);
      const sideCountry = side ? countryEntry(env, side[1])?.iso3 ?? null : null;
      if (sideCountry && !b) return { value: landmark(env, border, m.index - side![0].length, end, found[0]?.name ?? "", sideCountry, null), start: m.index - side![0].length, end };
      if (found.length === 0 || found[0] === null) return null;
      // "the Nigerien border town of Ayorou": a town of that country, on its border
      if (b && b[3] === undefined && !a && OWN_SIDE.test(after)) return { value: landmark(env, border, start, end, "", found[0].iso3, null), start, end };
      // "Mali's border with Burkina Faso": Mali's side, Burkina Faso's border
      const possessive = b !== null && b[2] !== undefined && b[3] === undefined && a !== null && found[0].iso3 !== null;
      const [first, second] = possessive ? [found[1], undefined] : [found[0], found[1]];
      if (!first) return null;
      const inside = possessive ? found[0].iso3 : null;
      // two countries ("the Mali-Niger border", "between Mali and Guinea"): the place may be on either side
      const secondName = second === undefined ? null : second?.name ?? written[1];
      return { value: landmark(env, border, start, end, first.name, inside, secondName !== null && secondName !== first.name ? secondName : null), start, end };
    },
  };
}
