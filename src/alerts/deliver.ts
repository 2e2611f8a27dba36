import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import nodemailer from "nodemailer";
import type { AlertChannel, AlertRegistry, DeliveryRecord, DeliveryStatus } from "../domain/alerts.js";
import type { FiredWithContext } from "./fire.js";
import { alertSubject, alertText, buildPayload, type AlertPayload } from "./payload.js";
import { ALERT_ID_HEADER, SIGNATURE_HEADER, signWebhookBody, TIMESTAMP_HEADER } from "./webhook-signature.js";

export interface RetryPolicy {
  /** Total attempts, first included. */
  attempts: number;
  /** Delay before the 2nd attempt; doubles each time up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 2_000, maxDelayMs: 60_000 };

export interface SmtpSettings {
  /** smtp://user:pass@host:port or smtps://... (nodemailer connection URL). */
  url: string;
  from: string;
}

export interface DeliveryDeps {
  registry: Pick<AlertRegistry, "recordDelivery">;
  /** Secret for webhook channels that carry none of their own. */
  webhookSecret?: string | null;
  smtp?: SmtpSettings | null;
  retry?: RetryPolicy;
  /** Per-attempt timeout of a webhook POST or an SMTP session. */
  timeoutMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/** Outcome of one attempt: permanent failures (HTTP 4xx, bad address) are not retried. */
interface AttemptResult {
  ok: boolean;
  retryable: boolean;
  httpStatus: number | null;
  error: string | null;
}

function targetOf(channel: AlertChannel): string {
  if (channel.kind === "webhook") return channel.url;
  if (channel.kind === "email") return channel.to.join(", ");
  return channel.path;
}

async function postWebhook(channel: Extract<AlertChannel, { kind: "webhook" }>, body: string, alertId: string, deps: DeliveryDeps): Promise<AttemptResult> {
  const timestamp = String(Math.floor((deps.now?.() ?? new Date()).getTime() / 1000));
  // The alert id lets a receiver drop a retry of a POST it did get (e.g. when our side timed out).
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "conflictwatch-alerts", [TIMESTAMP_HEADER]: timestamp, [ALERT_ID_HEADER]: alertId };
  const secret = channel.secret ?? deps.webhookSecret;
  if (secret) headers[SIGNATURE_HEADER] = signWebhookBody(secret, timestamp, body);
  try {
    const res = await fetch(channel.url, { method: "POST", headers, body, signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000) });
    await res.arrayBuffer().catch(() => undefined);
    if (res.ok) return { ok: true, retryable: false, httpStatus: res.status, error: null };
    const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
    return { ok: false, retryable, httpStatus: res.status, error: `HTTP ${res.status} ${res.statusText}`.trim() };
  } catch (err) {
    return { ok: false, retryable: true, httpStatus: null, error: (err as Error).cause ? String((err as Error).cause) : (err as Error).message };
  }
}

async function sendEmail(channel: Extract<AlertChannel, { kind: "email" }>, payload: AlertPayload, deps: DeliveryDeps): Promise<AttemptResult> {
  if (!deps.smtp) return { ok: false, retryable: false, httpStatus: null, error: "no SMTP server configured (set CONFLICTWATCH_SMTP_URL and CONFLICTWATCH_MAIL_FROM)" };
  const timeout = deps.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport(smtpTransportOptions(deps.smtp.url, timeout));
  try {
    await transport.sendMail({ from: deps.smtp.from, to: channel.to, subject: alertSubject(payload), text: alertText(payload) });
    return { ok: true, retryable: false, httpStatus: null, error: null };
  } catch (err) {
    const code = (err as { responseCode?: number }).responseCode;
    // SMTP 5xx replies are permanent (unknown mailbox...); connection errors and 4xx are worth retrying.
    return { ok: false, retryable: code == null || code < 500, httpStatus: null, error: (err as Error).message };
  } finally {
    transport.close();
  }
}

/** nodemailer options from an smtp:// or smtps:// URL, with our timeouts (its defaults wait minutes). */
function smtpTransportOptions(url: string, timeoutMs: number) {
  const u = new URL(url);
  const secure = u.protocol === "smtps:";
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  };
}

async function appendLog(channel: Extract<AlertChannel, { kind: "log" }>, body: string): Promise<AttemptResult> {
  try {
    await mkdir(dirname(channel.path), { recursive: true });
    await appendFile(channel.path, `${body}\n`, "utf8");
    return { ok: true, retryable: false, httpStatus: null, error: null };
  } catch (err) {
    return { ok: false, retryable: false, httpStatus: null, error: (err as Error).message };
  }
}

/** Deliver to one channel, retrying with exponential backoff; every attempt goes to the delivery log. */
export async function deliverToChannel(fired: FiredWithContext, channel: AlertChannel, deps: DeliveryDeps): Promise<DeliveryRecord> {
  const payload = buildPayload(fired.alert, fired.rule, fired.event);
  const body = JSON.stringify(payload);
  const retry = channel.kind === "log" ? { ...DEFAULT_RETRY, attempts: 1 } : (deps.retry ?? DEFAULT_RETRY);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let record: DeliveryRecord | null = null;
  for (let attempt = 1; attempt <= retry.attempts; attempt += 1) {
    const result =
      channel.kind === "webhook" ? await postWebhook(channel, body, fired.alert.id, deps) : channel.kind === "email" ? await sendEmail(channel, payload, deps) : await appendLog(channel, body);
    const last = result.ok || !result.retryable || attempt === retry.attempts;
    const status: DeliveryStatus = result.ok ? "delivered" : last ? "failed" : "retrying";
    record = await deps.registry.recordDelivery({
      alert_id: fired.alert.id,
      rule_id: fired.rule.id,
      channel: channel.kind,
      target: targetOf(channel),
      attempt,
      status,
      http_status: result.httpStatus,
      error: result.error,
      at: (deps.now?.() ?? new Date()).toISOString(),
    });
    if (last) break;
    await sleep(Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)));
  }
  return record!;
}

/** Deliver one fired alert to all its rule's channels, in parallel; returns each channel's final record. */
export async function deliverAlert(fired: FiredWithContext, deps: DeliveryDeps): Promise<DeliveryRecord[]> {
  return Promise.all(fired.rule.channels.map((channel) => deliverToChannel(fired, channel, deps)));
}

/** SMTP settings from the environment, or null when none are configured. */
export function smtpSettingsFromEnv(env: NodeJS.ProcessEnv): SmtpSettings | null {
  const url = env.CONFLICTWATCH_SMTP_URL;
  if (!url) return null;
  return { url, from: env.CONFLICTWATCH_MAIL_FROM ?? "conflictwatch@localhost" };
}
