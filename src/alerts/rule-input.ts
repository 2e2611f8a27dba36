import type { AlertArea, AlertChannel, AlertRuleInput } from "../domain/alerts.js";
import { ALERT_RULE_KINDS } from "../domain/alerts.js";
import { InputError } from "../domain/errors.js";
import type { Verification } from "../domain/event.js";

const VERIFICATIONS: readonly Verification[] = ["confirmed", "reported", "claimed", "unverified", "disputed"];

function fail(name: string, problem: string): never {
  throw new InputError(`alert rule "${name}"`, problem);
}

function checkArea(name: string, area: AlertArea): void {
  if (area.kind === "radius") {
    const { latitude, longitude, radiusKm } = area;
    if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) fail(name, `centre ${latitude}, ${longitude} is not a latitude, longitude`);
    if (!(radiusKm > 0 && radiusKm <= 5000)) fail(name, `radius ${radiusKm} km must be above 0 and at most 5000`);
  } else if (area.kind === "bbox") {
    const [w, s, e, n] = area.bbox;
    if (![w, s, e, n].every(Number.isFinite) || s > n || w > e) fail(name, `box ${area.bbox.join(",")} must be west,south,east,north`);
  } else if (area.kind === "admin") {
    if (!area.units.length || area.units.some((u) => !u.country && !u.admin1 && !u.admin2)) fail(name, "an admin area needs at least one unit naming a country, admin1 or admin2");
  } else {
    fail(name, `unknown area kind "${(area as { kind: string }).kind}"`);
  }
}

function checkChannel(name: string, channel: AlertChannel): void {
  if (channel.kind === "webhook") {
    let url: URL;
    try {
      url = new URL(channel.url);
    } catch {
      fail(name, `webhook "${channel.url}" is not a URL`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") fail(name, `webhook "${channel.url}" must be http(s)`);
  } else if (channel.kind === "email") {
    if (!channel.to.length || channel.to.some((a) => !/^[^\s@]+@[^\s@]+$/.test(a))) fail(name, `e-mail recipients "${channel.to.join(", ")}" are not addresses`);
  } else if (channel.kind === "log") {
    if (!channel.path) fail(name, "a log channel needs a file path");
  } else {
    fail(name, `unknown channel kind "${(channel as { kind: string }).kind}"`);
  }
}

/**
 * Check a rule before storing it (CLI, API and dashboard all come through here):
 * trend rules need an area, numbers must be sensible, channels reachable in form.
 */
export function validateRuleInput(input: AlertRuleInput): AlertRuleInput {
  const name = (input.name ?? "").trim();
  if (!name) throw new InputError("alert rule", "a rule needs a name");
  if (!ALERT_RULE_KINDS.includes(input.kind)) fail(name, `kind "${input.kind}" must be one of ${ALERT_RULE_KINDS.join(", ")}`);
  const c = input.criteria ?? {};
  if (c.area) checkArea(name, c.area);
  if (input.kind !== "match" && !c.area) fail(name, `a ${input.kind} rule needs an area (--near/--radius, --bbox or --admin)`);
  if (c.minFatalities != null && !(Number.isInteger(c.minFatalities) && c.minFatalities >= 0)) fail(name, "minimum fatalities must be a whole number");
  for (const v of c.verification ?? []) if (!VERIFICATIONS.includes(v)) fail(name, `verification "${v}" must be one of ${VERIFICATIONS.join(", ")}`);
  if (input.quietDays != null && !(Number.isInteger(input.quietDays) && input.quietDays >= 1)) fail(name, "quiet days must be a whole number of at least 1");
  if (input.increasePercent != null && !(input.increasePercent >= 0)) fail(name, "increase percent must be 0 or more");
  if (input.minWeeklyEvents != null && !(Number.isInteger(input.minWeeklyEvents) && input.minWeeklyEvents >= 1)) fail(name, "minimum weekly events must be a whole number of at least 1");
  for (const ch of input.channels ?? []) checkChannel(name, ch);
  const isEmpty = !c.area && !c.actors?.length && !c.eventTypes?.length && !c.minFatalities && !c.verification?.length && !c.keywords?.length;
  if (isEmpty) fail(name, "a rule with no criteria would fire on every event: give an area, actors, types, fatalities, verification or keywords");
  return { ...input, name, criteria: c, channels: input.channels ?? [] };
}

function asObject(value: unknown, what: string): Record<string, unknown> {
  if (value == null || typeof value !== "object" || Array.isArray(value)) throw new InputError("alert rule", `${what} must be an object`);
  return value as Record<string, unknown>;
}

function asStrings(value: unknown, what: string): string[] | undefined {
  if (value == null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw new InputError("alert rule", `${what} must be a list of strings`);
  return value as string[];
}

function asNumber(value: unknown, what: string): number | null {
  if (value == null) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new InputError("alert rule", `${what} must be a number`);
  return value;
}

function parseArea(value: unknown): AlertArea | null {
  if (value == null) return null;
  const a = asObject(value, "criteria.area");
  if (a.kind === "radius") return { kind: "radius", latitude: asNumber(a.latitude, "area.latitude") ?? NaN, longitude: asNumber(a.longitude, "area.longitude") ?? NaN, radiusKm: asNumber(a.radiusKm, "area.radiusKm") ?? NaN };
  if (a.kind === "bbox") {
    if (!Array.isArray(a.bbox) || a.bbox.length !== 4 || a.bbox.some((n) => typeof n !== "number")) throw new InputError("alert rule", "area.bbox must be [west, south, east, north]");
    return { kind: "bbox", bbox: a.bbox as [number, number, number, number] };
  }
  if (a.kind === "admin") {
    if (!Array.isArray(a.units)) throw new InputError("alert rule", "area.units must be a list of {country, admin1, admin2}");
    const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
    return { kind: "admin", units: a.units.map((u) => asObject(u, "area unit")).map((u) => ({ country: text(u.country), admin1: text(u.admin1), admin2: text(u.admin2) })) };
  }
  throw new InputError("alert rule", `area.kind must be radius, bbox or admin`);
}

function parseChannel(value: unknown): AlertChannel {
  const c = asObject(value, "channel");
  if (c.kind === "webhook" && typeof c.url === "string") return { kind: "webhook", url: c.url, secret: typeof c.secret === "string" ? c.secret : null };
  if (c.kind === "email") return { kind: "email", to: asStrings(c.to, "channel.to") ?? [] };
  if (c.kind === "log" && typeof c.path === "string") return { kind: "log", path: c.path };
  throw new InputError("alert rule", "a channel is {kind: webhook, url, secret?}, {kind: email, to: [...]} or {kind: log, path}");
}

/** A rule from a JSON body (API, dashboard): shapes checked, then validated like the CLI's. */
export function parseRuleInput(json: unknown): AlertRuleInput {
  const body = asObject(json, "the rule");
  const criteria = body.criteria == null ? {} : asObject(body.criteria, "criteria");
  const input: AlertRuleInput = {
    name: typeof body.name === "string" ? body.name : "",
    kind: (typeof body.kind === "string" ? body.kind : "match") as AlertRuleInput["kind"],
    criteria: {
      area: parseArea(criteria.area),
      actors: asStrings(criteria.actors, "criteria.actors"),
      eventTypes: asStrings(criteria.eventTypes, "criteria.eventTypes"),
      minFatalities: asNumber(criteria.minFatalities, "criteria.minFatalities"),
      verification: asStrings(criteria.verification, "criteria.verification") as Verification[] | undefined,
      keywords: asStrings(criteria.keywords, "criteria.keywords"),
    },
    quietDays: asNumber(body.quietDays, "quietDays"),
    increasePercent: asNumber(body.increasePercent, "increasePercent"),
    minWeeklyEvents: asNumber(body.minWeeklyEvents, "minWeeklyEvents"),
    channels: Array.isArray(body.channels) ? body.channels.map(parseChannel) : [],
    enabled: body.enabled !== false,
  };
  return validateRuleInput(input);
}
