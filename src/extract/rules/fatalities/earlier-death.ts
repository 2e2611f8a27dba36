/**
 * Deaths a report names as the cause or background of what it tells, not as part of it: a protest
 * "in response to the killing of a youth", a raid "in revenge for the death of" a soldier,
 * residents "demanding justice for" two activists executed months before, a man "accused of
 * killing" a child. ACLED counts them in their own event, never in this one.
 */
const BEFORE_NOUN = /(?:amid|discovery|discovered|carrying|carried|brought|(?:arrived|came|marched|walked)\s+with|response|reaction|reply|revenge|retaliation|reprisals?|protest(?:ing|s)?|demonstrat(?:e|ed|ing|ion|ions)|march(?:ed|ing)?|anger|outrage|furious|angry|indignation|justice|investigation|inquiry|enquiry|autopsy|after|following|over|against|denounc(?:e|ed|ing)|condemn(?:ed|ing)?|mourn(?:ed|ing)?|commemorat(?:e|ed|ing)|accus(?:ed|ing)(?:\s+\p{L}+)?\s+of(?:\s+causing)?|related|linked|due|anniversary|memory|honou?r)(?:\s+(?:act|acts|attack|attacks|operation|raid|killing|killings))?\s+(?:(?:to|for|of|into|at|on|in|about|over)\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:alleged\s+|recent\s+|brutal\s+|shooting\s+|presumed\s+|summary\s+|extrajudicial\s+)*$/iu;
const BEFORE_VERB = /(?:(?:justice|revenge|retaliation|reprisals?)\s+for|autopsy\s+of|investigation\s+into|memory\s+of|honou?r\s+of|(?:accused|suspected|convicted|guilty|charged|arrested|detained|jailed|sentenced|tried)\s+(?:\p{L}+\s+)?(?:of|for))\s+(?:the\s+)?$/iu;

/** "after gendarmes mistakenly killed a resident", "following the ambush that killed three guards", "gunmen who had earlier shot a teacher". */
const BEFORE_PAST_VERB = /(?:(?:after|following)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){1,3}|(?:who|which|that)\s+(?:had\s+)?(?:previously|earlier|once|already)\s+(?:had\s+)?)$/iu;
/** "in protest over the stabbing of a boy who died": a death told inside the cause. */
const BEFORE_RELATIVE = /(?:response|reaction|revenge|retaliation|protest(?:ing)?|against|over|after|following)\s+(?:to\s+|for\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){1,6}$/iu;

/**
 * Whether the death told at `index` is a cause or background. `form`: "nominal" for "the killing
 * of", "the death of"; "past" for a finite past verb ("killed", "shot dead"); "relative" for "who
 * succumbed"; "verb" for any other verb form.
 */
export function isEarlierDeath(text: string, index: number, form: "nominal" | "past" | "relative" | "verb"): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  if (form === "nominal") return BEFORE_NOUN.test(before);
  if (form === "relative") return BEFORE_RELATIVE.test(before);
  return BEFORE_VERB.test(before) || (form === "past" && BEFORE_PAST_VERB.test(before));
}
