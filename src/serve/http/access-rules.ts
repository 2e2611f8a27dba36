import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError, InputError } from "../../domain/errors.js";

/**
 * Who may read and who may write.
 * - Writes (POST/PUT/PATCH/DELETE) need the token when one is set. Without a token,
 *   writes are refused unless the server listens on loopback only and the user asked for open mode.
 * - Reads are open when listening on loopback; on any other address they need the token too,
 *   because the database holds analysts' unpublished work.
 */
export interface AccessPolicy {
  token: string | null;
  openMode: boolean;
  loopbackOnly: boolean;
}

export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Refuses, before listening, the combinations that would expose the database. */
export function accessPolicyFor(host: string, token: string | null, openMode: boolean): AccessPolicy {
  const loopbackOnly = isLoopbackHost(host);
  if (token !== null && token.length < 8) {
    throw new InputError("token", "must be at least 8 characters long");
  }
  if (!loopbackOnly && token === null) {
    throw new InputError(`host ${host}`, "listening beyond loopback needs a token (--token or CONFLICTWATCH_TOKEN)");
  }
  if (!loopbackOnly && openMode) {
    throw new InputError(`host ${host}`, "open mode (writes without a token) is only allowed on a loopback address such as 127.0.0.1");
  }
  return { token, openMode, loopbackOnly };
}

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function presentedToken(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (typeof auth === "string") {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (m) return m[1].trim();
  }
  const header = request.headers["x-conflictwatch-token"];
  return typeof header === "string" ? header : null;
}

function sameToken(a: string, b: string): boolean {
  // Hash first so the comparison takes the same time whatever the lengths.
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function installAccessRules(app: FastifyInstance, policy: AccessPolicy): void {
  app.addHook("onRequest", async (request) => {
    // The dashboard's files hold no data; the API calls they make carry the token.
    if (!request.url.startsWith("/api/")) return;
    if (request.url.startsWith("/api/openapi.json")) return;
    const write = WRITE_METHODS.has(request.method);
    if (write) {
      if (policy.token === null) {
        if (policy.openMode && policy.loopbackOnly) return;
        throw new AppError(
          "writes_disabled",
          403,
          "writes are disabled: start the server with a token (--token or CONFLICTWATCH_TOKEN) and send it as 'Authorization: Bearer <token>', or use --open on a loopback address",
        );
      }
      checkToken(request, policy, "writing");
      return;
    }
    if (!policy.loopbackOnly) checkToken(request, policy, "reading");
  });
}

function checkToken(request: FastifyRequest, policy: AccessPolicy, doing: string): void {
  if (policy.token === null) return;
  const given = presentedToken(request);
  if (given === null) {
    throw new AppError("unauthorized", 401, `${doing} needs a token: send 'Authorization: Bearer <token>'`);
  }
  if (!sameToken(given, policy.token)) {
    throw new AppError("unauthorized", 401, "the token is not valid");
  }
}
