/** Counts every response by route and status, and every problem response by its error code. */
import type { FastifyInstance } from "fastify";
import { PROBLEM_MEDIA_TYPE } from "../problem.ts";
import type { ServiceMetrics } from "./serviceMetrics.ts";

/** The route label of a request that matched no route: the path itself would let clients mint series. */
export const UNMATCHED_ROUTE = "unmatched";

export function registerHttpMetrics(app: FastifyInstance, metrics: ServiceMetrics): void {
  // Callback hooks, not async ones: every response passes both (see registerRequestLog).
  app.addHook("onSend", (request, reply, payload, done) => {
    const type = reply.getHeader("content-type");
    if (typeof type === "string" && type.startsWith(PROBLEM_MEDIA_TYPE) && typeof payload === "string") {
      metrics.countProblem(reply.statusCode, problemCode(payload));
    }
    done(null, payload);
  });
  app.addHook("onResponse", (request, reply, done) => {
    // A route's own 404 (no such model) keeps its route; a path no route matched is `unmatched`.
    const route = request.is404 ? UNMATCHED_ROUTE : (request.routeOptions.url ?? UNMATCHED_ROUTE);
    metrics.countResponse(request.method, route, reply.statusCode);
    done();
  });
}

/** The `code` of a problem document (serialized by `sendProblem`), or `unknown`. */
function problemCode(payload: string): string {
  try {
    const code = (JSON.parse(payload) as { code?: unknown }).code;
    return typeof code === "string" && /^[A-Z_]{1,40}$/.test(code) ? code : "unknown";
  } catch {
    return "unknown";
  }
}
