import { WORD_END, WORD_START } from "../lexicon/alias-pattern.js";
import type { Lang } from "../lexicon/types.js";
import { communityNames, type CommunalSides } from "./communal-clash.js";

/**
 * "Fulani, Bambara and Bozo leaders signed an accord", "the Dogon and Fulani communities agreed to a truce":
 * communities that make peace are coded by ACLED as their ethnic militias, the first two named as the
 * two parties (English reports; French ones are read by the clash patterns only).
 */
let list: RegExp | null = null;

/** "Fulani, Bambara, and Bozo", "Fulani and Dogon": a list of two or more communities. */
function listPattern(): RegExp {
  if (!list) {
    const eth = `(?:${communityNames("en").names})s?`;
    list = new RegExp(`${WORD_START}(${eth})${WORD_END}((?:\\s*,\\s*${eth}${WORD_END})*)\\s*,?\\s+and\\s+(?:the\\s+)?(${eth})${WORD_END}`, "iu");
  }
  return list;
}

/** The first two communities a peace-making sentence names, or null. */
export function agreementSides(text: string, lang: Lang): CommunalSides | null {
  if (lang !== "en") return null;
  const m = listPattern().exec(text);
  if (!m) return null;
  const { groupOf } = communityNames("en");
  const first = groupOf(m[1]);
  const middle = m[2].split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  const second = groupOf(middle[0] ?? m[3]);
  if (!first || !second || first === second) return null;
  return { first, second };
}
