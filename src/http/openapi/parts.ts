/**
 * Building blocks of the OpenAPI document: references, JSON and problem responses with examples.
 * Problem examples are made by `problemOf`, the function that makes the real error bodies, so
 * they cannot disagree with what the service sends.
 */
import type { ErrorData } from "../../shared/errors.ts";
import { PROBLEM_MEDIA_TYPE, problemOf } from "../problem.ts";

/** A JSON Schema object (OpenAPI 3.1 uses JSON Schema 2020-12). */
export type JsonSchema = Record<string, unknown>;

/** An OpenAPI operation object. */
export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

export type PathItem = Partial<Record<"get" | "put" | "post" | "delete" | "patch" | "head", Operation>>;

export const schemaRef = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** `200`-like answer with a JSON body described by a component schema. */
export function jsonResponse(description: string, schema: string, example: unknown, headers?: Record<string, unknown>) {
  return { description, ...(headers ? { headers } : {}), content: { "application/json": { schema: schemaRef(schema), example } } };
}

/** A JSON request body described by a component schema. */
export function jsonBody(schema: string, example: unknown) {
  return { required: true, content: { "application/json": { schema: schemaRef(schema), example } } };
}

/** An answer with no body (204, 304, 303). */
export function emptyResponse(description: string, headers?: Record<string, unknown>) {
  return { description, ...(headers ? { headers } : {}) };
}

/**
 * An error answer with `status`: `application/problem+json` with one named example per error
 * the operation can give with it (a bad script on save, for one, is 400 rather than the
 * catalogue's 500). A 5xx body also carries the request id of its log line, as sent.
 */
export function problemResponse(status: number, description: string, errors: readonly ErrorData[], options: { retryAfter?: boolean } = {}) {
  const examples = Object.fromEntries(
    errors.map((error, index) => [
      errors.findIndex((other) => other.code === error.code) === index ? error.code : `${error.code}_${index}`,
      { summary: error.message, value: { ...problemOf(error, status), ...(status >= 500 ? { requestId: "3f0c9d2e-8b1a-4c55-9e07-1d2f6a7b8c90" } : {}) } },
    ]),
  );
  return {
    description,
    ...(options.retryAfter ? { headers: { "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer", minimum: 1 }, example: 2 } } } : {}),
    content: { [PROBLEM_MEDIA_TYPE]: { schema: schemaRef("Problem"), examples } },
  };
}

/** The `{id}` path parameter of a stored model. */
export const MODEL_ID_PARAMETER = {
  name: "id",
  in: "path",
  required: true,
  description: "The model's id: 7–9 lowercase letters and digits",
  schema: { type: "string", pattern: "^[a-z0-9]{7,9}$" },
  example: "4hskpb69",
};

export const HTML_PAGE = {
  "text/html": { schema: { type: "string" }, example: '<!doctype html>\n<html lang="en"><head><title>Models · partforge</title>…</head><body>…</body></html>' },
};
