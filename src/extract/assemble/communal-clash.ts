import actorsJson from "../lexicons/actors.json" with { type: "json" };
import { aliasSource, WORD_END, WORD_START } from "../lexicon/alias-pattern.js";
import type { Lang } from "../lexicon/types.js";

/**
 * "clashes between Fulani and Bambara", "Gourmantche farmers and Fulani herders clashed",
 * "affrontements entre Peuls et Dogons": two communities fighting each other. ACLED codes each
 * side as its ethnic militia; the community named first is taken as actor 1 (the report's order).
 */
export interface CommunalSides {
  first: string;
  second: string;
}

/** Words for the people of a community ("Fulani herders", "the Dogon community"). */
const PEOPLE_EN = "communities|community|farmers|herders|herdsmen|pastoralists|agriculturalists|agro-pastoralists|militiamen|militias|villagers|hunters|youths|members";
const PEOPLE_FR = "communautés|communauté|agriculteurs|éleveurs|cultivateurs|pasteurs|miliciens|villageois|chasseurs";

interface Compiled {
  between: RegExp;
  clashed: RegExp | null;
  groupOf: (name: string) => string | null;
  /** Does the text name this group? */
  named: (group: string, text: string) => boolean;
}

/** The communities' names in one language, as a pattern source, and the group a name found by it belongs to. */
export interface CommunityNames {
  /** Every alias, longest first ("Fulani|Dogon|..."), for an alternation. */
  names: string;
  /** "Fulani", "Fulanis" -> "Fulani"; null for a name of no community. */
  groupOf: (found: string) => string | null;
}

const namesCache = new Map<Lang, CommunityNames>();

export function communityNames(lang: Lang): CommunityNames {
  let c = namesCache.get(lang);
  if (!c) {
    const groups = actorsJson.ethnic_militia.groups.map((g) => ({ name: g.name, aliases: g.aliases[lang].map((a) => a.toLowerCase()) }));
    const names = groups.flatMap((g) => g.aliases).sort((a, b) => b.length - a.length).map(aliasSource).join("|");
    const groupOf = (found: string): string | null => {
      const key = found.toLowerCase();
      return groups.find((g) => g.aliases.some((a) => a === key || `${a}s` === key))?.name ?? null;
    };
    c = { names, groupOf };
    namesCache.set(lang, c);
  }
  return c;
}

const cache = new Map<Lang, Compiled>();

function compile(lang: Lang): Compiled {
  const groups = actorsJson.ethnic_militia.groups.map((g) => ({ name: g.name, aliases: g.aliases[lang].map((a) => a.toLowerCase()) }));
  const { names, groupOf } = communityNames(lang);
  const eth = `(${names})s?`;
  const patterns = new Map(groups.map((g) => [g.name, new RegExp(`${WORD_START}(?:${g.aliases.map(aliasSource).join("|")})s?${WORD_END}`, "iu")]));
  const named = (group: string, t: string): boolean => patterns.get(group)?.test(t) ?? false;
  if (lang === "fr") {
    const people = `(?:(?:${PEOPLE_FR})\\s+)?`;
    return {
      between: new RegExp(`${WORD_START}entre\\s+(?:les\\s+|des\\s+)?${people}${eth}${WORD_END}(?:\\s+(?:${PEOPLE_FR}))?\\s+et\\s+(?:les\\s+|des\\s+)?${people}${eth}${WORD_END}`, "iu"),
      clashed: null,
      groupOf,
      named,
    };
  }
  const people = `(?:\\s+(?:${PEOPLE_EN}))?`;
  return {
    between: new RegExp(`${WORD_START}between\\s+(?:the\\s+)?(?:members\\s+of\\s+the\\s+)?${eth}${WORD_END}${people}\\s+and\\s+(?:the\\s+)?${eth}${WORD_END}`, "iu"),
    clashed: new RegExp(`${WORD_START}${eth}${WORD_END}${people}\\s+and\\s+(?:the\\s+)?${eth}${WORD_END}${people}\\s+(?:clashed|fought)${WORD_END}`, "iu"),
    groupOf,
    named,
  };
}

/** The two communities a sentence says fought each other, or null. */
export function communalSides(text: string, lang: Lang): CommunalSides | null {
  // every pattern needs "between"/"entre" or a clash verb: skip the scan otherwise
  if (!/between|entre|clashed|fought/i.test(text)) return null;
  let c = cache.get(lang);
  if (!c) {
    c = compile(lang);
    cache.set(lang, c);
  }
  const m = c.between.exec(text) ?? c.clashed?.exec(text) ?? null;
  if (!m) return null;
  const first = c.groupOf(m[1]);
  const second = c.groupOf(m[2]);
  if (!first || !second || first === second) return null;
  // "two Dogon were killed amid violence between Dogon and Fulani": the community whose dead come first was attacked
  const before = text.slice(0, m.index);
  if (c.named(first, before) && !c.named(second, before)) return { first: second, second: first };
  return { first, second };
}

const defenders = new Map<Lang, RegExp>();

/**
 * "attacked the Dogon village of Banay ... repelled by village self-defence", "Fulani youths returned fire":
 * the community whose village or people fought back, other than the attackers' own.
 */
export function defendingCommunity(text: string, lang: Lang, attackers: string | null): string | null {
  let re = defenders.get(lang);
  if (!re) {
    const { names } = communityNames(lang);
    const nouns = lang === "fr" ? null : "village|villages|hamlet|hamlets|villagers|youths|self-defen[cs]e|militia|militiamen|hunters|community";
    re = nouns ? new RegExp(`${WORD_START}(${names})s?\\s+(?:${nouns})${WORD_END}`, "giu") : /(?!)/g;
    defenders.set(lang, re);
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const group = communityNames(lang).groupOf(m[1]);
    if (group && group !== attackers) return group;
  }
  return null;
}
