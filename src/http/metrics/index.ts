/** The service's metrics: a registry per app, the metered backend, and HTTP response counts. */
export { ServiceMetrics, buildOutcome } from "./serviceMetrics.ts";
export { MeteredBackend } from "./meteredBackend.ts";
export { registerHttpMetrics, UNMATCHED_ROUTE } from "./httpMetrics.ts";
