/** Sign up, log in, log out, who am I. */
import type { FastifyInstance } from "fastify";
import { PartforgeError } from "../../shared/errors.ts";
import type { Account, Store } from "../../store/index.ts";
import { clearSessionCookie, requireCaller, SESSION_COOKIE, setSessionCookie } from "../auth.ts";
import { jsonBody, stringField } from "../jsonBody.ts";

export function accountView(account: Account) {
  return { id: account.id, email: account.email, plan: account.plan, monthlyQuota: account.monthlyQuota, createdAt: account.createdAt.toISOString() };
}

export function registerAccountRoutes(app: FastifyInstance, deps: { store: Store; secureCookies: boolean }): void {
  const { store, secureCookies } = deps;

  app.post("/api/accounts", async (request, reply) => {
    const body = jsonBody(request);
    const account = await store.createAccount({ email: stringField(body, "email"), password: stringField(body, "password") });
    const { token, session } = await store.createSession(account.id);
    setSessionCookie(reply, token, session.expiresAt, secureCookies);
    return reply.code(201).send({ account: accountView(account) });
  });

  app.post("/api/session", async (request, reply) => {
    const body = jsonBody(request);
    const account = await store.verifyPassword(stringField(body, "email"), stringField(body, "password"));
    if (account === undefined) throw new PartforgeError("NOT_AUTHENTICATED", "wrong email or password");
    const { token, session } = await store.createSession(account.id);
    setSessionCookie(reply, token, session.expiresAt, secureCookies);
    return reply.send({ account: accountView(account) });
  });

  app.delete("/api/session", async (request, reply) => {
    const token = request.cookies?.[SESSION_COOKIE];
    if (typeof token === "string" && token !== "") await store.deleteSession(token);
    clearSessionCookie(reply, secureCookies);
    return reply.code(204).send();
  });

  app.get("/api/account", async (request) => {
    const caller = await requireCaller(store, request);
    return { account: accountView(caller.account) };
  });
}
