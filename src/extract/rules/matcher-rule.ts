import type { Matcher } from "../lexicon/compiled.js";
import { matchedPayload } from "../lexicon/alias-pattern.js";
import type { Rule, RuleEnv, RuleValue } from "../rule.js";

/** A rule over a compiled lexicon: the value comes from which alias matched. */
export function matcherRule<P, T>(
  name: string,
  matcher: Matcher<P>,
  toValue: (payload: P, match: RegExpExecArray, env: RuleEnv) => RuleValue<T> | null,
): Rule<T> {
  return {
    name,
    pattern: matcher.regex,
    extract(match, env) {
      const payload = matchedPayload(match, matcher);
      return payload === null ? null : toValue(payload, match, env);
    },
  };
}

/** A rule over a cue list: any match is a hit. */
export function cueRule(name: string, pattern: RegExp): Rule<true> {
  return { name, pattern, extract: () => ({ value: true }) };
}
