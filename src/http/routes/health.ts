/**
 * `GET /health`: whether the service is ready, for anyone (200 `{ ok: true }`, or 503
 * `{ ok: false }`); with admin access (see `isAdmin`) also the build backend's details — slots,
 * PIDs, memory, cache, isolation — which would help an attacker and are nobody else's business.
 */
import type { FastifyInstance } from "fastify";
import { isAdmin, type AdminAccess } from "../adminAccess.ts";
import type { BuildBackend } from "../deps.ts";
import { backendReady } from "../../build/index.ts";

export function registerHealthRoutes(app: FastifyInstance, deps: { backend: BuildBackend; access: AdminAccess }): void {
  app.get("/health", async (request, reply) => {
    const details = deps.backend.health();
    const ok = backendReady(details);
    reply.code(ok ? 200 : 503).header("Cache-Control", "no-store");
    return isAdmin(request, deps.access) ? { ok, builds: details } : { ok };
  });
}
