/**
 * `/docs/rest`: the REST API reference, rendered from the OpenAPI document the service serves at
 * /openapi.json — every operation with its method, path, summary, authentication, parameters,
 * request body, answers and a curl line for this server — then the schemas and the error catalogue.
 */
import { ERROR_CATALOGUE } from "../../shared/errors.ts";
import type { OpenApiDocument, Operation, PathItem } from "../openapi/index.ts";
import { MODEL_ID_PARAMETER } from "../openapi/parts.ts";
import { SECURITY_SCHEMES } from "../openapi/security.ts";
import { curlExample, exampleBody, exampleParameterValue } from "./curlExample.ts";
import type { ExampleTarget } from "./exampleTarget.ts";
import { codeBlock, escapeHtml, inlineHtml, markdownHtml, table } from "./html.ts";
import { noModelNote } from "./notes.ts";

const METHODS = ["get", "post", "put", "patch", "delete", "head"] as const;

type Schema = Record<string, unknown>;

interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
  example?: unknown;
}

interface MediaObject {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { summary?: string; value?: unknown }>;
}

interface ResponseObject {
  description?: string;
  content?: Record<string, MediaObject>;
  headers?: Record<string, { description?: string }>;
  $ref?: string;
}

/** One operation of the document, where it is. */
export interface OperationEntry {
  method: (typeof METHODS)[number];
  path: string;
  operation: Operation;
}

/** Every operation, in the document's order. */
export function operationsOf(document: OpenApiDocument): OperationEntry[] {
  return Object.entries(document.paths as Record<string, PathItem>).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] === undefined ? [] : [{ method, path, operation: item[method]! }])),
  );
}

const refName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

/** A schema in a few words, component names linked to their section below. */
function typeText(schema: Schema | undefined): string {
  if (schema === undefined) return "";
  if (typeof schema.$ref === "string") return `<a href="#schema-${refName(schema.$ref)}">${refName(schema.$ref)}</a>`;
  const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (Array.isArray(alternatives)) return alternatives.map(typeText).join(" or ");
  if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(", ")}`;
  const types = Array.isArray(schema.type) ? (schema.type as string[]).join(" or ") : typeof schema.type === "string" ? schema.type : "any";
  const parts = [escapeHtml(types)];
  if (types === "array") parts.splice(0, 1, `array of ${typeText(schema.items as Schema | undefined) || "any"}`);
  if (types === "object" && typeof schema.additionalProperties === "object") parts.splice(0, 1, `object of ${typeText(schema.additionalProperties as Schema)}`);
  if (typeof schema.format === "string") parts.push(`(${escapeHtml(schema.format)})`);
  const bounds: string[] = [];
  if (schema.minimum !== undefined) bounds.push(`≥ ${String(schema.minimum)}`);
  if (schema.maximum !== undefined) bounds.push(`≤ ${String(schema.maximum)}`);
  if (schema.minLength !== undefined) bounds.push(`at least ${String(schema.minLength)} characters`);
  if (schema.maxLength !== undefined) bounds.push(`at most ${String(schema.maxLength)} characters`);
  if (typeof schema.pattern === "string") bounds.push(`matching <code>${escapeHtml(schema.pattern)}</code>`);
  return [...parts, ...bounds].join(", ");
}

/** Who may call it, in words. */
function authText(operation: Operation): string {
  const requirements = operation.security;
  if (requirements.length === 0) return "None: anyone may call it.";
  const ways = requirements.map((requirement) => {
    const names = Object.keys(requirement);
    if (names.length === 0) return "anyone (no key, no session)";
    return names.map((name) => schemeText(name)).join(" with ");
  });
  return `${ways.join("; or ")}.`;
}

function schemeText(name: string): string {
  const words: Record<string, string> = {
    apiKeyQuery: "the API key as the <code>key</code> field",
    apiKeyHeader: "the API key in <code>X-API-Key</code>",
    bearer: "the API key as <code>Authorization: Bearer</code>",
    session: "the session cookie",
    webSession: "<code>X-Partforge-Session: 1</code>",
    adminToken: "the admin token as <code>Authorization: Bearer</code>",
  };
  return `<a href="#auth-${escapeHtml(name)}">${words[name] ?? escapeHtml(name)}</a>`;
}

function parametersTable(path: string, operation: Operation, target: ExampleTarget): string {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  if (parameters.length === 0) return "";
  const rows = parameters.map((parameter) => ({ ...parameter, example: exampleParameterValue(path, parameter, target) })).map((p) => [
    `<code>${escapeHtml(p.name)}</code><br><span class="hint">${escapeHtml(p.in)}, ${p.required === true ? "required" : "optional"}</span>`,
    typeText(p.schema),
    `${inlineHtml(withModelId(p.description ?? "", target))}${p.example === undefined ? "" : ` <span class="hint">e.g. <code>${escapeHtml(typeof p.example === "string" ? p.example : JSON.stringify(p.example))}</code></span>`}`,
  ]);
  return `<h4>Parameters</h4>${table(["name", "type", "meaning"], rows)}`;
}

/** The document's example model id, in prose, becomes the model that exists here. */
function withModelId(text: string, target: ExampleTarget): string {
  return target.model === undefined ? text : text.replaceAll(String(MODEL_ID_PARAMETER.example), target.model.id);
}

function exampleText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

function requestBodyHtml(operation: Operation, label: string, target: ExampleTarget): string {
  const body = operation.requestBody as { required?: boolean; content?: Record<string, MediaObject> } | undefined;
  if (body?.content === undefined) return "";
  const media = Object.entries(body.content).map(([type, content]) => {
    const example = content.example === undefined ? "" : `<details><summary>Example (${escapeHtml(type)})</summary>${codeBlock(exampleText(exampleBody(content.example, target)), `the ${type} body example of ${label}`)}</details>`;
    return `<li><code>${escapeHtml(type)}</code>: ${typeText(content.schema)}${example}</li>`;
  });
  return `<h4>Request body${body.required === true ? "" : " (optional)"}</h4><ul>${media.join("")}</ul>`;
}

function responsesTable(operation: Operation): string {
  const rows = Object.entries(operation.responses as Record<string, ResponseObject>).map(([status, response]) => {
    if (response.$ref !== undefined) return [status, "The request line and headers are too large: send long values in a POST body", "<code>application/problem+json</code>"];
    const content = response.content ?? {};
    // Examples of a problem answer are named by their error code; other examples (a TJS or PROPS body) are not codes.
    const codes = Object.values(content)
      .flatMap((media) => Object.keys(media.examples ?? {}).map((code) => code.replace(/_\d+$/, "")))
      .filter((code) => Object.hasOwn(ERROR_CATALOGUE, code));
    const distinct = [...new Set(codes)].map((code) => `<a href="#error-${code}"><code>${code}</code></a>`);
    const headers = Object.keys(response.headers ?? {}).map((header) => `<code>${escapeHtml(header)}</code>`);
    const description = `${inlineHtml(response.description ?? "")}${distinct.length > 0 ? `<br><span class="hint">codes: ${distinct.join(", ")}</span>` : ""}${headers.length > 0 ? `<br><span class="hint">headers: ${headers.join(", ")}</span>` : ""}`;
    return [status, description, Object.keys(content).map((type) => `<code>${escapeHtml(type)}</code>`).join(" ")];
  });
  return `<h4>Answers</h4>${table(["status", "meaning", "body"], rows)}`;
}

function operationHtml(entry: OperationEntry, target: ExampleTarget): string {
  const { method, path, operation } = entry;
  const label = `${method.toUpperCase()} ${path}`;
  return `<section class="operation" id="${escapeHtml(operation.operationId)}" aria-labelledby="${escapeHtml(operation.operationId)}-title">
<h3 id="${escapeHtml(operation.operationId)}-title"><span class="method method-${method}">${method.toUpperCase()}</span><code>${escapeHtml(path)}</code></h3>
<p><strong>${inlineHtml(operation.summary)}</strong> <span class="hint">(operationId <code>${escapeHtml(operation.operationId)}</code>)</span></p>
${operation.description === undefined ? "" : markdownHtml(operation.description)}
<p><strong>Authentication:</strong> ${authText(operation)}</p>
${parametersTable(path, operation, target)}
${requestBodyHtml(operation, label, target)}
${responsesTable(operation)}
<h4>Example</h4>
${codeBlock(curlExample(method, path, operation, target), `the curl line of ${label}`)}
</section>`;
}

function schemaHtml(name: string, schema: Schema): string {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
  const required = new Set((schema.required ?? []) as string[]);
  const rows = properties.map(([property, value]) => [`<code>${escapeHtml(property)}</code><br><span class="hint">${required.has(property) ? "required" : "optional"}</span>`, typeText(value), inlineHtml(String(value.description ?? ""))]);
  const shape = properties.length > 0 ? table(["property", "type", "meaning"], rows) : `<p>${typeText({ ...schema, description: undefined })}</p>`;
  return `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>${schema.description === undefined ? "" : markdownHtml(String(schema.description))}${shape}`;
}

/** The page's own sections, for the docs navigation. */
export function restToc(document: OpenApiDocument): { id: string; label: string }[] {
  return [
    { id: "authentication", label: "Authentication" },
    ...document.tags.map((tag) => ({ id: `tag-${tag.name}`, label: tag.name })),
    { id: "schemas", label: "Schemas" },
    { id: "errors", label: "Errors" },
  ];
}

/** The page, for `document` as served here (with its `servers`). */
export function restReferencePage(document: OpenApiDocument & { servers: { url: string }[] }, target: ExampleTarget): string {
  const operations = operationsOf(document);
  const schemes = Object.entries(SECURITY_SCHEMES).map(([name, scheme]) => [`<code id="auth-${name}">${name}</code>`, inlineHtml(scheme.description)]);
  const tags = document.tags.map((tag) => {
    const mine = operations.filter((entry) => entry.operation.tags.includes(tag.name));
    const index = mine.map((entry) => `<li><a href="#${escapeHtml(entry.operation.operationId)}"><code>${entry.method.toUpperCase()} ${escapeHtml(entry.path)}</code></a> — ${inlineHtml(entry.operation.summary)}</li>`).join("");
    return `<section aria-labelledby="tag-${escapeHtml(tag.name)}"><h2 id="tag-${escapeHtml(tag.name)}">${escapeHtml(tag.name)}</h2><p>${inlineHtml(tag.description)}</p><ul>${index}</ul>
${mine.map((entry) => operationHtml(entry, target)).join("\n")}</section>`;
  });
  const schemas = Object.entries(document.components.schemas as Record<string, Schema>).map(([name, schema]) => schemaHtml(name, schema));
  const errors = Object.entries(ERROR_CATALOGUE).map(([code, e]) => [`<code id="error-${code}">${code}</code>`, String(e.httpStatus), escapeHtml(e.title)]);
  const server = document.servers[0]?.url ?? target.origin;
  return `<h1>REST API reference</h1>
<p class="lead">${operations.length} operations, generated from <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(document.openapi)}), the description this server serves. Its address: <code>${escapeHtml(server)}</code>.</p>
${noModelNote(target)}
<p>Every error is <code>application/problem+json</code> with <code>status</code>, <code>code</code>, <code>title</code> and <code>detail</code> (and <code>param</code>, <code>line</code>, <code>column</code> where they apply); the codes are <a href="#errors">below</a>. The examples that log in keep the session in <code>cookies.txt</code> (<code>-c</code> writes it, <code>-b</code> sends it).</p>
<h2 id="authentication">Authentication</h2>
<p>Builds take an API key; managing keys takes a logged-in session; reading public models takes nothing.</p>
${table(["scheme", "how"], schemes)}
${tags.join("\n")}
<h2 id="schemas">Schemas</h2>
${schemas.join("\n")}
<h2 id="errors">Errors</h2>
${table(["code", "status", "title"], errors)}`;
}
