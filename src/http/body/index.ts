/**
 * Request bodies: the only content types the service reads, each read whole, up to one body limit
 * enforced while the bytes arrive (413 before anything is parsed), then parsed strictly. Any other
 * Content-Type is 415 (fastify refuses it before reading), `text/plain` included.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { PartforgeError } from "../../shared/errors.ts";
import { parseJsonBody } from "./json.ts";
import { parseMediaType } from "./mediaType.ts";
import { multipartBoundary, parseMultipart } from "./multipart.ts";
import { parseUrlEncoded } from "./urlencoded.ts";
import { decodeUtf8 } from "./utf8.ts";

export type { FieldRecord } from "./fields.ts";
export { MAX_FORM_FIELDS } from "./fields.ts";
export { MAX_JSON_DEPTH } from "./json.ts";
export { parseUrlEncoded } from "./urlencoded.ts";

/** The body types every endpoint reads; the JSON API (`/api/…`) takes only the first. */
export const ACCEPTED_BODY_TYPES = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"] as const;

/** Whether a Content-Type header names JSON (`application/json`, with or without parameters). */
export function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && /^\s*application\/json\s*(;|$)/i.test(header);
}

/** The charset and coding checks every body type shares; returns the Content-Type's parameters. */
function checkedParameters(request: FastifyRequest, essence: string): Map<string, string> {
  const { parameters } = parseMediaType(String(request.headers["content-type"]));
  const charset = parameters.get("charset");
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    throw new PartforgeError("UNSUPPORTED_MEDIA_TYPE", `${essence} in charset ${charset} is not accepted: send UTF-8 (charset=utf-8 or no charset)`);
  }
  const coding = request.headers["content-encoding"];
  if (coding !== undefined && coding.trim().toLowerCase() !== "identity") {
    throw new PartforgeError("UNSUPPORTED_MEDIA_TYPE", `Content-Encoding ${coding} is not accepted: send the body uncompressed`);
  }
  return parameters;
}

/** Replaces fastify's parsers (which read text/plain too) with the service's three, all under `maxBodyBytes`. */
export function registerBodyParsers(app: FastifyInstance, maxBodyBytes: number): void {
  app.removeAllContentTypeParsers();
  const options = { parseAs: "buffer", bodyLimit: maxBodyBytes } as const;
  app.addContentTypeParser("application/json", options, async (request: FastifyRequest, body: Buffer) => {
    checkedParameters(request, "application/json");
    return parseJsonBody(decodeUtf8(body, "the JSON body"));
  });
  app.addContentTypeParser("application/x-www-form-urlencoded", options, async (request: FastifyRequest, body: Buffer) => {
    checkedParameters(request, "application/x-www-form-urlencoded");
    return parseUrlEncoded(decodeUtf8(body, "the form body"), "the form body");
  });
  app.addContentTypeParser("multipart/form-data", options, async (request: FastifyRequest, body: Buffer) => {
    const boundary = multipartBoundary(checkedParameters(request, "multipart/form-data"));
    return parseMultipart(body, boundary);
  });
}
