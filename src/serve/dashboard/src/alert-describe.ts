import type { AlertArea, AlertChannel, AlertRule } from "./alert-types";

/** One-line summaries of a rule's parts, for the rules table. */

export function describeArea(area: AlertArea | null | undefined): string {
  if (!area) return "anywhere";
  if (area.kind === "radius") return `within ${area.radiusKm} km of ${area.latitude.toFixed(3)}, ${area.longitude.toFixed(3)}`;
  if (area.kind === "bbox") return `box W ${area.bbox[0]} S ${area.bbox[1]} E ${area.bbox[2]} N ${area.bbox[3]}`;
  return area.units.map((u) => [u.admin2, u.admin1, u.country].filter(Boolean).join(", ")).join("; ");
}

export function describeCriteria(rule: AlertRule): string {
  const c = rule.criteria;
  const parts: string[] = [];
  if (c.actors?.length) parts.push(`actors: ${c.actors.join(", ")}`);
  if (c.eventTypes?.length) parts.push(`types: ${c.eventTypes.join(", ")}`);
  if (c.minFatalities) parts.push(`killed ≥ ${c.minFatalities}`);
  if (c.verification?.length) parts.push(`verification: ${c.verification.join(", ")}`);
  if (c.keywords?.length) parts.push(`keywords: ${c.keywords.map((k) => `“${k}”`).join(", ")}`);
  if (rule.kind === "first-actor-in-area" && rule.quietDays) parts.push(`quiet ${rule.quietDays} days`);
  if (rule.kind === "weekly-increase" && rule.increasePercent != null) parts.push(`+${rule.increasePercent}% over 4-week average`);
  return parts.join(" · ") || "—";
}

/** The server already replaces webhook secrets with "***"; the dashboard never shows even that. */
export function describeChannel(channel: AlertChannel): string {
  if (channel.kind === "webhook") return `webhook ${channel.url}${channel.secret ? " (signed)" : ""}`;
  if (channel.kind === "email") return `e-mail ${channel.to.join(", ")}`;
  return `log ${channel.path}`;
}

/** "a, b ,c" → ["a", "b", "c"]; empty parts dropped. */
export function splitList(text: string): string[] {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}
