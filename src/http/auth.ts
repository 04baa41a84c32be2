/** Who is calling: an API key (query/body field, `Authorization: Bearer`, `X-API-Key`) or a session cookie. */
import type { FastifyReply, FastifyRequest } from "fastify";
import type {} from "@fastify/cookie";
import { PartforgeError } from "../shared/errors.ts";
import type { Account, ApiKey, Store } from "../store/index.ts";
import type { ComputeBudget, ComputeRead } from "./computeBudget.ts";
import { tagAccount } from "./requestLog.ts";

export const SESSION_COOKIE = "pf_session";

export interface Caller {
  account: Account;
  key?: ApiKey;
  /** The account's compute, read with the key when `requireKey` was given a `ComputeBudget`. */
  computeRead?: ComputeRead;
  /** The account's downloads left this month (null: unlimited), read with the key then too. */
  remainingDownloads?: number | null;
}

/** The API key a request carries, from a header, or from the request fields when given. */
export function presentedKey(request: FastifyRequest, fieldKey?: string): string | undefined {
  const authorization = request.headers.authorization;
  if (typeof authorization === "string" && /^Bearer\s+/i.test(authorization)) return authorization.replace(/^Bearer\s+/i, "").trim();
  const header = request.headers["x-api-key"];
  if (typeof header === "string" && header !== "") return header.trim();
  return fieldKey === undefined || fieldKey === "" ? undefined : fieldKey;
}

/**
 * Authenticates an API key or throws ACCESS_DENIED (403), saying what was wrong. With `compute`,
 * the caller carries its account's compute over the budget's window and its downloads left this
 * month, read with the key (`Store.authenticateKey`).
 */
export async function requireKey(store: Store, secret: string | undefined, compute?: ComputeBudget): Promise<Caller> {
  if (secret === undefined) {
    throw new PartforgeError("ACCESS_DENIED", "missing API key: send key=…, an Authorization: Bearer … header, or X-API-Key", { param: "key" });
  }
  const computeSince = compute?.windowStart();
  const found = await store.authenticateKey(secret, undefined, computeSince === undefined ? undefined : { computeSince, downloadsAt: new Date() });
  if (found === undefined) {
    throw new PartforgeError("ACCESS_DENIED", "the API key is invalid, disabled or deleted: on your account page, enable a disabled key again or create a new one", { param: "key" });
  }
  const { account, key, computeUse, remainingDownloads } = found;
  return {
    account,
    key,
    ...(computeSince === undefined || computeUse === undefined ? {} : { computeRead: { since: computeSince, use: computeUse } }),
    ...(remainingDownloads === undefined ? {} : { remainingDownloads }),
  };
}

export async function sessionCaller(store: Store, request: FastifyRequest): Promise<Caller | undefined> {
  const token = request.cookies?.[SESSION_COOKIE];
  if (typeof token !== "string" || token === "") return undefined;
  const found = await store.findSession(token);
  return found === undefined ? undefined : { account: found.account };
}

/** The header the web app sends to act with its session; a cross-site page cannot set it. */
export const WEB_SESSION_HEADER = "x-partforge-session";

/**
 * The logged-in session, but only on a request with `X-Partforge-Session: 1`: what a session may
 * spend (downloads, compute) is spent only by the web app, never by a cross-site link or form.
 */
export async function webSessionCaller(store: Store, request: FastifyRequest): Promise<Caller | undefined> {
  return request.headers[WEB_SESSION_HEADER] === "1" ? sessionCaller(store, request) : undefined;
}

/** A session cookie or an API key header; throws NOT_AUTHENTICATED otherwise. */
export async function requireCaller(store: Store, request: FastifyRequest): Promise<Caller> {
  const session = await sessionCaller(store, request);
  if (session) return tagged(request, session);
  const secret = presentedKey(request);
  if (secret !== undefined) return tagged(request, await requireKey(store, secret));
  throw new PartforgeError("NOT_AUTHENTICATED", "log in (POST /api/session) or send an API key in Authorization: Bearer …");
}

/**
 * The logged-in session, for what an API key must not do (manage keys, change the account):
 * a leaked key cannot mint a replacement or undo its own revocation.
 */
export async function requireSession(store: Store, request: FastifyRequest, action: string): Promise<Caller> {
  const session = await sessionCaller(store, request);
  if (session) return tagged(request, session);
  const reason = presentedKey(request) === undefined ? "" : "; an API key cannot do this";
  throw new PartforgeError("NOT_AUTHENTICATED", `${action} needs a logged-in session (POST /api/session or the account page)${reason}`);
}

/** The caller if any, else undefined (public pages). */
export async function optionalCaller(store: Store, request: FastifyRequest): Promise<Caller | undefined> {
  const session = await sessionCaller(store, request);
  if (session) return tagged(request, session);
  const secret = presentedKey(request);
  if (secret === undefined) return undefined;
  return tagged(request, await requireKey(store, secret));
}

/** `caller`, after naming its account in the request's later log lines. */
function tagged(request: FastifyRequest, caller: Caller): Caller {
  tagAccount(request, caller.account.id);
  return caller;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure, path: "/" });
}
