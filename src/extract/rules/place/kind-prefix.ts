import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { groupedAlternation } from "../../lexicon/alias-pattern.js";
import { kindWord, leadingName, mention, NAME_SOURCE, namesActorAt, namesGroup, placeNearAnchor, readAnchor, readQualifiers } from "./place-name.js";

/** "(-Peulh)" right after a name: a written-out optional part of it. */
const OPTIONAL_PART = /^\(-([\p{Lu}][\p{L}'’]+)\)/u;

/** Kind words that may name their place without "of". */
const NO_OF = /^(?:town|village|hamlet|locality|area|villages|hamlets|localities|areas|hameau|localité)$/i;

const WORDS = {
  en: "town|village|city|hamlet|locality|commune|municipality|department|district|province|cercle|circle|region|area|vicinity|surroundings|outskirts|camp|market|forest|forests|valley|zone|bush|towns|villages|hamlets|localities|communes|areas",
  fr: "ville|village|localité|hameau|commune|département|province|cercle|région|environs|périphérie",
};

/** "the town of Sole", "the Fulani village of Materou", "province of Soum", "la commune de Djibo": names the text vouches for. */
export function kindPrefixRule(lex: CompiledLexicons): Rule<PlaceMention> {
  // "fo" is a frequent typing slip for "of"
  const pattern = new RegExp(`(?<![\\p{L}])(${groupedAlternation(WORDS[lex.lang].split("|"))})\\s+(?:(of|fo|de|du|d['’]|des)\\s+)?(?:the\\s+)?(${NAME_SOURCE})`, "gu");
  return {
    name: `${lex.lang}/place-kind-prefix`,
    pattern,
    extract(m, env) {
      const kw = kindWord(m[1].toLowerCase() === "village" && lex.lang === "fr" ? "village_fr" : m[1]);
      if (!kw) return null;
      if (!/^[\p{Lu}]/u.test(m[3])) return null;
      // "the village Wendou", "the area Kobou": a settlement or area word may stand right before its name
      if (!m[2] && !NO_OF.test(m[1])) return null;
      const nameStart = m.index + m[0].length - m[3].length;
      const lead = leadingName(env, m[3]);
      if (!lead || (!m[2] && (namesActorAt(env, nameStart) || namesGroup(env, nameStart + lead.length)))) return null;
      // "the village of Wendou(-Peulh)": the bracketed part completes the name when the gazetteer knows the whole
      const part = OPTIONAL_PART.exec(env.text.slice(nameStart + lead.length, nameStart + lead.length + 40));
      const rest = part && env.places.has(`${lead}-${part[1]}`) ? part : null;
      const name = rest ? `${lead}-${rest[1]}` : lead;
      const nameEnd = nameStart + lead.length + (rest ? rest[0].length : 0);
      const q = readQualifiers(env, nameEnd);
      const end = Math.max(nameEnd, q.end);
      // "the hamlet of Wendou (near Kobou)": the place it lies by, for the geocoder
      const anchor = kw.kind === "settlement" || kw.kind === null ? readAnchor(env, end) : null;
      if (anchor && anchor.proximity && anchor.name !== name) return { value: placeNearAnchor(env, `${lex.lang}/place-kind-prefix`, m.index, name, q.names, anchor) };
      const near = anchor && anchor.name !== name ? anchor : q.anchor && q.anchor !== name ? { name: q.anchor, qualifiers: [] } : null;
      const qualifiers = near ? [...q.names, ...near.qualifiers.filter((n) => !q.names.includes(n))] : q.names;
      return { value: mention(env, `${lex.lang}/place-kind-prefix`, m.index, end, name, kw.kind, kw.relation, qualifiers, near?.name ?? null) };
    },
  };
}
