/**
 * Python in the web app (issue 17, point 6), in Debian's Chromium: a CQGI script pasted into the
 * editor switches it to CodeMirror's Python mode (no TypeScript checks), previews build it with
 * `lang=python`, and a NameError is shown at its line in the `.py` text; the language selector
 * offers the Python starter; saving sends `language: "py"`; a Python model's page labels the
 * language and shows its source highlighted as Python, with the same downloads as any model.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { CHROMIUM_MISSING, launchChromium, type Browser } from "./browser.ts";
import { startWebService, type WebTestService } from "./service.ts";

const BUILD_TIMEOUT_MS = 60_000;
const CHECK_TIMEOUT_MS = 30_000;

/** A CQGI script as CadQuery's users write them: constants are the parameters, show_object names the result. */
const CQGI = `import cadquery as cq

# CQGI: the top-level constants are the parameters
height = 12.0
width = 30.0
thickness = 8.0
describe_parameter(height, "the height of the block")

result = cq.Workplane("XY").box(width, width, height)
if thickness > 5:
    result = result.faces(">Z").workplane().hole(thickness)
show_object(result, name="block")
`;

/** Pastes `text` over the whole script, as a person pasting from the clipboard does (a real paste event). */
async function pasteScript(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.locator(".cm-content").evaluate((content, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    content.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The texts of the tokens CodeMirror highlighted with `tokenClass` (e.g. `tok-keyword`) in `scope`. */
async function tokens(page: Page, scope: string, tokenClass: string): Promise<string[]> {
  return page.locator(`${scope} .cm-content .${tokenClass}`).allInnerTexts();
}

describe("Python in the editor and on the model page", { skip: CHROMIUM_MISSING }, () => {
  let service: WebTestService;
  let browser: Browser;
  let page: Page;
  let modelId: string;
  const consoleErrors: string[] = [];
  const workerLoads: string[] = [];

  before(async () => {
    service = await startWebService(["bored-block.ts"]);
    modelId = service.seeded.models[0]!.id;
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(20_000);
    page.on("console", (message) => {
      // Chromium logs every 4xx/5xx; a refused script's answer (describe, a failed preview, a refused save) is what the page expects.
      const expected = /status of (400|500)/.test(message.text()) && /\/api\/(scripts\/describe|preview|models)$/.test(message.location().url);
      if (message.type() === "error" && !expected) consoleErrors.push(message.text());
    });
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/assets/tsWorker.js") workerLoads.push(page.url());
    });
    await page.goto(`${service.url}/signup`);
    await page.getByLabel("Email").fill("python@example.com");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${service.url}/account`);
  });
  after(async () => {
    await browser?.close();
    await service?.close();
  });

  it("opens /editor?lang=python on the Python starter in Python mode, never loading the TypeScript checker; the selector swaps starters; completion is Python's", async () => {
    await page.goto(`${service.url}/editor?lang=python`);
    await page.locator('.cm-content[data-language="python"]').waitFor();
    assert.equal(await page.getByLabel("Language").inputValue(), "py");
    assert.ok((await tokens(page, ".code-editor", "tok-keyword")).includes("def"), "def is a Python keyword");
    assert.match((await tokens(page, ".code-editor", "tok-comment")).join("\n"), /^# A ParametricParts ModelScript/m);
    // The Python checks ran (the status left "checking" for the service's answer, or has it): none is TypeScript's.
    await page.waitForFunction(() => document.querySelector<HTMLElement>("#check-status")?.textContent !== "Checking the script…", null, { timeout: CHECK_TIMEOUT_MS });
    const sources = await page.locator("#check-list .diagnostic").evaluateAll((items) => items.map((item) => item.getAttribute("data-source")));
    assert.deepEqual(sources.filter((source) => source !== "declarations"), [], "no TypeScript diagnostics on Python");
    assert.deepEqual(workerLoads, [], "the TypeScript worker is not started for a Python script");

    await page.getByLabel("Language").selectOption("ts");
    await page.locator('.cm-content[data-language="typescript"]').waitFor();
    assert.match(await page.locator(".cm-content").innerText(), /^import \{ Workplane, FloatParam, IntParam, BooleanParam \} from "partforge";/);
    await page.getByLabel("Language").selectOption("py");
    await page.locator('.cm-content[data-language="python"]').waitFor();
    assert.match(await page.locator(".cm-content").innerText(), /^# A ParametricParts ModelScript/);

    // Completion is Python's: the script's own names and Python's built-ins.
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nx = rang");
    await page.keyboard.press("Control+Space");
    const options = page.locator(".cm-tooltip-autocomplete li");
    await options.first().waitFor({ timeout: CHECK_TIMEOUT_MS });
    assert.ok((await options.allInnerTexts()).some((label) => label.trim().startsWith("range")));
    await page.keyboard.press("Escape");
    await page.keyboard.type("e(3)\ny = p_len");
    await page.keyboard.press("Control+Space");
    await options.first().waitFor({ timeout: CHECK_TIMEOUT_MS });
    assert.ok((await options.allInnerTexts()).some((label) => label.trim().startsWith("p_length")));
    await page.keyboard.press("Escape");
  });

  it("switches to Python when a CQGI script is pasted, previews it with lang=python, and shows a NameError at its Python line", async () => {
    await page.goto(`${service.url}/editor`);
    await page.locator('.cm-content[data-language="typescript"]').waitFor();
    assert.equal(await page.getByLabel("Language").inputValue(), "ts");
    await pasteScript(page, CQGI);
    await page.locator('.cm-content[data-language="python"]').waitFor();
    assert.equal(await page.getByLabel("Language").inputValue(), "py");
    const keywords = await tokens(page, ".code-editor", "tok-keyword");
    assert.ok(keywords.includes("import") && keywords.includes("if"), `keywords: ${keywords.join(", ")}`);
    assert.deepEqual(await tokens(page, ".code-editor", "tok-comment"), ["# CQGI: the top-level constants are the parameters"]);

    const sent = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/preview" && request.method() === "POST");
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    const body = JSON.parse((await sent).postData() ?? "{}") as Record<string, unknown>;
    assert.equal(body.lang, "python");
    assert.equal(body.s, CQGI);
    await page.locator('.build-status[data-state="ready"]').waitFor({ timeout: BUILD_TIMEOUT_MS });

    // A typo on line 10 (`thicknes`): the service's NameError is listed and marked at that line and column.
    await pasteScript(page, CQGI.replace("if thickness > 5:", "if thicknes > 5:"));
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await page.locator('.build-status[data-state="error"]').waitFor({ timeout: BUILD_TIMEOUT_MS });
    const problems = await page.getByRole("list", { name: "Script errors" }).innerText();
    assert.match(problems, /^Line 10, column 4: NameError: name 'thicknes' is not defined$/m);
    const marked = page.locator(".cm-lintRange-error");
    await marked.first().waitFor();
    assert.deepEqual(await marked.allInnerTexts(), ["thicknes"]);
    // The service's describe run of the same text answers clean (a NameError is found by running);
    // that later check round keeps the preview's mark, whichever of the two answered first.
    await page.locator('#check-status[data-state="clean"]').waitFor({ timeout: CHECK_TIMEOUT_MS });
    await page.waitForTimeout(500);
    assert.deepEqual(await marked.allInnerTexts(), ["thicknes"], "the preview's mark survives the check round");
    assert.equal(await page.getByLabel("Language").inputValue(), "py", "still Python");
  });

  it("saves a Python script with language \"py\"", async () => {
    await pasteScript(page, CQGI);
    const sent = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/models" && request.method() === "POST");
    await page.getByRole("button", { name: "Save as new model" }).click();
    const body = JSON.parse((await sent).postData() ?? "{}") as Record<string, unknown>;
    assert.equal(body.language, "py");
    assert.equal(body.script, CQGI);
  });

  it(
    "a stored Python model: saved from the editor, its page says Python, shows the source as Python and previews it",
    async () => {
      const id = (await page.locator("#model-id").innerText({ timeout: BUILD_TIMEOUT_MS })).trim();
      const stored = await page.evaluate(async (modelId) => ((await (await fetch(`/api/models/${modelId}`)).json()) as { language: string }).language, id);
      assert.equal(stored, "py");
      await page.goto(`${service.url}/editor/${id}`);
      await page.locator('.cm-content[data-language="python"]').waitFor();
      assert.equal(await page.getByLabel("Language").inputValue(), "py", "a stored Python model opens in Python mode");
      await page.goto(`${service.url}/m/${id}`);
      assert.match(await page.locator(".facts").innerText(), /Language:?\s*Python/);
      await page.locator('.build-status[data-state="ready"]').waitFor({ timeout: BUILD_TIMEOUT_MS });
      await page.locator("#model-source summary").click();
      await page.locator('#model-source .cm-content[data-language="python"]').waitFor();
      assert.ok((await tokens(page, "#model-source", "tok-keyword")).includes("import"));
    },
  );

  it("the page of a model whose language is \"py\" labels it Python and shows its source highlighted as Python; the downloads are unchanged", async () => {
    // The same model page for the seeded TypeScript model first: its downloads are the reference.
    await page.goto(`${service.url}/m/${modelId}`);
    const typeScriptDownloads = await page.locator(".download-buttons button").evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-type")));
    assert.ok(typeScriptDownloads.length > 3);
    assert.match(await page.locator(".facts").innerText(), /Language:?\s*TypeScript/);

    // The model as a Python model: GET /api/models/:id answers with language "py" and a Python
    // script (the page's whole view of the model comes from that answer).
    const path = `/api/models/${modelId}`;
    await page.route(`${service.url}${path}`, async (route) => {
      const response = await route.fetch();
      const model = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...model, language: "py", script: CQGI } });
    });
    try {
      await page.goto(`${service.url}/m/${modelId}`);
      await page.locator(".download-buttons button").first().waitFor();
      assert.match(await page.locator(".facts").innerText(), /Language:?\s*Python/);
      const pythonDownloads = await page.locator(".download-buttons button").evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-type")));
      assert.deepEqual(pythonDownloads, typeScriptDownloads);
      const source = page.locator("#model-source");
      assert.equal(await source.locator("summary").innerText(), "Source · Python");
      await source.locator("summary").click();
      await source.locator('.cm-content[data-language="python"]').waitFor();
      assert.equal(await source.getByRole("textbox", { name: /^Python source of / }).count(), 1);
      const keywords = await tokens(page, "#model-source", "tok-keyword");
      assert.ok(keywords.includes("import") && keywords.includes("if"), `keywords: ${keywords.join(", ")}`);
      assert.deepEqual(await tokens(page, "#model-source", "tok-comment"), ["# CQGI: the top-level constants are the parameters"]);
      assert.equal(await source.locator(".cm-lineNumbers .cm-gutterElement").last().innerText(), "13");
    } finally {
      await page.unroute(`${service.url}${path}`);
    }
    assert.deepEqual(consoleErrors, []);
  });
});
