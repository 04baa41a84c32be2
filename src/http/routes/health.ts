/**
 * `GET /health`: whether the service is ready, for anyone (200 `{ ok: true }`, or 503
 * `{ ok: false }`); with admin access (see `isAdmin`) also the build backend's details — slots,
 * PIDs, memory, cache, isolation — which would help an attacker and are nobody else's business.
 */
import type { FastifyInstance } from "fastify";
import { isAdmin, type AdminAccess } from "../adminAccess.ts";
import type { BuildBackend } from "../deps.ts";

/** Ready when the backend is open and, if it has slots, at least one can take a build. */
export function backendReady(details: Record<string, unknown>): boolean {
  if (details.closed === true) return false;
  const slots = details.slots;
  if (!Array.isArray(slots)) return true;
  return slots.some((slot: unknown) => {
    const state = (slot as { state?: unknown } | null)?.state;
    return state === "idle" || state === "busy";
  });
}

export function registerHealthRoutes(app: FastifyInstance, deps: { backend: BuildBackend; access: AdminAccess }): void {
  app.get("/health", async (request, reply) => {
    const details = deps.backend.health();
    const ok = backendReady(details);
    reply.code(ok ? 200 : 503).header("Cache-Control", "no-store");
    return isAdmin(request, deps.access) ? { ok, builds: details } : { ok };
  });
}
