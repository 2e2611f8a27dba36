import type { DocumentFacts } from "../facts.js";
import type { Lang } from "../lexicon/types.js";
import { ruleSet } from "../rule-order.js";
import type { RuleEnv } from "../rule.js";
import type { LanguageSpan } from "../text/paragraph-language.js";
import { collectFacts } from "./collect-facts.js";

/**
 * Facts of a page that mixes languages (a French article quoting an English communiqué, an
 * English wire with a French paragraph): each language's rules run over the text, and each
 * keeps only the hits that start in its own paragraphs. Hits stay in text order per field.
 */
export function collectMixedFacts(spans: LanguageSpan[], env: RuleEnv, limit: number): DocumentFacts {
  const langs = [...new Set(spans.map((s) => s.lang))];
  const perLang = langs.map((lang) => {
    const rules = ruleSet(lang);
    const own = spans.filter((s) => s.lang === lang);
    const inOwn = (h: { start: number }): boolean => own.some((s) => h.start >= s.start && h.start < s.end);
    return { facts: collectFacts(rules, { ...env, language: lang, lex: rules.lex }, limit), inOwn };
  });
  const merge = <K extends keyof DocumentFacts>(key: K): DocumentFacts[K] => {
    const all = perLang.flatMap(({ facts, inOwn }) => (facts[key] as Array<{ start: number }>).filter(inOwn));
    return all.sort((a, b) => a.start - b.start) as DocumentFacts[K];
  };
  return {
    triggers: merge("triggers"), actors: merge("actors"), fatalities: merge("fatalities"), dates: merge("dates"),
    places: merge("places"), verification: merge("verification"), monitors: merge("monitors"), weapons: merge("weapons"),
    captureCues: merge("captureCues"), background: merge("background"), countries: merge("countries"),
  };
}

