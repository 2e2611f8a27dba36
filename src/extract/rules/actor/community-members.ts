import actorsJson from "../../lexicons/actors.json" with { type: "json" };
import type { ActorValue } from "../../facts.js";
import { aliasSource } from "../../lexicon/alias-pattern.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

/**
 * "members of the Mossi community attacked", "members of the Mossi and Foulse communities raided": a
 * community whose members open a sentence by attacking is that community's ethnic militia (the first
 * named, as ACLED codes it). The same words after the verb are its victims and stay civilians.
 */
const VERBS = "attacked|raided|burned|burnt|torched|abducted|kidnapped|ambushed|stormed|looted|ransacked|assaulted|killed";

export function communityMembersRule(lex: CompiledLexicons): Rule<ActorValue> {
  const groups = actorsJson.ethnic_militia.groups;
  const aliases = groups.flatMap((g) => g.aliases.en.map((a) => ({ alias: a.toLowerCase(), name: g.name, hint: (g as { country_hint?: string }).country_hint })));
  const names = aliases.map((a) => a.alias).sort((a, b) => b.length - a.length).map(aliasSource).join("|");
  const entry = lex.actorById.get("ethnic-militia");
  // starts with the literal word (no leading \b) so that V8 can skip ahead to it on long text; the word start is checked below
  const pattern = lex.lang === "en" && entry
    ? new RegExp(String.raw`members\s+of\s+the\s+(${names})\s+(?:and\s+(?:the\s+)?\p{L}+\s+)?communit(?:y|ies)(?=\s+(?:${VERBS})\b)`, "giu")
    : /(?!)/g;
  return {
    name: `${lex.lang}/actor-community-members`,
    pattern,
    requires: /members\s+of\s+the/i,
    extract(m, env) {
      if (m.index > 0 && /[\p{L}\p{N}_]/u.test(env.text[m.index - 1])) return null;
      const a = aliases.find((x) => x.alias === m[1].toLowerCase());
      if (!a || !entry) return null;
      // the whole phrase, so that the civilians "members of the ... community" would otherwise name give way
      return { value: { sense: { entry, country: null, ethnic: a.name, hint: a.hint }, agent: false }, start: m.index, end: m.index + m[0].length };
    },
  };
}
