/**
 * A curl line for one OpenAPI operation, aimed at this server and its newest public model: the
 * path's model id, the model's real parameter and preset, the operation's own example body, and
 * the first way of authenticating the operation accepts (none when it accepts anonymous callers).
 */
import type { Operation } from "../openapi/index.ts";
import { MODEL_ID_PLACEHOLDER, type ExampleTarget } from "./exampleTarget.ts";

export interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
}

/** The operation's parameters that are objects (a `$ref` would not be). */
function parametersOf(operation: Operation): ParameterObject[] {
  return (operation.parameters ?? []).filter((p): p is ParameterObject => typeof p === "object" && p !== null && "name" in p && "in" in p);
}

/** Model ids appear in these paths' `{id}`; other ids (keys) keep their example. */
export const MODEL_PATHS = /^\/(api\/models|m|editor)\/\{id\}$/;

/** A single-quoted shell word. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

type Auth = { query: string } | { args: string[] } | undefined;

/**
 * How the example authenticates: not at all when anonymous callers may, else the first scheme
 * (a key before a session; the `key` field only in a GET's query).
 */
function authOf(method: string, operation: Operation): Auth {
  const requirements = operation.security;
  const schemes = new Set(requirements.flatMap((r) => Object.keys(r)));
  // Anyone may call it; a change (log out) still means the caller's own session.
  if (requirements.length === 0 || requirements.some((r) => Object.keys(r).length === 0)) return method !== "get" && schemes.has("session") ? { args: ["-b cookies.txt"] } : undefined;
  if (schemes.has("apiKeyQuery") && method === "get") return { query: "key=$KEY" };
  if (schemes.has("apiKeyHeader")) return { args: ['-H "X-API-Key: $KEY"'] };
  if (schemes.has("bearer")) return { args: ['-H "Authorization: Bearer $KEY"'] };
  if (schemes.has("session")) return { args: ["-b cookies.txt"] };
  return undefined;
}

/** The example body with this server's model in place of the document's example model (its id, a real parameter and preset). */
export function exampleBody(example: unknown, target: ExampleTarget): unknown {
  if (typeof example !== "object" || example === null || Array.isArray(example)) return example;
  const body: Record<string, unknown> = { ...(example as Record<string, unknown>) };
  if (!("id" in body) || "s" in body) return body;
  body.id = target.model?.id ?? MODEL_ID_PLACEHOLDER;
  delete body.preset;
  delete body.params;
  if (target.model?.preset !== undefined) body.preset = target.model.preset;
  if (target.model?.param !== undefined) body.params = { [target.model.param.name]: target.model.param.value };
  return body;
}

/** Where a binary answer is saved: `part.<type>` for a build, `preview.glb` for a preview. */
function outputFile(operation: Operation, type: string | undefined): string | undefined {
  const ok = operation.responses["200"] as { content?: Record<string, unknown> } | undefined;
  const media = Object.keys(ok?.content ?? {});
  if (!media.some((m) => m.startsWith("model/") || m === "application/x-amf")) return undefined;
  return `${operation.operationId.startsWith("preview") ? "preview" : "part"}.${(type ?? "stl").toLowerCase()}`;
}

/**
 * The example value of a parameter as this server would take it: the model id, the model's real
 * parameter (for the free-form `parameters`) and preset; other examples as the document has them.
 */
export function exampleParameterValue(path: string, parameter: ParameterObject, target: ExampleTarget): unknown {
  const model = target.model;
  if (parameter.name === "id" && (parameter.in === "query" || MODEL_PATHS.test(path))) return model?.id ?? MODEL_ID_PLACEHOLDER;
  if (parameter.in === "query" && parameter.name === "preset") return model === undefined ? parameter.example : model.preset;
  if (parameter.in === "query" && parameter.name === "parameters") return model === undefined ? parameter.example : model.param === undefined ? undefined : { [model.param.name]: model.param.value };
  return parameter.example;
}

/** The curl line, continued over several lines with `\`. */
export function curlExample(method: string, path: string, operation: Operation, target: ExampleTarget): string {
  const modelId = target.model?.id ?? MODEL_ID_PLACEHOLDER;
  const parameters = parametersOf(operation);
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "id" && MODEL_PATHS.test(path)) return modelId;
    // A key's id is the caller's own (GET /api/keys lists them): a shell variable, never a made-up id.
    if (name === "id" && path.startsWith("/api/keys/")) return "$KEY_ID";
    const example = parameters.find((p) => p.in === "path" && p.name === name)?.example;
    return example === undefined ? name.toUpperCase() : encodeURIComponent(String(example));
  });
  const auth = authOf(method, operation);
  const query: string[] = auth !== undefined && "query" in auth ? [auth.query] : [];
  let type: string | undefined;
  for (const parameter of parameters.filter((p) => p.in === "query")) {
    if (parameter.name === "id") query.push(`id=${modelId}`);
    else if (parameter.name === "type") {
      type = String(parameter.example ?? "STL");
      query.push(`type=${type}`);
    } else if (parameter.name === "preset") {
      if (target.model?.preset !== undefined) query.push(`preset=${encodeURIComponent(target.model.preset)}`);
    } else if (parameter.name === "parameters") {
      if (target.model?.param !== undefined) query.push(`${encodeURIComponent(target.model.param.name)}=${encodeURIComponent(target.model.param.value)}`);
    } else if (parameter.required === true && parameter.example !== undefined) query.push(`${parameter.name}=${encodeURIComponent(String(parameter.example))}`);
  }
  const head: string[] = ["curl"];
  const rest: string[] = [];
  const body = (operation.requestBody as { content?: Record<string, { example?: unknown }> } | undefined)?.content?.["application/json"];
  if (body !== undefined) {
    const sent = exampleBody(body.example, target);
    if (typeof sent === "object" && sent !== null && "type" in sent) type = String((sent as { type: unknown }).type);
    rest.push('-H "Content-Type: application/json"', `-d ${shellQuote(JSON.stringify(sent))}`);
  }
  const output = outputFile(operation, type);
  if (output !== undefined) head.push(`-o ${output}`);
  const setsCookie = Object.keys((operation.responses["200"] as { headers?: Record<string, unknown> } | undefined)?.headers ?? {}).includes("Set-Cookie");
  if (setsCookie) head.push("-c cookies.txt");
  if (method !== "get" && !(method === "post" && body !== undefined)) head.push(`-X ${method.toUpperCase()}`);
  const address = `${target.origin}${url}${query.length > 0 ? `?${query.join("&")}` : ""}`;
  head.push(query.length > 0 ? `"${address}"` : address);
  if (auth !== undefined && "args" in auth) rest.unshift(...auth.args);
  return rest.length === 0 ? head.join(" ") : `${head.join(" ")} \\\n  ${rest.join(" \\\n  ")}`;
}
