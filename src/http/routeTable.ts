/**
 * The routes an app registered, as fastify saw them (method and URL pattern), so tests can hold
 * the OpenAPI document to the real route table: a route added without its description fails.
 */
import type { FastifyInstance } from "fastify";

export interface RegisteredRoute {
  method: string;
  /** fastify's pattern, e.g. `/api/models/:id` or `/assets/*`. */
  url: string;
}

const tables = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Starts recording; call before any route is added (child contexts inherit the hook). */
export function recordRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  tables.set(app, routes);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) routes.push({ method: method.toUpperCase(), url: route.url });
  });
}

/** Every route `app` registered since `recordRoutes`, HEAD routes fastify adds for GET included. */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  const routes = tables.get(app);
  if (routes === undefined) throw new Error("registeredRoutes: recordRoutes was not called on this app");
  return routes;
}
