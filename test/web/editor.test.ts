/**
 * The editor helps while you type (issue 19, point 2), in Debian's Chromium: type errors against
 * the `partforge` declarations and import-policy errors appear without a build; completion offers
 * the modelling API; Ctrl+Enter previews instead of inserting a line; the saved model's parameter
 * form feeds previews; saving turns the page into that model's editor and a second save is a
 * revision, not a copy.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { CHROMIUM_MISSING, launchChromium, type Browser } from "./browser.ts";
import { startWebService, type WebTestService } from "./service.ts";

const BUILD_TIMEOUT_MS = 60_000;
const CHECK_TIMEOUT_MS = 30_000;

const PLATE = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Editor test plate", description: "A square plate" };
export const p_size = FloatParam({ min: 10, max: 50, default: 20, desc: "Size" });
export function build() {
  return Workplane("XY").box(p_size.value, p_size.value, 2);
}
`;

async function setScript(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
}

async function checkState(page: Page, state: "clean" | "problems"): Promise<string> {
  await page.locator(`#check-status[data-state="${state}"]`).waitFor({ timeout: CHECK_TIMEOUT_MS });
  return page.locator("#check-list").innerText();
}

/** Waits until the problems listed while typing match `pattern`; returns them. */
async function problemsMatching(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([source, flags]) => new RegExp(source!, flags).test(document.querySelector<HTMLElement>("#check-list")?.innerText ?? ""),
    [pattern.source, pattern.flags],
    { timeout: CHECK_TIMEOUT_MS },
  );
  return page.locator("#check-list").innerText();
}

describe("the editor helps while you type", { skip: CHROMIUM_MISSING }, () => {
  let service: WebTestService;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    service = await startWebService([]);
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(20_000);
    page.on("console", (message) => {
      // A refused script's 400 from /api/scripts/describe is the answer the page expects; Chromium logs every 4xx.
      if (message.type() === "error" && !(message.text().includes("status of 400") && message.location().url.endsWith("/api/scripts/describe"))) consoleErrors.push(message.text());
    });
    await page.goto(`${service.url}/signup`);
    await page.getByLabel("Email").fill("editor@example.com");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${service.url}/account`);
  });
  after(async () => {
    await browser?.close();
    await service?.close();
  });

  it("checks the starter script clean, then flags a type error and a refused import without a build", async (t) => {
    const started = Date.now();
    const worker = page.waitForResponse((response) => new URL(response.url()).pathname === "/assets/tsWorker.js");
    await page.goto(`${service.url}/editor`);
    assert.equal(await checkState(page, "clean"), "");
    const bytes = (await (await worker).body()).length;
    t.diagnostic(`editor opened to first clean check in ${Date.now() - started} ms; tsWorker.js ${Math.round(bytes / 1024)} KiB`);
    await setScript(page, PLATE.replace("  return", "  const h: string = p_size.value / 2;\n  return"));
    const list = await problemsMatching(page, /not assignable/);
    assert.match(list, /^Line 5, column 9: Type 'number' is not assignable to type 'string'\.$/m);
    await page.locator(".cm-lintRange-error").first().waitFor();
    assert.equal(await page.locator(".build-status").getAttribute("data-state"), "idle", "no build was started");

    await setScript(page, `import { readFileSync } from "fs";\n${PLATE}`);
    assert.match(await problemsMatching(page, /"fs"/), /^Line 1, column 30: import of "fs" is not allowed: a ModelScript can only import from "partforge"$/m);
    await setScript(page, `${PLATE}const fs = require("fs");\n`);
    assert.match(await problemsMatching(page, /require/), /^Line 7, column 12: require\("fs"\) is not allowed: a ModelScript can only import from "partforge", with an import statement$/m);
    await setScript(page, PLATE.replace("2);", "2;"));
    assert.match(await problemsMatching(page, /expected/), /^Line 5, column \d+: '\)' expected\.$/m);
    // The globals every ModelScript has (no import) type-check too; a typo does not.
    await setScript(page, PLATE.replace(/^import .*\n/, "").replace(".box(", ".boxx("));
    assert.match(await problemsMatching(page, /boxx/), /Property 'boxx' does not exist on type/);
    await setScript(page, PLATE.replace(/^import .*\n/, ""));
    await checkState(page, "clean");

    // The declarations as the server reads them (POST /api/scripts/describe, no build): a default
    // outside its range is marked at its line, and the parameter form follows the script unsaved.
    await setScript(page, PLATE.replace("default: 20", "default: 99"));
    assert.match(await problemsMatching(page, /default/), /^Line 3, column \d+: .*default.*$/m);
    await setScript(page, PLATE.replace('desc: "Size"', 'desc: "Plate size"'));
    await page.getByRole("spinbutton", { name: /Plate size/ }).waitFor({ timeout: CHECK_TIMEOUT_MS });
    await checkState(page, "clean");
    assert.equal(await page.locator(".build-status").getAttribute("data-state"), "idle", "still no build");
  });

  it("completes the modelling API after cq.Workplane(\"XY\"). and shows hover docs", async () => {
    await setScript(page, `import * as cq from "partforge";\nexport function build() {\n  return cq.Workplane("XY").`);
    const options = page.locator(".cm-tooltip-autocomplete li");
    await options.first().waitFor({ timeout: CHECK_TIMEOUT_MS });
    const labels = await options.allInnerTexts();
    assert.ok(labels.some((label) => label.trim().startsWith("box")), `offered: ${labels.slice(0, 20).join(", ")}`);
    await page.keyboard.press("Escape");

    await setScript(page, PLATE);
    await checkState(page, "clean");
    // Hover the "box" of `.box(`: its signature and CadQuery-derived docs show in a tooltip.
    const at = await page.evaluate(() => {
      const line = Array.from(document.querySelectorAll(".cm-line")).find((element) => element.textContent?.includes(".box("))!;
      // The "o" of "box(", found by offset in the line's text (highlighting splits tokens into spans).
      const target = line.textContent!.indexOf(".box(") + 2;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let start = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (target >= start + length) {
          start += length;
          continue;
        }
        const range = document.createRange();
        range.setStart(node, target - start);
        range.setEnd(node, target - start + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return undefined;
    });
    assert.ok(at);
    await page.mouse.move(at.x, at.y);
    const tooltip = page.locator(".cm-tooltip-hover .ts-hover-signature");
    await tooltip.waitFor({ timeout: CHECK_TIMEOUT_MS });
    assert.match(await tooltip.innerText(), /box\(/);
  });

  it("previews with Ctrl+Enter without inserting a line, and wraps long lines", async () => {
    await setScript(page, `${PLATE}// ${"a long comment ".repeat(40)}\n`);
    const wrapped = await page.locator(".cm-scroller").evaluate((scroller) => scroller.scrollWidth <= scroller.clientWidth + 1);
    assert.ok(wrapped, "a long line wraps instead of scrolling sideways");
    await setScript(page, PLATE);
    const lines = await page.locator(".cm-line").count();
    assert.notEqual(await page.locator(".build-status").getAttribute("data-state"), "ready");
    await page.keyboard.press("Control+Enter");
    await page.locator('.build-status[data-state="ready"]').waitFor({ timeout: BUILD_TIMEOUT_MS });
    assert.equal(await page.locator(".cm-line").count(), lines);
  });

  it("after the first save the page is the model's editor; its form's values are previewed; Save revision adds a revision", async () => {
    await page.getByRole("button", { name: "Save as new model" }).click();
    const id = (await page.locator("#model-id").innerText({ timeout: BUILD_TIMEOUT_MS })).trim();
    assert.equal(new URL(page.url()).pathname, `/editor/${id}`);
    assert.equal(await page.title(), "Edit Editor test plate · partforge");
    await page.getByRole("heading", { name: "Edit Editor test plate" }).waitFor();
    assert.equal(await page.locator("#model-page-link").getAttribute("href"), `/m/${id}`);

    await page.getByRole("spinbutton", { name: /Size/ }).fill("35");
    const sent = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/preview" && request.method() === "POST");
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    const body = JSON.parse((await sent).postData() ?? "{}") as Record<string, unknown>;
    assert.equal(body.p_size, "35");
    await page.locator('.build-status[data-state="ready"]').waitFor({ timeout: BUILD_TIMEOUT_MS });
    await page.getByRole("spinbutton", { name: /Size/ }).fill("99");
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await page.locator('.build-status[data-state="error"]').waitFor();

    await setScript(page, PLATE.replace(", 2)", ", 3)"));
    await page.getByRole("button", { name: "Save revision" }).click();
    await page.getByText(/revision 2/).first().waitFor({ timeout: BUILD_TIMEOUT_MS });
    assert.equal((await page.locator("#model-id").innerText()).trim(), id);
    const mine = await page.evaluate(async () => {
      const response = await fetch("/api/models", { credentials: "same-origin" });
      return ((await response.json()) as { models: { id: string; mine: boolean; revision: number }[] }).models.filter((m) => m.mine);
    });
    assert.deepEqual(mine.map((m) => [m.id, m.revision]), [[id, 2]]);
    assert.deepEqual(consoleErrors, []);
  });
});
