import actorsJson from "../lexicons/actors.json" with { type: "json" };
import { aliasSource, WORD_END, WORD_START } from "../lexicon/alias-pattern.js";
import type { Lang } from "../lexicon/types.js";
import type { CommunalSides } from "./communal-clash.js";

/**
 * "Fulani, Bambara and Bozo leaders signed an accord", "the Dogon and Fulani communities agreed to a truce":
 * communities that make peace are coded by ACLED as their ethnic militias, the first two named as the
 * two parties (English reports; French ones are read by the clash patterns only).
 */
const cache = new Map<Lang, { list: RegExp; groupOf: (found: string) => string | null } | null>();

function compile(lang: Lang): { list: RegExp; groupOf: (found: string) => string | null } | null {
  if (lang !== "en") return null;
  const groups = actorsJson.ethnic_militia.groups.map((g) => ({ name: g.name, aliases: g.aliases.en.map((a) => a.toLowerCase()) }));
  const names = groups.flatMap((g) => g.aliases).sort((a, b) => b.length - a.length).map(aliasSource).join("|");
  const eth = `(?:${names})s?`;
  // "Fulani, Bambara, and Bozo", "Fulani and Dogon": a list of two or more communities
  const list = new RegExp(`${WORD_START}(${eth})${WORD_END}((?:\\s*,\\s*${eth}${WORD_END})*)\\s*,?\\s+and\\s+(?:the\\s+)?(${eth})${WORD_END}`, "iu");
  const groupOf = (found: string): string | null => {
    const key = found.toLowerCase();
    return groups.find((g) => g.aliases.some((a) => a === key || `${a}s` === key))?.name ?? null;
  };
  return { list, groupOf };
}

/** The first two communities a peace-making sentence names, or null. */
export function agreementSides(text: string, lang: Lang): CommunalSides | null {
  let c = cache.get(lang);
  if (c === undefined) {
    c = compile(lang);
    cache.set(lang, c);
  }
  if (c === null) return null;
  const m = c.list.exec(text);
  if (!m) return null;
  const first = c.groupOf(m[1]);
  const middle = m[2].split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  const second = c.groupOf(middle[0] ?? m[3]);
  if (!first || !second || first === second) return null;
  return { first, second };
}
