import type { EventLocation, GeocodeContext, GeoPrecision, PlaceMention, PlaceNameIndex } from "../domain/place.js";
import type { Gazetteer, GazetteerPlace } from "./load-gazetteer.js";
import { PlaceIndex, type NameMatch } from "./place-index.js";
import { nameKey } from "./normalise-name.js";
import { stripPlaceAffixes } from "./place-affixes.js";
import { MAX_PLACE_TEXT, parsePlaceText } from "./parse-place-text.js";
import { scoreCandidate, tieBreakByDistance, distanceKm, adminKeysOf, type RankingEvidence, type ResolvedHint, type ScoredCandidate } from "./rank-candidates.js";
import { AdminSeats } from "./admin-seats.js";
import { BorderProximity, BORDER_PHRASE } from "./border-proximity.js";
import commonWords from "./common-words.json" with { type: "json" };
import { findNameMatches } from "./name-matches.js";
import { ReportEvidence } from "./report-evidence.js";
import { describeVariant } from "./spelling-doubts.js";
import { refusalOf } from "./candidate-refusals.js";
import { COVERED_ISO2 } from "../domain/coverage.js";

const COMMON = new Set((commonWords as { words: string[] }).words.map(nameKey));
const MAX_NAME = 120;
const EMPTY_CONTEXT: GeocodeContext = { documentPlaces: [], countryHints: [] };
/** How far after an unknown place the report may name the place it lies by ("X, a hamlet 20 km north of Y (commune, province)"). */
const NEXT_PLACE_CHARS = 160;
/** Extraction's rule for "X (coded as Y at geoprecision 2)", whatever the language prefix. */
const CODED_AS_RULE = /(?:^|\/)place-coded-as$/;
const CODED_PRECISION = /geo-?precision\s*(\d)/i;
/** A mention that is the anchor of the place before it ("X, near Y", "X près de Y"). */
const NEAR_TEXT = /^(?:near|close\s+to|not\s+far\s+from|pr[èe]s\s+d|non\s+loin\s+d)/i;
/** Mentions whose text marks a source, not a scene ("from Ouagadougou", "based in Bamako"). */
const SOURCE_TEXT = /^(?:from|based\s+in|depuis|de\s+source|à\s+partir\s+de|datelined?)\b/i;

/**
 * Decides where an event happened from a place mention and the rest of the report.
 * `location.name` is the gazetteer's main name of the chosen place (so "Arbinda" and
 * "Aribinda" come out the same); when the place is not in the gazetteer and is located
 * relative to an anchor ("Kalamba, near Kaya"), it is the name as the report gives it.
 */
export class Geocoder {
  readonly names: PlaceNameIndex;
  private readonly index: PlaceIndex;
  private seatsBuilt: AdminSeats | null = null;
  private bordersBuilt: BorderProximity | null = null;
  private readonly iso3to2 = new Map<string, string>();
  private readonly countryByKey = new Map<string, string>();
  private readonly report: ReportEvidence;

  constructor(readonly gazetteer: Gazetteer) {
    this.index = new PlaceIndex(gazetteer);
    this.names = this.index;
    this.report = new ReportEvidence(this.index, this.iso3to2);
    for (const c of gazetteer.countries) {
      this.iso3to2.set(c.iso3, c.iso2);
      for (const n of [c.name, ...c.aliases]) this.countryByKey.set(nameKey(n), c.iso2);
    }
  }

  /** Built on the first province- or region-level answer. */
  private get seats(): AdminSeats {
    return (this.seatsBuilt ??= new AdminSeats(this.gazetteer.places, this.index));
  }

  /** Built on the first "near the border with X": most reports never need it. */
  private borders(): BorderProximity {
    return (this.bordersBuilt ??= new BorderProximity(this.gazetteer.places));
  }

  /**
   * Builds now what is otherwise built on first need (spelling-variant index, admin seats,
   * border grid; ~0.2 s together), for a server that would rather not pay it on a request.
   */
  prepare(): this {
    this.index.lookupLoose("prepare");
    this.index.lookupLoose("prepare", true);
    this.index.lookupSpelling("prepare");
    void this.seats;
    this.borders();
    return this;
  }

  locateText(text: string, context?: Partial<GeocodeContext>): EventLocation | null {
    const mention = parsePlaceText(text);
    return this.locate(mention, { documentPlaces: context?.documentPlaces ?? [], countryHints: context?.countryHints ?? [] });
  }

  locate(mention: PlaceMention | null, context: GeocodeContext = EMPTY_CONTEXT): EventLocation | null {
    try {
      if (mention) {
        // "a truck coming from Menaka attacked in the area of In-Delimane": a source is the answer only when nothing else is.
        if (SOURCE_TEXT.test(mention.text.trim())) {
          const scene = this.firstScene(context, mention);
          if (scene) return scene;
        }
        const m = this.withNearAnchor(mention, context);
        return this.codedAs(m, context) ?? this.resolve(this.tidy(m), context) ?? this.nextPlaceOf(m, context);
      }
      return this.firstScene(context, null);
    } catch {
      return null; // a hot path: never throw on odd input
    }
  }

  /** The first place of the report that is a scene, not a source or a country. */
  private firstScene(context: GeocodeContext, except: PlaceMention | null): EventLocation | null {
    for (const m of context.documentPlaces) {
      if (m === except || SOURCE_TEXT.test(m.text.trim())) continue;
      const loc = this.resolve(this.tidy(this.withNearAnchor(m, context)), context);
      if (loc && loc.admin1 !== null) return loc;
    }
    return null;
  }

  /**
   * "in Mariko, near Niono" found as two mentions: the "near" place right after the mention
   * is its anchor, so a far namesake of Mariko yields to Niono as it would for "Mariko, near Niono".
   */
  private withNearAnchor(m: PlaceMention, context: GeocodeContext): PlaceMention {
    if (m.secondary !== null) return m;
    const next = context.documentPlaces.find((p) => p.start >= m.end && p.start - m.end <= 3);
    // "near the Mali border" is a border, not an anchor.
    if (!next || next.relation !== "near" || next.kindHint === "country" || next.countryHint !== null || !NEAR_TEXT.test(next.text.trim())) return m;
    return { ...m, secondary: next.name, qualifiers: [...m.qualifiers, ...next.qualifiers] };
  }

  /**
   * "Tinabao (coded as Ansongo at geoprecision 2)": the report itself says which place the
   * event is located at and how precisely; that place is the answer, under its own name.
   */
  private codedAs(mention: PlaceMention, context: GeocodeContext): EventLocation | null {
    if (!CODED_AS_RULE.test(mention.rule)) return null;
    // "45km east of Akabar (coded as Akabar 45km E)": no place written before the bracket, the coded one is the
    // mention; nor is the event sent to another place named nearby
    if (!mention.secondary) return this.resolveNamedPlace(mention, context);
    const stated = CODED_PRECISION.exec(mention.text);
    const loc = this.resolveNamedPlace({ ...mention, name: mention.secondary, secondary: null, relation: "at", kindHint: null }, context);
    if (!loc) return null;
    const precision = stated ? (Math.min(3, Math.max(1, Number(stated[1]))) as GeoPrecision) : loc.geo_precision;
    loc.why?.decidedBy.unshift(`the report says the event is coded at "${mention.secondary}"`);
    return { ...loc, geo_precision: Math.max(loc.geo_precision, precision) as GeoPrecision };
  }

  /** The report names the place itself: a country guessed for the report (from its actors) does not veto it. */
  private resolveNamedPlace(mention: PlaceMention, context: GeocodeContext): EventLocation | null {
    const tidied = this.tidy(mention);
    return this.resolve(tidied, context) ?? this.resolve(tidied, { ...context, countryHints: [] });
  }

  /**
   * The event's place is not in the gazetteer ("the hamlet of Kossolgou, close to
   * Matiakoali in Gourma"): a report names the unknown hamlet first and then the place it
   * lies by, so the next place named close after it (else just before it) locates the
   * event, at precision 2 and under the report's own name, as ACLED codes it.
   */
  private nextPlaceOf(mention: PlaceMention, context: GeocodeContext): EventLocation | null {
    const after = context.documentPlaces.filter((p) => p.start >= mention.end && p.start - mention.end <= NEXT_PLACE_CHARS);
    const before = context.documentPlaces.filter((p) => p.end <= mention.start && mention.start - p.end <= NEXT_PLACE_CHARS / 4).reverse();
    for (const p of [...after, ...before]) {
      if (p === mention || SOURCE_TEXT.test(p.text.trim()) || nameKey(p.name) === nameKey(mention.name)) continue;
      const loc = this.resolve(this.tidy(p), context);
      if (!loc || loc.admin1 === null) continue;
      const why = loc.why ?? { candidates: [], decidedBy: [] };
      return {
        ...loc,
        name: stripPlaceAffixes(mention.name).name || loc.name,
        geo_precision: Math.max(loc.geo_precision, 2) as GeoPrecision,
        why: { candidates: why.candidates, decidedBy: [`"${mention.name}" is not in the gazetteer; located by "${p.name}", named next to it`, ...why.decidedBy] },
      };
    }
    return null;
  }

  /** Extraction may leave "near X", "X (Y, Z)" or "province du X" in the name: read it again. */
  private tidy(m: PlaceMention): PlaceMention {
    if (m.name.length > MAX_PLACE_TEXT) return m; // resolve() refuses it
    if (/[(),]|\b(?:near|between|entre|pr[èe]s|axis|axe|outskirts|area)\b/i.test(m.name)) {
      const p = parsePlaceText(m.name);
      if (p) {
        return {
          ...m,
          name: p.name,
          kindHint: m.kindHint ?? p.kindHint,
          relation: m.relation !== "at" ? m.relation : p.relation,
          qualifiers: [...p.qualifiers, ...m.qualifiers],
          secondary: m.secondary ?? p.secondary,
        };
      }
    }
    const s = stripPlaceAffixes(m.name);
    return { ...m, name: s.name || m.name, kindHint: m.kindHint ?? s.kindHint };
  }

  private countryOf(text: string): string | null {
    return this.countryByKey.get(nameKey(stripPlaceAffixes(text).name)) ?? null;
  }

  /** Qualifiers and anchors repeat (province and region names): their reading is kept, up to a bound. */
  private readonly hints = new Map<string, ResolvedHint | null>();

  private hint(text: string): ResolvedHint | null {
    let h = this.hints.get(text);
    if (h !== undefined) return h;
    const { name, kindHint } = stripPlaceAffixes(text);
    const key = nameKey(name);
    if (!key) h = null;
    else {
      const countryIso2 = this.countryOf(name);
      const places = countryIso2 ? [] : this.index.lookupPlaces(name).filter((p) => p.fclass === "P" || p.fclass === "A").slice(0, 50);
      h = { text: name, kindHint, key, countryIso2, places };
    }
    if (this.hints.size >= 20_000) this.hints.clear();
    this.hints.set(text, h);
    return h;
  }

  private resolve(m: PlaceMention, context: GeocodeContext): EventLocation | null {
    if (m.name.length > MAX_NAME) return null; // no place name is that long
    const key = nameKey(m.name);
    const reportCountries = this.report.countriesOf(context);
    const strictCountry = m.countryHint ? this.iso3to2.get(m.countryHint.toUpperCase()) ?? null : null;
    let border: string | null = null;
    for (const t of [m.text, m.secondary ?? "", ...m.qualifiers]) {
      if (t.length > MAX_PLACE_TEXT) continue;
      const b = BORDER_PHRASE.exec(t);
      const iso2 = b ? this.countryOf((b[1] ?? b[2]).replace(/[.,;)].*$/, "")) : null;
      if (iso2) border = iso2;
    }
    const notBorder = (t: string): boolean => t.length <= MAX_NAME && !BORDER_PHRASE.test(t);
    const qualifiers = m.qualifiers.filter(notBorder).map((q) => this.hint(q)).filter((h): h is ResolvedHint => h !== null && h.key !== key);
    const anchor = m.secondary && notBorder(m.secondary) ? this.hint(m.secondary) : null;
    const ctx = this.report.placesOf(context, key, reportCountries);
    const nearBorder = border ? (p: GazetteerPlace): boolean => this.borders().isNear(p, border!) : null;
    const evidence: RankingEvidence = { kindHint: m.kindHint, strictCountry, reportCountries, qualifiers, anchor, contextKeys: ctx.keys, contextPoints: ctx.points, nearBorder, borderName: border, anchorMayBeFar: m.relation === "between" || m.relation === "axis", areaKeys: this.report.areaKeysOf(context), isCommuneSeat: (p) => this.seats.isCommuneSeat(p) };

    // a spelling variant counts in the report's countries, or along the border of a Sahel country named with it ("Tamalate near the Niger border")
    const alongNamedBorder = (p: GazetteerPlace): boolean => strictCountry !== null && COVERED_ISO2.has(strictCountry) && this.borders().isNear(p, strictCountry);
    // a common word ("Sole") or a lower-case name needs support to be a place, and is never read as somebody else's spelling of a village
    const commonWord = COMMON.has(key) || /^[a-z]/.test(m.name);
    const found = key ? findNameMatches(this.index, m.name, reportCountries, alongNamedBorder, !commonWord) : { matches: [], partial: null, twin: false };
    let matches = found.matches;
    const { partial, twin } = found;
    if (strictCountry) {
      // "protest in Bamako inspired by the yellow vests in France": a country named nearby that has
      // no place of this name was not said of this place; it is then no more than a hint.
      // "in Di, Sourou Province near the Mali border": the province written with the name is closer
      // evidence than the country named after it.
      const inCountry = matches.filter((x) => x.place.iso2 === strictCountry || x.place.kind === "country");
      const unitSays = (x: NameMatch): boolean => qualifiers.some((q) => !q.countryIso2 && adminKeysOf(x.place).includes(q.key));
      const qualifiedElsewhere = matches.some((x) => x.place.iso2 !== strictCountry && unitSays(x)) && !inCountry.some(unitSays);
      // "in the Mondoro forest near Burkina Faso's border" with the only Mondoro in Mali, a few km from
      // that border: the country was named as the border; a namesake along it may be meant, any other is not.
      const onlyAcross = inCountry.length === 0 && COVERED_ISO2.has(strictCountry) && matches.length > 0 && !evidence.nearBorder;
      if (onlyAcross) {
        const across = strictCountry;
        evidence.strictCountry = null;
        evidence.nearBorder = (p: GazetteerPlace): boolean => this.borders().isNear(p, across);
        evidence.borderName = this.gazetteer.countries.find((c) => c.iso2 === across)?.name ?? across;
        matches = matches.filter((x) => COVERED_ISO2.has(x.place.iso2) && evidence.nearBorder!(x.place));
      } else if ((inCountry.length > 0 || COVERED_ISO2.has(strictCountry)) && !qualifiedElsewhere) matches = inCountry;
      else evidence.strictCountry = null;
    }
    // Equal scores: the namesake nearer the report's other places (a report's villages lie together, whatever the
    // distance), then the older GeoNames record (the original national gazetteer import; later additions are mostly minor features).
    const nearer = tieBreakByDistance(evidence.contextPoints);
    const scored = matches.map((x) => scoreCandidate(x, evidence, matches.length === 1)).sort((a, b) => b.score - a.score || nearer(a, b) || a.match.place.order - b.match.place.order);
    if (scored.length > 1) scored[0] = scoreCandidate(scored[0].match, evidence, true); // the winner's evidence, written out
    const best = scored[0];
    const decidedBy: string[] = [];

    if (best) {
      const p = best.match.place;
      const refusal = refusalOf({ mention: m, commonWord, best, scored, evidence, anchor, qualifiers, reportCountries, contextPlaces: ctx.points.length, partial });
      if (refusal) {
        decidedBy.push(refusal);
        return this.anchorOrNull(m, anchor, qualifiers, scored, decidedBy, context);
      }
      decidedBy.push(...best.evidence);
      if (twin) decidedBy.push(`"${m.name}" is not in the gazetteer; ${p.name}, one of the twin villages of that name, is`);
      else if (partial) decidedBy.push(`"${m.name}" is not in the gazetteer; its first part "${partial}" is`);
      if (best.match.via === "loose") decidedBy.push(`matched spelling variant "${m.name}" of ${p.name}${best.match.variant ? `: ${describeVariant(best.match.variant, best.match.distance ?? 0)}` : ""}`);
      else if (best.match.via !== "name") decidedBy.push(`matched alternate name "${m.name}" of ${p.name}`);
      if (scored.length > 1) decidedBy.push(`score ${best.score} vs ${scored[1].score} for the runner-up`);
      return this.locationFor(p, m, m.relation === "at" ? 1 : 2, scored, decidedBy, qualifiers);
    }
    decidedBy.push(`"${m.name}" is not in the gazetteer`);
    return this.anchorOrNull(m, anchor, qualifiers, scored, decidedBy, context);
  }

  /** The name is unknown (or unsupported): locate it relative to its anchor or qualifier, else unknown. */
  private anchorOrNull(m: PlaceMention, anchor: ResolvedHint | null, qualifiers: ResolvedHint[], scored: ScoredCandidate[], decidedBy: string[], context: GeocodeContext): EventLocation | null {
    for (const hint of [anchor, ...qualifiers]) {
      if (!hint || hint.countryIso2 || hint.places.length === 0) continue;
      // "Wendoubou (by Kiri), near the Burkina Faso border": what the text says of the border holds for the anchor too
      const borders = m.qualifiers.filter((q) => q.length <= MAX_PLACE_TEXT && BORDER_PHRASE.test(q));
      const inner: PlaceMention = { ...m, name: hint.text, text: hint.text, qualifiers: [...qualifiers.filter((q) => q !== hint).map((q) => q.text), ...borders], secondary: null, kindHint: hint.kindHint, relation: "at" };
      const hinted: GeocodeContext = { ...context, countryHints: m.countryHint ? [m.countryHint] : context.countryHints };
      // the report names the anchor itself: a country guessed for the report does not veto it
      const loc = this.resolve(inner, hinted) ?? (m.countryHint || hint !== anchor ? null : this.resolve(inner, { ...hinted, countryHints: [] }));
      if (!loc) continue;
      const why = loc.why ?? { candidates: [], decidedBy: [] };
      return {
        ...loc,
        name: m.name,
        geo_precision: Math.max(loc.geo_precision, 2) as GeoPrecision,
        why: { candidates: why.candidates, decidedBy: [...decidedBy, `located relative to "${hint.text}"`, ...why.decidedBy] },
      };
    }
    void scored;
    return null;
  }

  /**
   * A settlement found under one of its alternate names keeps the spelling the report used
   * ("Sole", not GeoNames' main name "Tioli"): analysts match it against the text. The main
   * name stays in `why.candidates` and the gazetteer id.
   */
  private locationFor(p: GazetteerPlace, m: PlaceMention, precision: GeoPrecision, scored: ScoredCandidate[], decidedBy: string[], qualifiers: ResolvedHint[]): EventLocation {
    const candidates = scored.slice(0, 5).map((s) => ({ gazetteer_id: s.match.place.id, name: s.match.place.name, admin1: s.match.place.admin1, admin2: s.match.place.admin2, iso3: s.match.place.iso3, score: s.score }));
    let point: GazetteerPlace = p;
    if (p.kind === "country") {
      precision = 3;
      // ACLED codes an event known only at country level (a nationwide strike) at the capital.
      const capital = this.seats.capitalOf(p.iso2);
      if (capital) (point = capital), decidedBy.push(`a country: placed at its capital ${capital.name}`);
      else decidedBy.push("a country: placed at its centroid");
    } else if (p.fcode === "PPLW" && precision === 1) {
      decidedBy.push("a major foreign city from the hand-written list");
    } else if (p.kind === "admin1" || p.kind === "admin2") {
      precision = 3;
      const seat = this.seats.seatOf(p);
      if (seat) (point = seat), decidedBy.push(`only the ${p.kind} is known: placed at its capital ${seat.name}`);
      else decidedBy.push(`only the ${p.kind} is known: placed at its centroid`);
    } else if (p.kind === "admin3") {
      const seat = this.seats.seatOf(p);
      precision = 2;
      if (seat) (point = seat), decidedBy.push(`a commune: placed at its seat ${seat.name}`);
    }
    const loc: EventLocation = {
      name: p.kind === "admin1" || p.kind === "admin2" || p.kind === "admin3" ? stripPlaceAffixes(p.name).name : reportedSpelling(p, m),
      country: p.country,
      iso3: p.iso3,
      admin1: p.kind === "country" ? null : p.admin1 ?? point.admin1,
      admin2: p.kind === "country" || p.kind === "admin1" ? null : p.admin2 ?? point.admin2,
      admin3: p.kind === "admin3" || p.fclass === "P" ? p.admin3 : null,
      admin_source: p.adminSource,
      latitude: point.lat,
      longitude: point.lon,
      geo_precision: precision,
      gazetteer_id: p.id,
      why: { candidates, decidedBy },
    };
    if (p.iso2 === "BF" && p.kind !== "country") {
      loc.admin1_2025 = p.admin1_2025 ?? point.admin1_2025;
      loc.admin2_2025 = p.kind === "admin1" ? null : p.admin2_2025 ?? point.admin2_2025;
    }
    this.applyTextAdmin(loc, p, qualifiers);
    return loc;
  }

  /** "Sole, in Loroum province": an admin unit the text names near the place wins over the gazetteer's. */
  private applyTextAdmin(loc: EventLocation, p: GazetteerPlace, qualifiers: ResolvedHint[]): void {
    if (p.kind !== "settlement" && p.kind !== null) return;
    for (const q of qualifiers) {
      if (q.key === nameKey(loc.admin2 ?? "") || q.key === nameKey(loc.admin1 ?? "")) return;
      const unit = q.places.find((u) => u.kind === "admin2" && u.iso2 === p.iso2 && distanceKm(u.lat, u.lon, p.lat, p.lon) < 80);
      if (unit && loc.admin2 !== null && nameKey(stripPlaceAffixes(unit.name).name) !== nameKey(loc.admin2)) {
        loc.why?.decidedBy.push(`the text puts it in ${q.text} (gazetteer: ${loc.admin2}): the text wins`);
        loc.admin2 = unit.admin2;
        loc.admin1 = unit.admin1;
        loc.admin_source = "text";
        return;
      }
    }
  }
}

/** The gazetteer's own form of the name the report used, when it is one of the place's alternates. */
function reportedSpelling(p: GazetteerPlace, m: PlaceMention): string {
  const key = nameKey(m.name);
  if (key === "" || key === nameKey(p.name)) return p.name;
  return p.alternates.find((alt) => nameKey(alt) === key) ?? p.name;
}
