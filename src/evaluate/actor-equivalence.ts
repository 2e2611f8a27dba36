/**
 * When two actor names refer to one group. ACLED renames actors over time and
 * spells one force several ways, so exact string comparison would count
 * correct extractions as errors. The rules, applied in order to each name:
 *
 * 1. fold case, accents, curly quotes and dash variants; collapse spaces;
 * 2. split "X and/or Y" into its groups (compared as a set, order ignored);
 * 3. drop the text after a period suffix: a state-force unit
 *    ("Police Forces of Burkina Faso (2015-2022) Gendarmerie" is the police force);
 * 4. drop period suffixes "(2015-2022)", "(2022-)" wherever they are;
 * 5. drop a trailing state-force unit named without a period
 *    ("Police Forces of Mali Gendarmerie"), from the unit list in actor-equivalence.json;
 * 6. "ACRONYM: Long name" becomes the acronym ("JNIM: Group for Support of Islam and Muslims" → "jnim");
 * 7. names listed in actor-equivalence.json map to their group key
 *    (the Islamic State's Greater Sahara / West Africa-GS / Sahel names are one group;
 *    a coalition's named units count as the coalition: Katiba Macina is JNIM's, and
 *    ACLED itself codes the same Katiba Macina militants under either name).
 */
import equivalence from "./actor-equivalence.json" with { type: "json" };

interface EquivalenceData {
  groups: Record<string, string[]>;
  stateForceUnits: string[];
}

const data = equivalence as EquivalenceData;

function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const ALIAS_TO_GROUP = new Map<string, string>();
for (const [group, names] of Object.entries(data.groups)) {
  ALIAS_TO_GROUP.set(fold(group), group);
  for (const name of names) ALIAS_TO_GROUP.set(fold(name), group);
}

const UNITS = data.stateForceUnits.map(fold).sort((a, b) => b.length - a.length);
const PERIOD = /\s*\(\d{4}\s*-\s*(?:\d{4})?\)\s*/g;
const PERIOD_THEN_UNIT = /^(.*?)\s*\(\d{4}\s*-\s*(?:\d{4})?\)\s*\S.*$/;
const STATE_FORCE = /^(?:former )?(?:military|police|armed|security|defen[cs]e) forces of /;
const ACRONYM_PREFIX = /^([a-z0-9][a-z0-9'.-]{1,11}):\s+\S/;

/** Canonical key of one group name (no "and/or"). */
export function groupKey(name: string): string {
  let s = fold(name);
  const unit = PERIOD_THEN_UNIT.exec(s);
  if (unit && STATE_FORCE.test(s)) s = unit[1];
  s = s.replace(PERIOD, " ").replace(/\s+/g, " ").trim();
  if (STATE_FORCE.test(s)) {
    for (const u of UNITS) {
      if (s.endsWith(` ${u}`)) {
        s = s.slice(0, -u.length - 1).trim();
        break;
      }
    }
  }
  const whole = ALIAS_TO_GROUP.get(s);
  if (whole) return whole;
  const acronym = ACRONYM_PREFIX.exec(s);
  if (acronym) {
    const short = acronym[1];
    return ALIAS_TO_GROUP.get(short) ?? short;
  }
  return s;
}

/** The set of group keys an actor name stands for, sorted ("X and/or Y" gives two). */
export function actorKeys(name: string | null | undefined): string[] {
  if (!name || !name.trim()) return [];
  const parts = fold(name)
    .split(/\s+and\s*\/\s*or\s+/)
    .map((p) => groupKey(p))
    .filter((k) => k !== "");
  return [...new Set(parts)].sort();
}

/** One comparable string for an actor name: its group keys joined by " and/or ". */
export function normaliseActor(name: string | null | undefined): string {
  return actorKeys(name).join(" and/or ");
}

/** Our actor as the extractor gives it: ACLED's name when known, and the short name. */
export interface ActorNames {
  name: string;
  acled_name: string;
}

/** Do ACLED's actor and ours name the same group(s)? Either of our two names may match. */
export function sameActor(acled: string | null, ours: ActorNames | null): boolean {
  const gold = normaliseActor(acled);
  if (gold === "") return ours === null;
  if (!ours) return false;
  return normaliseActor(ours.acled_name) === gold || normaliseActor(ours.name) === gold;
}

/** Weaker: do ACLED's actor and ours share at least one group ("JNIM" against "JNIM and/or ISGS")? */
export function actorsOverlap(acled: string | null, ours: ActorNames | null): boolean {
  if (!ours) return false;
  const gold = new Set(actorKeys(acled));
  return [...actorKeys(ours.acled_name), ...actorKeys(ours.name)].some((k) => gold.has(k));
}
