/**
 * Deaths a report names as the cause or background of what it tells, not as part of it: a protest
 * "in response to the killing of a youth", a raid "in revenge for the death of" a soldier,
 * residents "demanding justice for" two activists executed months before, a man "accused of
 * killing" a child. ACLED counts them in their own event, never in this one.
 */
const BEFORE_NOUN = /(?:amid|discovery|discovered|response|reaction|reply|revenge|retaliation|reprisals?|protest(?:ing|s)?|demonstrat(?:e|ed|ing|ion|ions)|march(?:ed|ing)?|anger|outrage|furious|angry|indignation|justice|investigation|inquiry|enquiry|autopsy|after|following|over|about|against|denounc(?:e|ed|ing)|condemn(?:ed|ing)?|mourn(?:ed|ing)?|commemorat(?:e|ed|ing)|accus(?:ed|ing)\s+\p{L}+\s+of|causing|related|linked|due|anniversary|memory|honou?r)(?:\s+(?:act|acts|attack|attacks|operation|raid|killing|killings))?\s+(?:(?:to|for|of|into|at|on|in)\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:alleged\s+|recent\s+|brutal\s+|shooting\s+|presumed\s+|summary\s+|extrajudicial\s+)*$/iu;
const BEFORE_VERB = /(?:(?:justice|revenge|retaliation|reprisals?)\s+for|autopsy\s+of|investigation\s+into|memory\s+of|honou?r\s+of|(?:accused|suspected|convicted|guilty|charged|arrested|detained|jailed|sentenced|tried)\s+(?:\p{L}+\s+)?(?:of|for))\s+(?:the\s+)?$/iu;

/** Whether the death told at `index` is a cause or background; `nominal` for "the killing of", "the death of". */
export function isEarlierDeath(text: string, index: number, nominal: boolean): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  return (nominal ? BEFORE_NOUN : BEFORE_VERB).test(before);
}
