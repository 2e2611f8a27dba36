import actorsJson from "../../lexicons/actors.json" with { type: "json" };
import type { ActorValue } from "../../facts.js";
import { aliasSource } from "../../lexicon/alias-pattern.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

/**
 * "attacked by alleged Fulani", "Fulani raided and burned the huts": a community's bare name as the
 * one who attacks is that community's ethnic militia (a name followed by a people noun, "Fulani
 * herders", stays civilians; one followed by a militia noun is the ethnic-militia rule's).
 */
const VERBS = "attacked|raided|burned|burnt|torched|abducted|kidnapped|ambushed|stormed|looted|ransacked|assaulted";
const AFTER_AGENT = String.raw`(?=\s*(?:[,.;:)]|$|\s(?:in|near|at|on|and|who|from|during|overnight)\b))`;

export function ethnicAgentRule(lex: CompiledLexicons): Rule<ActorValue> {
  const groups = actorsJson.ethnic_militia.groups;
  const aliases = groups.flatMap((g) => g.aliases.en.map((a) => ({ alias: a.toLowerCase(), name: g.name, hint: (g as { country_hint?: string }).country_hint })));
  const names = aliases.map((a) => a.alias).sort((a, b) => b.length - a.length).map(aliasSource).join("|");
  const entry = lex.actorById.get("ethnic-militia");
  // English reports only: French bare names ("des Peuls") take other verbs and articles
  const pattern = lex.lang === "en" && entry
    ? new RegExp(String.raw`\bby\s+(?:(?:alleged|suspected|presumed|armed)\s+)?(${names})s?\b${AFTER_AGENT}|(?<![\d\p{L}]\s)(?<=^|[,;]\s|\b(?:suspected|presumed|alleged|armed)\s|\d{4},\s|\d\d?,\s)(${names})s?\s+(?:${VERBS})\b`, "giu")
    : /(?!)/g;
  return {
    name: `${lex.lang}/actor-ethnic-agent`,
    pattern,
    requires: new RegExp(names, "i"),
    extract(m) {
      const found = (m[1] ?? m[2] ?? "").toLowerCase();
      const a = aliases.find((x) => x.alias === found);
      if (!a || !entry) return null;
      const start = m.index + m[0].toLowerCase().lastIndexOf(found);
      return { value: { sense: { entry, country: null, ethnic: a.name, hint: a.hint }, agent: m[1] !== undefined }, start, end: start + found.length };
    },
  };
}
