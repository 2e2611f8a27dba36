import type { ActorRef, Verification } from "../../domain/index.js";
import type { ActorValue, VerificationValue } from "../facts.js";
import type { CompiledLexicons } from "../lexicon/compiled.js";
import type { Hit } from "../rule.js";
import { actorRef } from "./actor-ref.js";
import { isNonStateArmed } from "./mentions.js";
import type { ActorHitIn } from "./roles.js";
import type { SentenceFacts } from "./sentence-facts.js";

export interface VerificationReading {
  verification: Verification;
  claimedBy: string | null;
  relayedBy: string | null;
  /** The hits that decided it, for the evidence. */
  cue: Hit<VerificationValue> | null;
  monitor: Hit<string> | null;
  /** A non-state group that claims the act in its own name ("JNIM claimed the ambush", "claimed by ISGS"). */
  claimant: Hit<ActorValue> | null;
}

/** "claimed by JNIM", "revendiqué par l'EIGS": the group after the cue is the one that claims. */
const CLAIMED_BY_BEFORE = /(?:claimed|revendiqu\p{L}*)\s+(?:(?:later|quickly|officially|soon)\s+)?(?:by|par)\s+(?:(?:the|l['’]|le|la|les)\s*)?$/iu;

/** Words that say the report itself only guesses who acted ("presumed Ansaroul Islam members"). */
const GUESSED_BEFORE = /(?:presumed|presumably|suspected|alleged|allegedly|believed|likely|probably|possibly|présumés?|supposés?|probablement)\s+(?:(?:to\s+be|the|an?|members\s+of|fighters\s+of|elements\s+of)\s+)*['"‘“]?$/iu;

/** A named non-state group (not "gunmen"): the only kind that claims an act in its own name. */
function nonState(a: Hit<ActorValue>): boolean {
  return a.value.sense.entry.specificity >= 3 && isNonStateArmed(a);
}

/**
 * The group that claims in its own name: the named group just before the cue (its subject), or the one
 * right after "claimed by". Not a group named elsewhere in the sentence ("the army said it killed JNIM
 * militants" is no claim by JNIM).
 */
function ownClaimant(sf: SentenceFacts, cue: Hit<VerificationValue>, text: string): Hit<ActorValue> | null {
  const before = sf.actors.filter((a) => a.end <= cue.start).pop();
  if (before && nonState(before) && !/[.;:]/.test(text.slice(before.end, cue.start)) && cue.start - before.end <= 40) return before;
  const after = sf.actors.find((a) => a.start >= cue.start);
  if (after && nonState(after) && CLAIMED_BY_BEFORE.test(text.slice(Math.max(0, after.start - 40), after.start))) return after;
  return null;
}

/** Verification: a relayed or stated claim, else the report's own doubt, else an official word. */
export function readVerification(sentences: SentenceFacts[], lex: CompiledLexicons, iso3: string | null, eventDate: string | null, actor1: ActorRef | null, text: string): VerificationReading {
  const verif = sentences.flatMap((s) => s.verification);
  const monitors = sentences.flatMap((s) => s.monitors);
  // a group's own claim first; then a party's wording ("terroristes neutralisés" is the army's claim)
  const claim = verif.find((v) => v.value.kind === "claim" && !v.value.claimant) ?? verif.find((v) => v.value.kind === "claim");
  if (claim || monitors.length > 0) {
    const statedClaimant = claim?.value.claimant ? lex.actorById.get(claim.value.claimant) : undefined;
    const claimSf = sentences.find((s) => claim && s.verification.includes(claim));
    // the group before the cue speaks ("JNIM claimed"); one after it is the claimant only after "claimed by"
    // ("the army said it killed JNIM militants" is the army's word, not JNIM's)
    const speaker = claim ? claimSf?.actors.filter((a) => a.end <= claim.start && a.value.sense.entry.inter !== 7).pop() : undefined;
    const own = claim && claimSf && !statedClaimant ? ownClaimant(claimSf, claim, text) : null;
    const byName = speaker && speaker.value.sense.entry.specificity < 3 ? undefined : claimSf?.actors.filter((a) => a.end <= (claim?.start ?? 0) && a.value.sense.entry.specificity >= 3).pop() ?? claimSf?.actors.find((a) => a.value.sense.entry.specificity >= 3);
    const named = statedClaimant ? undefined : own ?? byName;
    const claimedBy = statedClaimant ? actorRef(lex, { entry: statedClaimant, country: null }, iso3, eventDate).acled_name
      : named ? actorRef(lex, named.value.sense, iso3, eventDate).acled_name
      : speaker && speaker.value.sense.entry.inter === 1 && speaker.value.sense.entry.id !== "government" ? actorRef(lex, speaker.value.sense, iso3, eventDate).acled_name
      : actor1 && actor1.inter !== 1 && actor1.inter !== 7 ? actor1.acled_name : null;
    return { verification: "claimed", claimedBy, relayedBy: monitors[0]?.value ?? null, cue: claim ?? null, monitor: monitors[0] ?? null, claimant: own ?? (named && nonState(named) && named.end <= (claim?.start ?? 0) ? named : null) };
  }
  const hedge = verif.find((v) => v.value.kind === "hedge");
  if (hedge) return { verification: "unverified", claimedBy: null, relayedBy: null, cue: hedge, monitor: null, claimant: null };
  const confirmed = verif.find((v) => v.value.kind === "confirmed");
  if (confirmed) return { verification: "confirmed", claimedBy: null, relayedBy: null, cue: confirmed, monitor: null, claimant: null };
  return { verification: "reported", claimedBy: null, relayedBy: null, cue: null, monitor: null, claimant: null };
}

/**
 * Does a group's own claim name actor 1? ACLED codes the claimant as the perpetrator when the report
 * names no one ("an army post was overrun ... JNIM claimed responsibility"), only describes the attackers
 * ("gunmen", "presumed militants"), or only guesses at another group ("presumed Ansaroul Islam members ...
 * claimed by JNIM"). A group the report names as the perpetrator without doubt keeps the act; state forces
 * never claim through these cues (their word is "the army said it killed"), so a group's claim outranks them.
 */
export function claimantIsPerpetrator(claimant: Hit<ActorValue>, perpetrator: ActorHitIn | null, text: string): boolean {
  if (perpetrator === null) return true;
  const p = perpetrator.hit.value.sense.entry;
  if (p.id === claimant.value.sense.entry.id || (p.acled_name !== undefined && p.acled_name === claimant.value.sense.entry.acled_name)) return false;
  // an alliance claims what its member did ("presumed Ansar Dine militants ... JNIM claimed responsibility")
  if (p.part_of === claimant.value.sense.entry.id) return false;
  // state forces read as the actor of an event a group claims were the ones it hit ("a gendarmerie
  // commander abducted ... JNIM claimed the ambush")
  if (p.inter === 1 || p.inter === 8) return true;
  if (p.specificity <= 2 && perpetrator.hit.value.sense.ethnic === undefined) return true;
  return GUESSED_BEFORE.test(text.slice(Math.max(0, perpetrator.hit.start - 30), perpetrator.hit.start));
}
