/**
 * `GET /health`: whether the service is ready, for anyone (200 `{ ok: true }`, or 503
 * `{ ok: false, reason }`); with admin access (see `isAdmin`) also the build backend's details —
 * slots, PIDs, memory, cache, isolation — which would help an attacker and are nobody else's
 * business. The reason says only which part is not ready (no slot, the queue's Redis, shutting
 * down), which an operator reading a load balancer's probe log needs and an attacker learns
 * nothing from.
 */
import type { FastifyInstance } from "fastify";
import { isAdmin, type AdminAccess } from "../adminAccess.ts";
import type { BuildBackend } from "../deps.ts";
import { notReadyReason } from "../../build/index.ts";

export function registerHealthRoutes(app: FastifyInstance, deps: { backend: BuildBackend; access: AdminAccess }): void {
  app.get("/health", async (request, reply) => {
    const details = deps.backend.health();
    const reason = notReadyReason(details);
    const ok = reason === undefined;
    reply.code(ok ? 200 : 503).header("Cache-Control", "no-store");
    const answer = ok ? { ok } : { ok, reason };
    return isAdmin(request, deps.access) ? { ...answer, builds: details } : answer;
  });
}
