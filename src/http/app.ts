/** `buildApp(deps)`: the fastify application of the Build Service, with no listening socket. */
import fastify, { type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import multipart from "@fastify/multipart";
import { DEFAULT_LIMITS, type AppDeps } from "./deps.ts";
import { errorHandler, notFoundHandler } from "./problem.ts";
import { RateLimiter } from "./rateLimit.ts";
import { registerBuildRoutes } from "./routes/build.ts";
import { registerAccountRoutes } from "./routes/accounts.ts";
import { registerKeyRoutes } from "./routes/keys.ts";
import { registerModelRoutes } from "./routes/models.ts";
import { registerDocRoutes } from "./routes/docs.ts";
import { registerFormatRoutes } from "./routes/formats.ts";
import { registerWebRoutes } from "./routes/web.ts";

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const app = fastify({
    logger: deps.logger ?? false,
    bodyLimit: limits.maxBodyBytes,
    // Query strings like ?p=1&p=2 become arrays, which the field reader rejects clearly.
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: limits.maxBodyBytes });
  await app.register(multipart, {
    attachFieldsToBody: "keyValues",
    limits: { fileSize: limits.maxScriptBytes, fieldSize: limits.maxScriptBytes, files: 1, fields: 200, parts: 201 },
  });
  const rateLimiter = new RateLimiter(limits.ratePerSecond, limits.rateBurst);
  const secureCookies = deps.secureCookies ?? false;
  registerBuildRoutes(app, { store: deps.store, backend: deps.backend, limits, rateLimiter });
  registerAccountRoutes(app, { store: deps.store, secureCookies });
  registerKeyRoutes(app, { store: deps.store });
  registerModelRoutes(app, { store: deps.store, backend: deps.backend, limits });
  registerDocRoutes(app, { limits });
  registerFormatRoutes(app);
  registerWebRoutes(app, { store: deps.store, backend: deps.backend });
  app.get("/health", async () => ({ ok: true, builds: deps.backend.health() }));
  return app;
}
