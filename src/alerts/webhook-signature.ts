import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-conflictwatch-signature";
export const TIMESTAMP_HEADER = "x-conflictwatch-timestamp";
export const ALERT_ID_HEADER = "x-conflictwatch-alert";

/**
 * HMAC-SHA256 of "TIMESTAMP.BODY" with the shared secret, as "sha256=HEX". Signing the
 * timestamp too lets a receiver refuse replays of an old, validly signed body.
 */
export function signWebhookBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** For receivers (and tests): constant-time check of a signature header. */
export function verifyWebhookSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhookBody(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
