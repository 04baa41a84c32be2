/**
 * `/docs/contract`: the Build Service contract (SPEC section 2) in one page, as /docs was before
 * the docs became a section: fields, datatypes, answers, the error catalogue, accounts, the
 * client and the command line — with examples for this server.
 */
import { ERROR_CATALOGUE } from "../../shared/errors.ts";
import type { ServiceLimits } from "../deps.ts";
import { BUILD_FIELDS, BUILD_STATUSES } from "../openapi/index.ts";
import { MODEL_ID_PLACEHOLDER, type ExampleTarget } from "./exampleTarget.ts";
import { codeBlock, escapeHtml, inlineHtml, table } from "./html.ts";
import { noModelNote } from "./notes.ts";

export const CONTRACT_TOC = [
  { id: "examples", label: "Examples" },
  { id: "fields", label: "Request fields" },
  { id: "datatypes", label: "Datatypes" },
  { id: "responses", label: "Responses" },
  { id: "errors", label: "Errors" },
  { id: "accounts", label: "Accounts, keys and models" },
  { id: "client", label: "Client and command line" },
];

export function contractPage(limits: ServiceLimits, target: ExampleTarget): string {
  const { origin } = target;
  const id = target.model?.id ?? MODEL_ID_PLACEHOLDER;
  const fields = BUILD_FIELDS.map((f) => [`<code>${escapeHtml(f.name)}</code><br><span class="hint">${f.required ? "required" : "optional"}</span>`, inlineHtml(f.description)]);
  const statuses = BUILD_STATUSES.map(([status, when]) => [String(status), inlineHtml(when)]);
  const codes = Object.entries(ERROR_CATALOGUE).map(([code, e]) => [`<code id="${code}">${code}</code>`, String(e.httpStatus), escapeHtml(e.title)]);
  const script = 'export function build() { return Workplane("XY").box(10, 20, 5); }';
  return `<h1>The Build Service contract</h1>
<p class="lead">Every request to <code>/build</code> (or the original path <code>/parts/build</code>) builds a model in the format you choose and streams it back.</p>
<p>Send an API key, a ModelScript (<code>s</code>) or the id of a stored model (<code>id</code>), the output <code>type</code> and parameter values.
All values are strings, as sent over HTTP, converted to each parameter's datatype. Every operation of the service is in the <a href="/docs/rest">REST API reference</a>; the machine-readable description is <a href="/openapi.json">/openapi.json</a>.</p>
<h2 id="examples">Examples</h2>
${noModelNote(target)}<p>GET a stored model as STEP:</p>
${codeBlock(`curl -o part.step "${origin}/build?key=$KEY&id=${id}&type=STEP"`, "the GET example")}
<p>POST a script as a form (URLs are limited to about 4 KB, so POST scripts):</p>
${codeBlock(`curl -o box.stl ${origin}/build -H "Authorization: Bearer $KEY" \\\n  --data-urlencode type=STL --data-urlencode 's=${script}'`, "the form example")}
<p>POST JSON:</p>
${codeBlock(`curl -o part.stl ${origin}/build -H "X-API-Key: $KEY" -H "Content-Type: application/json" \\\n  -d '{"type": "STL", "id": "${id}"}'`, "the JSON example")}
<p>Send <code>If-None-Match</code> with a previous <code>ETag</code> to get <code>304 Not Modified</code>, which is not charged.</p>
<h2 id="fields">Request fields</h2>
${table(["field", "meaning"], fields)}
<p>Limits: scripts up to ${limits.maxScriptBytes} bytes, request bodies up to ${limits.maxBodyBytes} bytes,
${limits.ratePerSecond} requests per second per account, all its keys together, with bursts of ${limits.rateBurst} (then 429 with Retry-After);
slot time per minute ${limits.computeBudgets.perPlanMs.evaluation / 1000} s on the evaluation plan and ${limits.computeBudgets.perPlanMs.enterprise / 1000} s on the enterprise plan, failed builds included (then 429 COMPUTE_LIMITED with Retry-After).</p>
<h2 id="datatypes">Datatypes</h2>
<ul><li>Float: decimal or exponent notation (<code>1.5</code>, <code>-2e3</code>); not NaN or Infinity, no spaces.</li>
<li>Int: whole numbers only (<code>3</code>, <code>-7</code>); <code>3.5</code> and <code>1e2</code> are rejected.</li>
<li>Boolean: <code>true/false/1/0/yes/no/on/off</code>, any case.</li>
<li>Choice: exactly one of its choices. String: within <code>maxLength</code>, matching <code>pattern</code> whole.</li>
<li>Values outside <code>min</code>/<code>max</code> are errors.</li></ul>
<h2 id="responses">Responses</h2>
${table(["status", "when"], statuses)}
<h2 id="errors">Errors</h2>
<p>Every error is <code>application/problem+json</code> with <code>status</code>, <code>code</code>, <code>title</code>, <code>detail</code>, and where it applies <code>param</code>, <code>line</code>, <code>column</code>.</p>
${table(["code", "status", "title"], codes)}
<h2 id="accounts">Accounts, keys and models</h2>
<p>Sign up with <code>POST /api/accounts</code> (it answers 202 whether or not the email already has an account), then log in with <code>POST /api/session</code> (JSON <code>{"email", "password"}</code>; a session cookie; repeated failures wait, 429 with <code>Retry-After</code>),
create keys with <code>POST /api/keys</code> (the secret is shown once; managing keys needs the session, never a key), store models with <code>POST /api/models</code> (<code>{"name", "script", "visibility"}</code>),
read a model's parameter schema with <code>GET /api/models/:id</code>, and see usage with <code>GET /api/usage</code>. Each is in the <a href="/docs/rest">REST API reference</a>.</p>
<h2 id="client">Client and command line</h2>
<p>A typed client for Node and browsers, over <code>fetch</code>, with types generated from <a href="/openapi.json">/openapi.json</a>:</p>
${codeBlock(`import { PartforgeClient } from "partforge/client";\nconst client = new PartforgeClient({ baseUrl: "${origin}", apiKey });\nconst file = await client.build({ id: "${id}", type: "STEP" }); // bytes, etag, cache, downloadsRemaining`, "the client example", { language: "ts" })}
<p>The <code>partforge</code> command builds through the service with the key in <code>PARTFORGE_KEY</code>, <code>--key-file</code> or standard input (never a flag):</p>
${codeBlock(`PARTFORGE_KEY=… partforge build part.ts --server ${origin} --type step\npartforge models push part.ts --public --server ${origin} --key-file key.txt   # prints the id and page URL\npartforge models pull ${id} --server ${origin} -o part.ts`, "the command-line example")}`;
}
