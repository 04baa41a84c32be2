/** `buildApp(deps)`: the fastify application of the Build Service, with no listening socket. */
import fastify, { LogController, type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import { DEFAULT_LIMITS, type AppDeps } from "./deps.ts";
import { errorHandler, notFoundHandler } from "./problem.ts";
import { registerBodyParsers } from "./body/index.ts";
import { clientErrorHandler, refuseConnect } from "./clientError.ts";
import { loggerOptions, registerRequestLog, requestIdOf } from "./requestLog.ts";
import { LoginThrottle } from "./loginThrottle.ts";
import { RateLimiter } from "./rateLimit.ts";
import { ComputeBudget } from "./computeBudget.ts";
import { registerBuildRoutes } from "./routes/build.ts";
import { registerJobRoutes } from "./routes/jobs.ts";
import { registerBatchRoutes } from "./routes/batches.ts";
import { registerPreviewRoutes } from "./routes/preview.ts";
import { registerAccountRoutes } from "./routes/accounts.ts";
import { registerKeyRoutes } from "./routes/keys.ts";
import { registerModelRoutes } from "./routes/models.ts";
import { registerDocRoutes } from "./routes/docs.ts";
import { registerFormatRoutes } from "./routes/formats.ts";
import { registerWebRoutes } from "./routes/web.ts";
import { registerHealthRoutes } from "./routes/health.ts";
import { recordRoutes } from "./routeTable.ts";
import { registerMetricsRoutes } from "./routes/metrics.ts";
import { registerMcpRoutes } from "./routes/mcp.ts";
import { MeteredBackend, registerHttpMetrics, ServiceMetrics } from "./metrics/index.ts";
import { parseQueryString } from "./queryString.ts";

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const app = fastify({
    logger: loggerOptions(deps.logger),
    genReqId: requestIdOf,
    // One line per request, written by registerRequestLog with secrets redacted.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: limits.maxBodyBytes,
    // Behind one reverse proxy (the direct peer): client address and protocol come from its X-Forwarded-* headers.
    trustProxy: deps.trustProxy === true ? (_address: string, hop: number) => hop === 0 : false,
    // Query strings like ?p=1&p=2 become arrays, which the field reader rejects clearly.
    routerOptions: { ignoreTrailingSlash: true, querystringParser: parseQueryString },
    // Malformed HTTP, a bad URL or a request that never completes still answers problem+json.
    requestTimeout: limits.requestTimeoutMs,
    http: {
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: limits.requestTimeoutMs,
      // How often Node checks for the timeout: a tenth of it, between 10 ms and 1 s.
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(limits.requestTimeoutMs / 10) || 1000)),
    },
    clientErrorHandler: clientErrorHandler(limits),
    frameworkErrors: errorHandler,
  });
  recordRoutes(app);
  registerRequestLog(app);
  // One registry per app: servers started side by side (tests) keep their own counts.
  const metrics = new ServiceMetrics(deps.backend);
  registerHttpMetrics(app, metrics);
  const backend = new MeteredBackend(deps.backend, metrics);
  const access = { adminToken: deps.adminToken, trustProxy: deps.trustProxy === true };
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  app.server.on("connect", refuseConnect);
  await app.register(cookie);
  registerBodyParsers(app, limits.maxBodyBytes);
  const rateLimiter = new RateLimiter(limits.ratePerSecond, limits.rateBurst);
  const secureCookies = deps.secureCookies ?? false;
  const compute = new ComputeBudget(deps.store, limits.computeBudgets);
  registerBuildRoutes(app, { store: deps.store, backend, limits, rateLimiter, compute, metrics });
  const jobs = registerJobRoutes(app, { store: deps.store, backend, limits, rateLimiter, compute, metrics, ...(deps.jobRunners !== undefined ? { jobRunners: deps.jobRunners } : {}) });
  registerBatchRoutes(app, { store: deps.store, backend, limits, rateLimiter, compute, runner: jobs });
  registerMcpRoutes(app, { store: deps.store, backend, limits, rateLimiter, compute, metrics, publicUrl: deps.publicUrl });
  registerPreviewRoutes(app, { store: deps.store, backend, limits, rateLimiter, compute });
  registerAccountRoutes(app, { store: deps.store, secureCookies, loginThrottle: deps.loginThrottle ?? new LoginThrottle() });
  registerKeyRoutes(app, { store: deps.store });
  registerModelRoutes(app, { store: deps.store, backend, limits, compute });
  registerDocRoutes(app, { limits, publicUrl: deps.publicUrl, store: deps.store });
  registerFormatRoutes(app);
  registerWebRoutes(app, { store: deps.store, publicUrl: deps.publicUrl });
  registerHealthRoutes(app, { backend, access });
  registerMetricsRoutes(app, { metrics, access });
  return app;
}
