import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { isNotPlaceWord, kindWord, mention, NAME_SOURCE } from "./place-name.js";

const NAME_BEFORE = new RegExp(`(${NAME_SOURCE})\\s+$`, "u");

/** "Loroum province", "the Mopti Region", "Gnagna Province": an administrative unit by its name; "Bankass town": a town. */
export function kindSuffixRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const pattern = /(?<=[\p{L}'’]\s+)([Pp]rovince|[Rr]egion|[Dd]epartment|[Cc]ommune|[Cc]ercle|[Cc]ircle|[Dd]istrict|[Aa]rea|[Ff]orest|town)(?![\p{L}])/gu;
  return {
    name: `${lex.lang}/place-kind-suffix`,
    pattern,
    extract(m, env) {
      const before = NAME_BEFORE.exec(env.text.slice(Math.max(0, m.index - 60), m.index));
      if (!before) return null;
      // Take the last capitalised words before the kind word ("Burkina Faso's northern Loroum" -> "Loroum").
      const words = before[1].split(/[ \t]+/);
      let name = words[words.length - 1];
      for (let n = words.length; n >= 1; n--) {
        const candidate = words.slice(words.length - n).join(" ");
        if (env.places.has(candidate)) {
          name = candidate;
          break;
        }
      }
      if (isNotPlaceWord(env, name) && !/^(?:Sahel|Est|Centre|Nord)$/.test(name)) return null;
      const kw = kindWord(m[1]);
      if (!kw) return null;
      const start = m.index - (before[0].length - before[1].length) - name.length;
      // "Bankass town" says the place, not more than its bare name would ("140 km north of Gao town" is not the scene)
      const kind = m[1].toLowerCase() === "forest" || m[1] === "town" ? null : kw.kind;
      return { value: mention(env, `${lex.lang}/place-kind-suffix`, start, m.index + m[0].length, name, kind, kw.relation, []), start };
    },
  };
}
