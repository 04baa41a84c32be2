/** Reading JSON API bodies: a state-changing call must be JSON (a cross-site form cannot send it). */
import type { FastifyRequest } from "fastify";
import { PartforgeError } from "../shared/errors.ts";
import { isJsonContentType } from "./body/index.ts";

export function jsonBody(request: FastifyRequest): Record<string, unknown> {
  const contentType = request.headers["content-type"];
  if (contentType !== undefined && !isJsonContentType(contentType)) {
    throw new PartforgeError("UNSUPPORTED_MEDIA_TYPE", `this endpoint takes application/json, not ${contentType.split(";")[0]!.trim()}: send a JSON object with Content-Type: application/json`);
  }
  const body = request.body;
  if (body === undefined) throw new PartforgeError("USAGE", "this endpoint needs a JSON body: send an object with Content-Type: application/json");
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw new PartforgeError("USAGE", "the JSON body must be an object");
  return body as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== "string" || value === "") throw new PartforgeError("USAGE", `"${name}" is required and must be a non-empty string`, { param: name });
  return value;
}

export function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new PartforgeError("USAGE", `"${name}" must be a string`, { param: name });
  return value;
}
