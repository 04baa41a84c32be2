/**
 * Sign up, log in, log out, who am I, and the public display name (changed by a session only).
 *
 * Sign-up answers the same whether or not the email already has an account (202, the same body,
 * no cookie; both paths hash the password and attempt the insert), so it cannot be used to learn
 * who has an account. The client then logs in with the same email and password, which works for a
 * new account and for an owner who remembers their password. Log-in is throttled per account and
 * per client address (see `LoginThrottle`); all password hashing is capped by the store.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isPartforgeError, PartforgeError } from "../../shared/errors.ts";
import { normaliseEmail, type Account, type Store } from "../../store/index.ts";
import { clearSessionCookie, requireCaller, requireSession, SESSION_COOKIE, setSessionCookie } from "../auth.ts";
import { jsonBody, optionalString, stringField } from "../jsonBody.ts";
import type { LoginThrottle } from "../loginThrottle.ts";
import { sendProblem } from "../problem.ts";

/** The one answer to every valid sign-up. */
export const SIGN_UP_ANSWER = {
  status: "created-or-exists",
  message: "If this email had no account, one was created with this password. Log in with your email and password.",
} as const;

export function accountView(account: Account) {
  return { id: account.id, email: account.email, displayName: account.displayName, plan: account.plan, monthlyQuota: account.monthlyQuota, createdAt: account.createdAt.toISOString() };
}

export interface AccountRouteDeps {
  store: Store;
  /** Cookies are `Secure` always (an https public URL), else when the request came over https. */
  secureCookies: boolean;
  loginThrottle: LoginThrottle;
}

function throttled(reply: FastifyReply, waitSeconds: number): FastifyReply {
  return sendProblem(reply, {
    code: "RATE_LIMITED",
    message: "too many failed log-ins for this account or from this address; wait the Retry-After seconds (the wait doubles with each further failure)",
    details: { retryAfterSeconds: waitSeconds },
  });
}

export function registerAccountRoutes(app: FastifyInstance, deps: AccountRouteDeps): void {
  const { store, loginThrottle } = deps;
  const secure = (request: FastifyRequest) => deps.secureCookies || request.protocol === "https";

  app.post("/api/accounts", async (request, reply) => {
    const body = jsonBody(request);
    const email = stringField(body, "email");
    const password = stringField(body, "password");
    // Optional; a bad one is 400 and a taken one 409 (names are public, so saying so leaks nothing).
    const displayName = optionalString(body, "displayName");
    try {
      await store.createAccount({ email, password, ...(displayName !== undefined ? { displayName } : {}) });
    } catch (error) {
      // Only a taken email is hidden behind the one answer.
      if (!(isPartforgeError(error) && error.code === "CONFLICT" && error.param === "email")) throw error;
    }
    return reply.code(202).send(SIGN_UP_ANSWER);
  });

  app.post("/api/session", async (request, reply) => {
    const body = jsonBody(request);
    const email = normaliseEmail(stringField(body, "email"));
    const password = stringField(body, "password");
    const waitSeconds = loginThrottle.begin(request.ip, email);
    if (waitSeconds > 0) return throttled(reply, waitSeconds);
    let account: Account | undefined;
    try {
      account = await store.verifyPassword(email, password);
    } catch (error) {
      loginThrottle.abandoned(request.ip, email);
      throw error;
    }
    if (account === undefined) throw new PartforgeError("NOT_AUTHENTICATED", "wrong email or password");
    loginThrottle.succeeded(request.ip, email);
    const { token, session } = await store.createSession(account.id);
    setSessionCookie(reply, token, session.expiresAt, secure(request));
    return reply.send({ account: accountView(account) });
  });

  app.delete("/api/session", async (request, reply) => {
    const token = request.cookies?.[SESSION_COOKIE];
    if (typeof token === "string" && token !== "") await store.deleteSession(token);
    clearSessionCookie(reply, secure(request));
    return reply.code(204).send();
  });

  app.get("/api/account", async (request) => {
    const caller = await requireCaller(store, request);
    return { account: accountView(caller.account) };
  });

  // Changing the account is for its logged-in owner only: an API key cannot rename it.
  app.patch("/api/account", async (request) => {
    const caller = await requireSession(store, request, "changing the account");
    const body = jsonBody(request);
    const unknown = Object.keys(body).filter((field) => field !== "displayName");
    if (unknown.length > 0) {
      throw new PartforgeError("USAGE", `only "displayName" can be changed here, not ${unknown.map((field) => `"${field}"`).join(", ")}`, { param: unknown[0]! });
    }
    const account = await store.setDisplayName(caller.account.id, stringField(body, "displayName"));
    return { account: accountView(account) };
  });
}
