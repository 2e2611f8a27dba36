import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import placeWords from "../../lexicons/place-words.json" with { type: "json" };
import { knownPrefix, mention, NAME_SOURCE, namesActorAt } from "./place-name.js";

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const alternation = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

/**
 * "the Wendou market", "Kidal inhabitants", "the Kobou hunting camp", and a place as a
 * sentence's subject ("Wendou was attacked", "Gao came under fire"): a known place
 * written without a preposition. Only the gazetteer's names count, and the rank is below a
 * place with a preposition in the same sentence ("refugees from the Kobou camp killed in Djibo").
 */
export function placeModifierRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const nouns = placeWords.place_modifier_nouns[lex.lang];
  const predicates = placeWords.subject_predicates[lex.lang];
  if (nouns.length === 0 && predicates.length === 0) return { name: `${lex.lang}/place-modifier`, pattern: /(?!)/gu, extract: () => null };
  const adjectives = placeWords.place_modifier_adjectives[lex.lang];
  const adjective = adjectives.length > 0 ? `(?:(?:${alternation(adjectives)})\\s+)?` : "";
  const pattern = new RegExp(
    `(?<![\\p{L}'’-])(${NAME_SOURCE})\\s+(?:${adjective}(?:${alternation(nouns)})|(?:${alternation(predicates)}))(?![\\p{L}])`,
    "gu",
  );
  return {
    name: `${lex.lang}/place-modifier`,
    pattern,
    extract(m, env) {
      // the last known words of the run: "On Monday the Wendou" -> "Wendou"
      const words = m[1].split(/[ \t]+/);
      for (let first = 0; first < words.length; first++) {
        // "the Amadou Kaya hospital": a person's name, not "Kaya"; only stop words may come before
        if (first > 0 && !env.lex.placeStopwords.has(words[first - 1])) return null;
        const run = words.slice(first).join(" ");
        const name = knownPrefix(env, run);
        if (name !== run) continue;
        const start = m.index + m[1].length - run.length;
        if (namesActorAt(env, start)) return null;
        return { value: mention(env, `${lex.lang}/place-modifier`, start, start + name.length, name, null, "at", []), start, end: start + name.length };
      }
      return null;
    },
  };
}
