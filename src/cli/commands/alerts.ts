import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describeArea, testRule, validateRuleInput } from "../../alerts/index.js";
import type { AdminUnitRef, AlertArea, AlertChannel, AlertRegistry, AlertRule, AlertRuleInput, AlertRuleKind } from "../../domain/alerts.js";
import { ALERT_RULE_KINDS } from "../../domain/alerts.js";
import type { Verification } from "../../domain/event.js";
import type { EventFilter } from "../../domain/store.js";
import { openAlertRegistry } from "../../store/alerts/index.js";
import type { CliCommand, CliContext, OptionValues } from "../command.js";
import { UsageError } from "../command.js";
import { isPostgresUrl, resolveDbLocation } from "../db-location.js";
import { parseBbox, parseIsoDate, parseNonNegativeInteger, stringOption } from "../option-values.js";
import { DB_OPTION, DB_OPTION_HELP, withStore } from "../store-session.js";

const ACTIONS = ["add", "list", "remove", "test", "history"] as const;

function strings(values: OptionValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v.map(String).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean) : [];
}

function parseNumber(option: string, value: string): number {
  const n = Number(value.trim());
  if (value.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--${option} "${value}" is not a number`);
  return n;
}

/** --admin "Burkina Faso/Nord/Loroum": country, then admin1, then admin2; "*" or empty skips a level. */
function parseAdminUnit(value: string): AdminUnitRef {
  const [country, admin1, admin2] = value.split("/").map((p) => p.trim());
  const part = (p: string | undefined) => (p && p !== "*" ? p : null);
  const unit = { country: part(country), admin1: part(admin1), admin2: part(admin2) };
  if (!unit.country && !unit.admin1 && !unit.admin2) throw new UsageError(`--admin "${value}" names no unit: use COUNTRY/ADMIN1/ADMIN2, e.g. "Burkina Faso/Nord/Loroum" or "*/Sahel"`);
  return unit;
}

function areaFromOptions(values: OptionValues): AlertArea | null {
  const near = stringOption(values, "near");
  const bbox = stringOption(values, "bbox");
  const admins = Array.isArray(values.admin) ? values.admin.map(String) : [];
  const given = [near, bbox, admins.length ? "admin" : undefined].filter(Boolean).length;
  if (given > 1) throw new UsageError("give one area: --near LAT,LON with --radius KM, or --bbox, or --admin");
  if (near) {
    const [lat, lon] = near.split(",").map((p) => parseNumber("near", p));
    const radius = stringOption(values, "radius");
    if (lat === undefined || lon === undefined) throw new UsageError(`--near "${near}" must be LAT,LON, e.g. 14.1,-1.6`);
    if (!radius) throw new UsageError("--near needs --radius KM");
    return { kind: "radius", latitude: lat, longitude: lon, radiusKm: parseNumber("radius", radius) };
  }
  if (bbox) return { kind: "bbox", bbox: parseBbox(bbox) };
  if (admins.length) return { kind: "admin", units: admins.map(parseAdminUnit) };
  return null;
}

function channelsFromOptions(values: OptionValues, ctx: CliContext): { channels: AlertChannel[]; newSecret: string | null } {
  const channels: AlertChannel[] = [];
  let newSecret: string | null = null;
  const webhook = stringOption(values, "webhook");
  if (webhook) {
    // A webhook is always signed: make a secret when none is given, and show it once.
    const secret = stringOption(values, "secret") ?? (newSecret = randomBytes(24).toString("hex"));
    channels.push({ kind: "webhook", url: webhook, secret });
  }
  const to = strings(values, "email");
  if (to.length) channels.push({ kind: "email", to });
  const logFile = stringOption(values, "log-file");
  if (logFile) channels.push({ kind: "log", path: resolve(ctx.cwd, logFile) });
  return { channels, newSecret };
}

function ruleFromOptions(name: string, values: OptionValues, ctx: CliContext): { input: AlertRuleInput; newSecret: string | null } {
  const kind = (stringOption(values, "kind") ?? "match") as AlertRuleKind;
  if (!ALERT_RULE_KINDS.includes(kind)) throw new UsageError(`--kind "${kind}" must be one of ${ALERT_RULE_KINDS.join(", ")}`);
  const minF = stringOption(values, "min-fatalities");
  const quiet = stringOption(values, "quiet-days");
  const pct = stringOption(values, "increase-percent");
  const minWeekly = stringOption(values, "min-weekly-events");
  const { channels, newSecret } = channelsFromOptions(values, ctx);
  const input: AlertRuleInput = {
    name,
    kind,
    criteria: {
      area: areaFromOptions(values),
      actors: strings(values, "actor"),
      eventTypes: Array.isArray(values.type) ? values.type.map(String) : [],
      minFatalities: minF !== undefined ? parseNonNegativeInteger("min-fatalities", minF) : null,
      verification: strings(values, "verification") as Verification[],
      keywords: Array.isArray(values.keyword) ? values.keyword.map(String) : [],
    },
    quietDays: quiet !== undefined ? parseNonNegativeInteger("quiet-days", quiet) : null,
    increasePercent: pct !== undefined ? parseNumber("increase-percent", pct) : null,
    minWeeklyEvents: minWeekly !== undefined ? parseNonNegativeInteger("min-weekly-events", minWeekly) : null,
    channels,
  };
  return { input: validateRuleInput(input), newSecret };
}

/** One paragraph per rule: what it watches and where it sends. */
export function describeRule(rule: AlertRule): string {
  const c = rule.criteria;
  const what: string[] = [];
  if (c.area) what.push(describeArea(c.area));
  if (c.actors?.length) what.push(`actors ${c.actors.join(" | ")}`);
  if (c.eventTypes?.length) what.push(`types ${c.eventTypes.join(" | ")}`);
  if (c.minFatalities) what.push(`≥ ${c.minFatalities} killed`);
  if (c.verification?.length) what.push(`verification ${c.verification.join(" | ")}`);
  if (c.keywords?.length) what.push(`keywords ${c.keywords.map((k) => `"${k}"`).join(" | ")}`);
  if (rule.kind === "first-actor-in-area") what.push(`first by an actor in ${rule.quietDays ?? 30} days`);
  if (rule.kind === "weekly-increase") what.push(`week > 4-week average +${rule.increasePercent ?? 50}% (min ${rule.minWeeklyEvents ?? 3} events)`);
  const to = rule.channels.map((ch) => (ch.kind === "webhook" ? `webhook ${ch.url}` : ch.kind === "email" ? `e-mail ${ch.to.join(", ")}` : `log ${ch.path}`));
  return `${rule.name}  [${rule.kind}${rule.enabled ? "" : ", disabled"}]  id ${rule.id}\n  watches: ${what.join("; ")}\n  sends to: ${to.join("; ") || "nowhere (alerts are recorded only)"}\n`;
}

async function withRegistry<T>(values: OptionValues, ctx: CliContext, work: (registry: AlertRegistry) => Promise<T>): Promise<T> {
  const location = resolveDbLocation(stringOption(values, "db"), ctx.env, ctx.cwd);
  if (!isPostgresUrl(location) && location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
  const registry = openAlertRegistry(location);
  try {
    await registry.migrate();
    return await work(registry);
  } finally {
    await registry.close();
  }
}

function needRule(positionals: string[], action: string): string {
  const name = positionals[1];
  if (!name) throw new UsageError(`alerts ${action} needs a rule name or id`);
  return name;
}

export const command: CliCommand = {
  name: "alerts",
  summary: "manage alert rules (area, actors, types, fatalities, verification, keywords, trends) and see what fired",
  usage: [
    "alerts add NAME [--kind match|first-actor-in-area|weekly-increase] [--near LAT,LON --radius KM | --bbox W,S,E,N | --admin C/A1/A2] [--actor A] [--type T] [--min-fatalities N] [--verification V] [--keyword K] [--webhook URL [--secret S]] [--email ADDR] [--log-file PATH]",
    "alerts list",
    "alerts remove RULE",
    "alerts test RULE [--from DATE] [--to DATE]",
    "alerts history [RULE] [--limit N]",
  ],
  options: {
    ...DB_OPTION,
    kind: { type: "string" },
    near: { type: "string" },
    radius: { type: "string" },
    bbox: { type: "string" },
    admin: { type: "string", multiple: true },
    actor: { type: "string", multiple: true },
    type: { type: "string", multiple: true },
    "min-fatalities": { type: "string" },
    verification: { type: "string", multiple: true },
    keyword: { type: "string", multiple: true },
    "quiet-days": { type: "string" },
    "increase-percent": { type: "string" },
    "min-weekly-events": { type: "string" },
    webhook: { type: "string" },
    secret: { type: "string" },
    email: { type: "string", multiple: true },
    "log-file": { type: "string" },
    disabled: { type: "boolean" },
    from: { type: "string" },
    to: { type: "string" },
    limit: { type: "string" },
  },
  optionHelp: {
    ...DB_OPTION_HELP,
    kind: "match (default): every matching event; first-actor-in-area: an actor's first event in the area in --quiet-days; weekly-increase: the week's events above the 4-week average by --increase-percent",
    near: "centre of a circular area, LAT,LON (with --radius)",
    radius: "radius of the area around --near, in km",
    bbox: "rectangular area west,south,east,north in degrees",
    admin: "administrative area COUNTRY/ADMIN1/ADMIN2 (\"*\" skips a level, e.g. \"*/Sahel/Soum\"); repeat for several",
    actor: "actor name or part of it (short or ACLED name); repeat for several",
    type: "event type or sub-event type; repeat for several",
    "min-fatalities": "only events with at least this many fatalities",
    verification: "accepted levels: confirmed, reported, claimed, unverified, disputed; repeat or comma-separate",
    keyword: "word or phrase in the notes, source titles or quoted evidence; repeat for several",
    "quiet-days": "first-actor-in-area: days without an event by the actor in the area (default 30)",
    "increase-percent": "weekly-increase: percent above the trailing 4-week average (default 50)",
    "min-weekly-events": "weekly-increase: fewest events in the week to fire (default 3)",
    webhook: "deliver as a signed JSON POST to this URL",
    secret: "HMAC secret for the webhook signature (default: a new random one, printed once)",
    email: "deliver by e-mail to this address via CONFLICTWATCH_SMTP_URL; repeat for several",
    "log-file": "append each alert as a JSON line to this file",
    disabled: "store the rule switched off",
    from: "test: earliest event date, YYYY-MM-DD",
    to: "test: latest event date, YYYY-MM-DD",
    limit: "history: at most this many alerts (default 20)",
  },
  allowPositionals: true,
  async run(values, positionals, ctx) {
    const action = positionals[0] as (typeof ACTIONS)[number] | undefined;
    if (!action || !ACTIONS.includes(action)) throw new UsageError(`alerts needs one of ${ACTIONS.join(", ")}`);
    if (action === "add") {
      const { input, newSecret } = ruleFromOptions(needRule(positionals, "add"), values, ctx);
      if (values.disabled) input.enabled = false;
      const rule = await withRegistry(values, ctx, (registry) => registry.addRule(input));
      ctx.stdout.write(`added rule\n${describeRule(rule)}`);
      if (newSecret) ctx.stdout.write(`webhook secret (keep it; receivers check X-Conflictwatch-Signature with it): ${newSecret}\n`);
      return 0;
    }
    if (action === "list") {
      const rules = await withRegistry(values, ctx, (registry) => registry.listRules());
      ctx.stdout.write(rules.length ? rules.map(describeRule).join("\n") : "no alert rules (add one with: conflictwatch alerts add NAME ...)\n");
      return 0;
    }
    if (action === "remove") {
      const name = needRule(positionals, "remove");
      const removed = await withRegistry(values, ctx, (registry) => registry.removeRule(name));
      if (!removed) {
        ctx.stderr.write(`conflictwatch alerts: no rule named "${name}"\n`);
        return 1;
      }
      ctx.stdout.write(`removed rule ${name} (its past alerts stay in the history)\n`);
      return 0;
    }
    if (action === "history") return history(values, positionals, ctx);
    return runTest(values, positionals, ctx);
  },
};

async function runTest(values: OptionValues, positionals: string[], ctx: CliContext): Promise<number> {
  const name = needRule(positionals, "test");
  const rule = await withRegistry(values, ctx, (registry) => registry.getRule(name));
  if (!rule) {
    ctx.stderr.write(`conflictwatch alerts: no rule named "${name}"\n`);
    return 1;
  }
  const filter: EventFilter = {};
  const from = stringOption(values, "from");
  const to = stringOption(values, "to");
  if (from) filter.from = parseIsoDate("from", from);
  if (to) filter.to = parseIsoDate("to", to);
  const hits = await withStore(values, ctx, (store) => testRule(rule, store, filter));
  ctx.stdout.write(describeRule(rule));
  for (const hit of hits) {
    const e = hit.event;
    const where = [e.location?.name, e.location?.admin1, e.location?.country].filter(Boolean).join(", ") || "place unknown";
    const trend = hit.trend?.rule === "weekly-increase" ? `  [week of ${hit.trend.weekStart}: ${hit.trend.weekEvents} events vs ${hit.trend.trailingAverage?.toFixed(1)}/week]` : hit.trend?.actor ? `  [first by ${hit.trend.actor}]` : "";
    ctx.stdout.write(`  ${e.event_date ?? "date unknown"}  ${e.sub_event_type}  ${where}  fatalities ${e.fatalities?.best ?? "-"} (${e.verification})  ${e.id}${trend}\n`);
  }
  ctx.stdout.write(`${hits.length} stored event${hits.length === 1 ? "" : "s"} would have fired ${rule.name}\n`);
  return 0;
}

async function history(values: OptionValues, positionals: string[], ctx: CliContext): Promise<number> {
  const limitText = stringOption(values, "limit");
  const limit = limitText !== undefined ? parseNonNegativeInteger("limit", limitText) : 20;
  return withRegistry(values, ctx, async (registry) => {
    let ruleId: string | undefined;
    if (positionals[1]) {
      const rule = await registry.getRule(positionals[1]);
      if (!rule) {
        ctx.stderr.write(`conflictwatch alerts: no rule named "${positionals[1]}"\n`);
        return 1;
      }
      ruleId = rule.id;
    }
    const fired = await registry.listFired({ ruleId, limit });
    for (const alert of fired) {
      ctx.stdout.write(`${alert.fired_at}  ${alert.kind.toUpperCase().padEnd(6)}  ${alert.rule_name}  event ${alert.event_id}${alert.changes.length ? `  (${alert.changes.join("; ")})` : ""}\n`);
      for (const d of (await registry.listDeliveries({ alertId: alert.id })).reverse()) {
        ctx.stdout.write(`    ${d.at}  ${d.channel} ${d.target}  attempt ${d.attempt}: ${d.status}${d.http_status ? ` HTTP ${d.http_status}` : ""}${d.error ? ` — ${d.error}` : ""}\n`);
      }
    }
    if (fired.length === 0) ctx.stdout.write("no alert has fired yet\n");
    return 0;
  });
}
