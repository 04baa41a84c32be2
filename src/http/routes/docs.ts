/** `/openapi.json` and `/docs`: the REST contract, readable, with curl examples. */
import type { FastifyInstance } from "fastify";
import { ERROR_CATALOGUE } from "../../shared/errors.ts";
import type { ServiceLimits } from "../deps.ts";
import type { Store } from "../../store/index.ts";
import { BUILD_FIELDS, BUILD_STATUSES, openApiDocument, withServer } from "../openapi/index.ts";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Inline `code` spans in the field descriptions. */
function inline(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

/**
 * Where the examples point: this server's address (the configured public URL, else where the
 * request was sent) and a public model stored here, or a placeholder saying how to get one.
 */
interface ExampleTarget {
  origin: string;
  modelId: string | undefined;
}

function docsPage(limits: ServiceLimits, target: ExampleTarget): string {
  const origin = escapeHtml(target.origin);
  const id = target.modelId ?? "MODEL_ID";
  const noModel = target.modelId === undefined ? `<p><code>MODEL_ID</code> stands for a model id: this server has no public model yet — save one in the <a href="/editor">editor</a> or with <code>POST /api/models</code>.</p>` : "";
  const fields = BUILD_FIELDS.map((f) => `<tr><td><code>${escapeHtml(f.name)}</code></td><td>${f.required ? "required" : "optional"}</td><td>${inline(f.description)}</td></tr>`).join("\n");
  const statuses = BUILD_STATUSES.map(([s, d]) => `<tr><td>${s}</td><td>${inline(d)}</td></tr>`).join("\n");
  const codes = Object.entries(ERROR_CATALOGUE)
    .map(([code, e]) => `<tr id="${code}"><td><code>${code}</code></td><td>${e.httpStatus}</td><td>${escapeHtml(e.title)}</td></tr>`)
    .join("\n");
  const script = 'export function build() { return Workplane("XY").box(10, 20, 5); }';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<title>partforge Build Service</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font-family:ui-monospace,monospace;background:#f4f4f4}pre{padding:.75rem;overflow-x:auto}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}</style>
</head><body>
<h1>partforge Build Service</h1>
<p>Every request to <code>/build</code> (or the original path <code>/parts/build</code>) builds a model in the format you choose and streams it back.
Send an API key, a ModelScript (<code>s</code>) or the id of a stored model (<code>id</code>), the output <code>type</code> and parameter values.
All values are strings, as sent over HTTP, converted to each parameter's datatype. The machine-readable description is <a href="/openapi.json">/openapi.json</a>.</p>
<h2>Examples</h2>
${noModel}<p>GET a stored model with a preset and one parameter changed:</p>
<pre>curl -o part.step "${origin}/build?key=$KEY&amp;id=${id}&amp;type=STEP"</pre>
<p>POST a script as a form (URLs are limited to about 4 KB, so POST scripts):</p>
<pre>curl -o box.stl ${origin}/build -H "Authorization: Bearer $KEY" \\
  --data-urlencode type=STL --data-urlencode 's=${escapeHtml(script)}'</pre>
<p>POST JSON:</p>
<pre>curl -o part.stl ${origin}/build -H "X-API-Key: $KEY" -H "Content-Type: application/json" \\
  -d '{"type": "STL", "id": "${id}"}'</pre>
<p>Send <code>If-None-Match</code> with a previous <code>ETag</code> to get <code>304 Not Modified</code>, which is not charged.</p>
<h2>Request fields</h2>
<table><tr><th>field</th><th></th><th>meaning</th></tr>${fields}</table>
<p>Limits: scripts up to ${limits.maxScriptBytes} bytes, request bodies up to ${limits.maxBodyBytes} bytes,
${limits.ratePerSecond} requests per second per account, all its keys together, with bursts of ${limits.rateBurst} (then 429 with Retry-After);
slot time per minute ${limits.computeBudgets.perPlanMs.evaluation / 1000} s on the evaluation plan and ${limits.computeBudgets.perPlanMs.enterprise / 1000} s on the enterprise plan, failed builds included (then 429 COMPUTE_LIMITED with Retry-After).</p>
<h2>Datatypes</h2>
<ul><li>Float: decimal or exponent notation (<code>1.5</code>, <code>-2e3</code>); not NaN or Infinity, no spaces.</li>
<li>Int: whole numbers only (<code>3</code>, <code>-7</code>); <code>3.5</code> and <code>1e2</code> are rejected.</li>
<li>Boolean: <code>true/false/1/0/yes/no/on/off</code>, any case.</li>
<li>Choice: exactly one of its choices. String: within <code>maxLength</code>, matching <code>pattern</code> whole.</li>
<li>Values outside <code>min</code>/<code>max</code> are errors.</li></ul>
<h2>Responses</h2>
<table><tr><th>status</th><th>when</th></tr>${statuses}</table>
<h2 id="errors">Errors</h2>
<p>Every error is <code>application/problem+json</code> with <code>status</code>, <code>code</code>, <code>title</code>, <code>detail</code>, and where it applies <code>param</code>, <code>line</code>, <code>column</code>.</p>
<table><tr><th>code</th><th>status</th><th>title</th></tr>${codes}</table>
<h2>Accounts, keys and models</h2>
<p>Sign up with <code>POST /api/accounts</code> (it answers 202 whether or not the email already has an account), then log in with <code>POST /api/session</code> (JSON <code>{"email", "password"}</code>; a session cookie; repeated failures wait, 429 with <code>Retry-After</code>),
create keys with <code>POST /api/keys</code> (the secret is shown once; managing keys needs the session, never a key), store models with <code>POST /api/models</code> (<code>{"name", "script", "visibility"}</code>),
read a model's parameter schema with <code>GET /api/models/:id</code>, and see usage with <code>GET /api/usage</code>. See <a href="/openapi.json">/openapi.json</a>.</p>
<h2>Client and command line</h2>
<p>A typed client for Node and browsers, over <code>fetch</code>, with types generated from <a href="/openapi.json">/openapi.json</a>:</p>
<pre>import { PartforgeClient } from "partforge/client";
const client = new PartforgeClient({ baseUrl: "${origin}", apiKey });
const file = await client.build({ id: "${id}", type: "STEP" }); // bytes, etag, cache, downloadsRemaining</pre>
<p>The <code>partforge</code> command builds through the service with the key in <code>PARTFORGE_KEY</code>, <code>--key-file</code> or standard input (never a flag):</p>
<pre>PARTFORGE_KEY=… partforge build part.ts --server ${origin} --type step
partforge models push part.ts --public --server ${origin} --key-file key.txt   # prints the id and page URL
partforge models pull ${id} --server ${origin} -o part.ts</pre>
</body></html>`;
}

export function registerDocRoutes(app: FastifyInstance, deps: { limits: ServiceLimits; publicUrl: string | undefined; store: Store }): void {
  const document = openApiDocument(deps.limits);
  // The configured public URL, else where this request was sent (protocol and Host as fastify reads them).
  app.get("/openapi.json", async (request) => withServer(document, deps.publicUrl ?? `${request.protocol}://${request.host}`));
  app.get("/docs", async (request, reply) => {
    // The examples name a model that exists here: the newest public one (parameters vary per model, so none are set).
    const [model] = await deps.store.listModels({ viewerId: null, limit: 1, offset: 0 });
    const page = docsPage(deps.limits, { origin: deps.publicUrl ?? `${request.protocol}://${request.host}`, modelId: model?.visibility === "public" ? model.id : undefined });
    return reply.type("text/html; charset=utf-8").header("Cache-Control", "no-cache").send(page);
  });
}
