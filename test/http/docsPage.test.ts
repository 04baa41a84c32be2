/**
 * The docs section (issue 19, point 4): every page inside the site's frame with the docs
 * navigation; the REST reference covers every operation of /openapi.json with curl lines for this
 * server and a model that exists here (and they work); the guide's and reference's scripts build;
 * the ModelScript reference shows the limits the code enforces; the modelling API reference is the
 * same as docs/api.md.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sections } from "../../docs/tools/apiDocs.ts";
import { DOCS_PAGES } from "../../src/http/docs/layout.ts";
import { OPTION_TEXT } from "../../src/http/docs/modelScriptReference.ts";
import { BUILD_FIELDS } from "../../src/http/openapi/index.ts";
import { DESCRIPTION_LIMITS, PARAM_KINDS, RESERVED_PARAM_NAMES } from "../../src/modelscript/index.ts";
import { ERROR_CATALOGUE } from "../../src/shared/errors.ts";
import { UNITS } from "../../src/shared/units.ts";
import { BOX_SCRIPT, signUpAndLogIn, startService, storeKinds, type TestService } from "./harness.ts";

const HOST = "parts.example.test:8123";
const ORIGIN = `http://${HOST}`;
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function decode(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name]!);
}

interface CodeBox {
  label: string;
  sample: boolean;
  code: string;
}

/** The page's code boxes, as the reader copies them. */
function codeBoxes(page: string): CodeBox[] {
  return [...page.matchAll(/<pre data-copy="([^"]*)"( data-sample="modelscript")?><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map((m) => ({
    label: decode(m[1]!),
    sample: m[2] !== undefined,
    code: decode(m[3]!),
  }));
}

type OpenApi = { paths: Record<string, Record<string, { operationId: string; summary: string }>>; components: { schemas: Record<string, unknown> } };

describe("the docs section", () => {
  let service: TestService;
  let cookie: string;
  const get = (url: string, headers: Record<string, string> = {}) => service.app.inject({ url, headers: { host: HOST, ...headers } });
  const page = async (url: string) => {
    const response = await get(url);
    assert.equal(response.statusCode, 200, url);
    return response.body;
  };

  before(async () => {
    const [sqlite] = await storeKinds();
    service = await startService(sqlite!, { limits: { maxScriptBytes: 123_457 } });
    cookie = await signUpAndLogIn(service.app, "docs-pages@example.com");
  });
  after(() => service.close());

  it("shows every page inside the site's frame: header, main navigation with Docs current, the docs navigation with this page current", async () => {
    for (const { path, title } of DOCS_PAGES) {
      const response = await get(path);
      assert.equal(response.statusCode, 200, path);
      assert.match(String(response.headers["content-security-policy"]), /script-src 'self'/);
      const body = response.body;
      assert.match(body, /<header class="site-header">/, path);
      assert.match(body, /<nav aria-label="Main">.*<a href="\/docs" aria-current="page">Docs<\/a>/, path);
      assert.match(body, /<script type="module" src="\/assets\/docs\.js"><\/script>/, path);
      assert.ok(body.includes(`<title>${title.replace(/"/g, "&quot;")} · partforge</title>`), `${path} title`);
      const docsNav = /<nav class="docs-nav" aria-label="Docs">([\s\S]*?)<\/nav>/.exec(body)?.[1] ?? "";
      for (const other of DOCS_PAGES) assert.ok(docsNav.includes(`<a href="${other.path}"${other.path === path ? ' aria-current="page"' : ""}>`), `${path} links ${other.path}`);
      assert.ok(body.includes("<h1>"), path);
    }
    const logged = await get("/docs/rest", { cookie });
    assert.match(logged.body, /<a href="\/account">Account<\/a>/, "the header knows who is logged in");
  });

  it("gives every problem type a target: /docs has an anchor for every error code", async () => {
    const body = await page("/docs");
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) assert.ok(body.includes(`<code id="${code}">${code}</code>`) && body.includes(entry.title.replace(/'/g, "&#39;")), code);
    const problem = (await get("/api/models/nope")).json() as { type: string; code: string };
    assert.equal(problem.type, `/docs#${problem.code}`);
  });

  it("gives every page unique ids, and every in-page link a target", async () => {
    for (const { path } of DOCS_PAGES) {
      const body = await page(path);
      const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), [], `${path}: duplicate ids`);
      const targets = new Set(ids);
      assert.deepEqual([...body.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!).filter((id) => !targets.has(id)), [], `${path}: links to no anchor`);
    }
  });

  it("while the server has no public model, says how to get an id and never makes one up", async () => {
    for (const path of ["/docs", "/docs/rest", "/docs/contract"]) {
      const body = await page(path);
      assert.match(body, /this server has no public model yet/, path);
      const boxes = codeBoxes(body);
      assert.ok(boxes.some((box) => box.code.includes("MODEL_ID")), path);
      for (const box of boxes) assert.doesNotMatch(box.code, /4hskpb69|localhost:8080/, `${path}: ${box.label}`);
    }
    const home = codeBoxes(await page("/docs"));
    assert.ok(home.some((box) => box.code === `curl -o part.step "${ORIGIN}/build?key=$KEY&id=MODEL_ID&type=STEP"`));
  });

  describe("with a public model on the server", () => {
    let modelId: string;
    let key: string;
    let document: OpenApi;
    let rest: string;

    before(async () => {
      const save = (visibility: string) =>
        service.app.inject({ method: "POST", url: "/api/models", headers: { cookie, "content-type": "application/json" }, payload: JSON.stringify({ script: BOX_SCRIPT, visibility }) });
      modelId = ((await save("public")).json() as { id: string }).id;
      await save("private");
      key = ((await service.app.inject({ method: "POST", url: "/api/keys", headers: { cookie, "content-type": "application/json" }, payload: { name: "docs" } })).json() as { secret: string }).secret;
      document = (await get("/openapi.json")).json() as OpenApi;
      rest = await page("/docs/rest");
    });

    it("describes every operation of /openapi.json on /docs/rest, each with its summary and a curl line, and every schema and error code", () => {
      const boxes = codeBoxes(rest);
      let operations = 0;
      for (const [path, item] of Object.entries(document.paths)) {
        for (const method of METHODS) {
          const operation = item[method];
          if (operation === undefined) continue;
          operations += 1;
          const section = new RegExp(`<section class="operation" id="${operation.operationId}"[^>]*>\\s*<h3[^>]*><span class="method method-${method}">${method.toUpperCase()}</span><code>${path.replace(/[{}]/g, "\\$&")}</code></h3>`);
          assert.match(rest, section, `${method} ${path}`);
          const curl = boxes.find((box) => box.label === `the curl line of ${method.toUpperCase()} ${path}`);
          assert.ok(curl?.code.startsWith("curl ") && curl.code.includes(`${ORIGIN}${path.replace(/\{[^}]+\}.*$/, "")}`), `curl for ${method} ${path}: ${curl?.code}`);
        }
      }
      assert.ok(operations > 30, `only ${operations} operations`);
      assert.match(rest, new RegExp(`<p class="lead">${operations} operations`));
      for (const name of Object.keys(document.components.schemas)) assert.ok(rest.includes(`id="schema-${name}"`), name);
      for (const code of Object.keys(ERROR_CATALOGUE)) assert.ok(rest.includes(`id="error-${code}"`), code);
    });

    it("aims every example at this server and the newest public model, with its real parameter and preset — never a made-up id", async () => {
      for (const path of ["/docs", "/docs/rest", "/docs/contract", "/docs/first-modelscript"]) {
        const body = await page(path);
        assert.doesNotMatch(body, /no public model yet/, path);
        assert.doesNotMatch(body, /e\.g\. <code>4hskpb69<\/code><\/span>/, `${path} gives the document's example id as a parameter's example`);
        for (const box of codeBoxes(body)) assert.doesNotMatch(box.code, /4hskpb69|localhost:8080|(?<!YOUR_)MODEL_ID/, `${path}: ${box.label}`);
      }
      const curl = (label: string) => codeBoxes(rest).find((box) => box.label === `the curl line of ${label}`)!.code;
      assert.equal(curl("GET /build"), `curl -o part.step "${ORIGIN}/build?key=$KEY&id=${modelId}&type=STEP&preset=short&p_length=20"`);
      assert.equal(curl("GET /api/models/{id}"), `curl ${ORIGIN}/api/models/${modelId}`);
      assert.equal(curl("DELETE /api/keys/{id}"), `curl -X DELETE ${ORIGIN}/api/keys/$KEY_ID \\\n  -b cookies.txt`);
      const contract = codeBoxes(await page("/docs/contract"));
      assert.ok(contract.some((box) => box.code.includes(`partforge models pull ${modelId} --server ${ORIGIN} -o part.ts`)));
      assert.ok(contract.some((box) => box.code.includes(`"id": "${modelId}"`)));
    });

    it("uses the configured public URL in the examples when there is one", async () => {
      const [sqlite] = await storeKinds();
      const configured = await startService(sqlite!, { edge: { publicUrl: "https://parts.partforge.dev/" } });
      try {
        const body = (await configured.app.inject({ url: "/docs/rest", headers: { host: HOST } })).body;
        const curl = codeBoxes(body).find((box) => box.label === "the curl line of GET /api/formats")!;
        assert.equal(curl.code, "curl https://parts.partforge.dev/api/formats");
        assert.doesNotMatch(body, /parts\.example\.test/);
      } finally {
        await configured.close();
      }
    });

    it("gives curl lines that work as they are, with a real key in place of $KEY", async () => {
      const curl = (label: string) => codeBoxes(rest).find((box) => box.label === `the curl line of ${label}`)!.code;
      const url = /"(http[^"]+)"/.exec(curl("GET /build"))![1]!.replace("$KEY", key).replace(ORIGIN, "");
      const built = await get(url);
      assert.equal(built.statusCode, 200, built.body);
      assert.equal(built.headers["content-type"], "model/step");
      const post = curl("POST /build");
      const body = /-d '([^']+)'/.exec(post)![1]!;
      const posted = await service.app.inject({ method: "POST", url: "/build", headers: { host: HOST, "x-api-key": key, "content-type": "application/json" }, payload: body });
      assert.equal(posted.statusCode, 200, posted.body);
      const model = await get(curl("GET /api/models/{id}").replace(`curl ${ORIGIN}`, ""));
      assert.equal(model.statusCode, 200);
    });
  });

  it("builds every complete script of the guide and the ModelScript reference", async () => {
    const samples = [...codeBoxes(await page("/docs/first-modelscript")), ...codeBoxes(await page("/docs/modelscript"))].filter((box) => box.sample);
    assert.ok(samples.length >= 5, `only ${samples.length} samples`);
    for (const sample of samples) {
      const response = await service.app.inject({
        method: "POST",
        url: "/build",
        headers: { cookie, "x-partforge-session": "1", "content-type": "application/json" },
        payload: { type: "STL", s: sample.code },
      });
      assert.equal(response.statusCode, 200, `${sample.label}: ${response.body.slice(0, 400)}`);
      const saved = await service.app.inject({ method: "POST", url: "/api/scripts/describe", headers: { cookie, "content-type": "application/json" }, payload: { script: sample.code } });
      assert.equal(saved.statusCode, 200, `${sample.label} describes: ${saved.body.slice(0, 400)}`);
    }
  });

  it("the sample check fails on a script that does not build (the extraction really reads the page)", async () => {
    const broken = codeBoxes(`<pre data-copy="x" data-sample="modelscript"><code>export function build() { return Workplane(&quot;XY&quot;).box(1, 1, 0); }</code></pre>`);
    assert.equal(broken.length, 1);
    const response = await service.app.inject({ method: "POST", url: "/build", headers: { cookie, "x-partforge-session": "1", "content-type": "application/json" }, payload: { type: "STL", s: broken[0]!.code } });
    assert.notEqual(response.statusCode, 200);
  });

  it("shows in the ModelScript reference every limit, kind, option, unit and reserved name from the code that enforces them", async () => {
    const body = await page("/docs/modelscript");
    for (const [name, value] of Object.entries(DESCRIPTION_LIMITS)) assert.ok(body.includes(`<span data-limit="${name}">${value}</span>`), name);
    assert.ok(body.includes('<span data-limit="maxScriptBytes">123457</span>'), "the server's own script limit, not a retyped one");
    for (const [kind, { type, options }] of Object.entries(PARAM_KINDS)) {
      assert.ok(body.includes(`<code>${kind}</code>`), kind);
      assert.ok(body.includes(`<code>${type}</code>`), type);
      for (const option of options) {
        assert.ok(body.includes(`<code id="option-${option}">${option}</code>`), option);
        assert.ok((OPTION_TEXT[option] ?? "").length > 0, `option ${option} has no explanation`);
      }
    }
    for (const unit of UNITS) assert.ok(body.includes(`<code>${unit}</code>`), unit);
    for (const name of RESERVED_PARAM_NAMES) assert.ok(body.includes(`<code>${name}</code>`), name);
    for (const id of ["parameters", "presets", "units", "metadata", "limits"]) assert.ok(body.includes(`<h2 id="${id}">`), id);
  });

  it("renders the modelling API reference from docs/api.md, generated from the signature tables: every section and entry, with its signature", async () => {
    const body = await page("/docs/api");
    const all = sections();
    const committed = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
    const headings = [...committed.matchAll(/^### `(.+)`$/gm)].map((m) => m[1]!);
    assert.ok(headings.length > 300);
    const shown = new Set([...body.matchAll(/<h3 id="[^"]+"><code>([^<]+)<\/code><\/h3>/g)].map((m) => decode(m[1]!)));
    for (const section of all) {
      assert.ok(body.includes(`<h2 id="api-${section.title.toLowerCase()}">`), section.title);
      for (const entry of section.entries) assert.ok(shown.has(entry.signature), `${section.title}: ${entry.signature}`);
    }
    for (const heading of headings.filter((h) => !h.includes("__init__"))) {
      assert.ok(shown.has(heading) || body.includes(heading.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")), `docs/api.md heading missing on the page: ${heading}`);
    }
  });

  it("keeps the Build Service contract reachable at /docs/contract: every field, the error catalogue, the client and the CLI", async () => {
    const body = await page("/docs/contract");
    for (const field of BUILD_FIELDS) assert.ok(body.includes(`<code>${field.name.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</code>`), field.name);
    for (const code of Object.keys(ERROR_CATALOGUE)) assert.ok(body.includes(`<code id="${code}">${code}</code>`), code);
    assert.match(body, /partforge\/client/);
  });
});
