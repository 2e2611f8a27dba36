import type { WeaponValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { WeaponEntry } from "../../lexicon/types.js";
import type { Rule, RuleEnv, RuleValue } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";

/** A variant list right after a model: "(-1/-2)", "(-1, -2)", "/-1/-2". */
const VARIANTS = /^\s?\(?((?:\s*[-/,]\s*-?[0-9A-Z]{1,3})+)\)?/;

function withVariants(entry: WeaponEntry, m: RegExpExecArray, env: RuleEnv, lex: CompiledLexicons): RuleValue<WeaponValue> {
  const end = m.index + m[0].length;
  const v = VARIANTS.exec(env.text.slice(end, end + 24));
  if (!v) return { value: { weapons: [entry] } };
  const variants = v[1].split(/[/,]/).map((s) => s.trim().replace(/^-/, "")).filter((s) => s.length > 0);
  const found: WeaponEntry[] = [entry];
  for (const suffix of variants) {
    const named = lex.weaponByName.get(`${entry.name}-${suffix}`.toLowerCase());
    if (named && !found.includes(named)) found.push(named);
  }
  return found.length > 1 ? { value: { weapons: found }, end: end + v[0].length } : { value: { weapons: [entry] } };
}

/** Weapon models and kinds from weapons.json, expanding "Type 56(-1/-2)" to each listed variant. */
export function weaponModelRule(lex: CompiledLexicons): Rule<WeaponValue> {
  return matcherRule(`${lex.lang}/weapon-model`, lex.weapons, (entry, m, env) => {
    // "Type 56-1" written out resolves to its own entry.
    const exact = lex.weaponByName.get(m[0].replace(/\s+/g, " ").toLowerCase());
    return withVariants(exact ?? entry, m, env, lex);
  });
}

export function weaponAcronymRule(lex: CompiledLexicons): Rule<WeaponValue> {
  return matcherRule(`${lex.lang}/weapon-acronym`, lex.weaponsCaseSensitive, (entry) => ({ value: { weapons: [entry] } }));
}
