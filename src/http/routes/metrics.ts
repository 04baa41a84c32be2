/**
 * `GET /metrics`: the service's metrics in the Prometheus text format, for operators only (see
 * `requireAdmin`: loopback clients when no proxy is trusted, else `Authorization: Bearer
 * <PARTFORGE_ADMIN_TOKEN>`). Slot PIDs are not in it, but load and memory would still help an attacker.
 */
import type { FastifyInstance } from "fastify";
import { requireAdmin, type AdminAccess } from "../adminAccess.ts";
import type { ServiceMetrics } from "../metrics/index.ts";

export function registerMetricsRoutes(app: FastifyInstance, deps: { metrics: ServiceMetrics; access: AdminAccess }): void {
  app.get("/metrics", async (request, reply) => {
    requireAdmin(request, deps.access);
    const { contentType, text } = await deps.metrics.exposition();
    return reply.header("Cache-Control", "no-store").type(contentType).send(text);
  });
}
