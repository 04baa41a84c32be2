/**
 * Who may see operator details (`/health` details, `/metrics`): a request with
 * `Authorization: Bearer <PARTFORGE_ADMIN_TOKEN>` (compared in constant time), or a client on
 * this machine (loopback) when no proxy is trusted — behind a proxy every request arrives from
 * loopback, so there only the token counts.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { PartforgeError } from "../shared/errors.ts";

export interface AdminAccess {
  /** `PARTFORGE_ADMIN_TOKEN`; undefined when none is set. */
  adminToken: string | undefined;
  /** Whether a reverse proxy's `X-Forwarded-*` headers are trusted. */
  trustProxy: boolean;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== "string") return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/** Equal strings, in time independent of their content (both are hashed to the same length first). */
function tokensEqual(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === "::1" || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(address);
}

/** Whether `request` may see operator details. */
export function isAdmin(request: FastifyRequest, access: AdminAccess): boolean {
  const presented = bearerToken(request);
  if (access.adminToken !== undefined && presented !== undefined && tokensEqual(presented, access.adminToken)) return true;
  return !access.trustProxy && isLoopback(request.socket.remoteAddress);
}

/** Throws ACCESS_DENIED (403) unless `request` may see operator details, saying what was missing or wrong. */
export function requireAdmin(request: FastifyRequest, access: AdminAccess): void {
  if (isAdmin(request, access)) return;
  const where = access.trustProxy ? "behind the trusted proxy every client needs it, loopback too" : "without it, only clients on this machine (loopback) get in";
  if (access.adminToken === undefined) {
    throw new PartforgeError("ACCESS_DENIED", `operator details need an admin token, and this server has none: set PARTFORGE_ADMIN_TOKEN and send it as Authorization: Bearer <token>; ${where}`);
  }
  if (bearerToken(request) === undefined) {
    throw new PartforgeError("ACCESS_DENIED", `operator details need the admin token: send Authorization: Bearer <PARTFORGE_ADMIN_TOKEN>; ${where}`);
  }
  throw new PartforgeError("ACCESS_DENIED", "the Authorization: Bearer token is not this server's admin token (PARTFORGE_ADMIN_TOKEN; an API key is not one)");
}
