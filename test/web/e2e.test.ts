/**
 * The web app end to end in Debian's Chromium (issue 7, point 7): sign up → create a key → open
 * a model page → the canvas shows the model → change a parameter and a preset → the view changes
 * → download STL (and STEP) and compare the bytes with `/build` for the same values → a bad value
 * shows an inline error → the key tester shows a built STL for a good key and a 403 for a bad one
 * → the editor marks a script error at its line and column, then saves a new model whose page works.
 *
 * The service runs in this process with the real sandboxed build pool (one slot, build cache).
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { CHROMIUM_MISSING, launchChromium, type Browser } from "./browser.ts";
import { changedShare, pixelStats } from "./pixels.ts";
import { DOCS_PAGES } from "../../src/http/docs/layout.ts";
import { checkScreen } from "./screens.ts";
import { startWebService, type WebTestService } from "./service.ts";

const BUILD_TIMEOUT_MS = 60_000;
const STANDOFF = "Hex standoff set";

const EDITOR_SCRIPT = `export const METADATA = { name: "Browser test washer", description: "Saved from the **editor**" };
export const p_outer = FloatParam({ min: 10, max: 60, default: 30, desc: "Outer diameter" });
export function build() {
  return Workplane("XY").circle(p_outer.value / 2).circle(5).extrude(3);
}
`;

const BROKEN_SCRIPT = `export const METADATA = { name: "Broken" };
export function build() {
  return Workplane("XY").box(10, 10, 10).fillet(;
}
`;

/** Waits until the status line says a build finished, with an ETag other than `previous`. */
async function waitForBuild(page: Page, previous?: string): Promise<string> {
  await page.waitForFunction(
    (before) => {
      const status = document.querySelector<HTMLElement>(".build-status");
      return status?.dataset.state === "ready" && status.dataset.etag !== undefined && status.dataset.etag !== before;
    },
    previous ?? null,
    { timeout: BUILD_TIMEOUT_MS },
  );
  return (await page.locator(".build-status").getAttribute("data-etag"))!;
}

/** Every input, select and textarea has a label (own `<label>`, `aria-label` or `aria-labelledby`). */
async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>("input, select, textarea"))
      .filter((control) => control.type !== "hidden" && !control.closest(".cm-editor"))
      .filter((control) => (control.labels?.length ?? 0) === 0 && !control.getAttribute("aria-label") && !control.getAttribute("aria-labelledby"))
      .map((control) => control.outerHTML.slice(0, 120)),
  );
}

describe("the web app in Chromium", { skip: CHROMIUM_MISSING }, () => {
  let service: WebTestService;
  let browser: Browser;
  let page: Page;
  let apiKey: string;
  let modelId: string;
  let firstView: Buffer;

  before(async () => {
    service = await startWebService(["bored-block.ts", "hex-standoff.js"]);
    modelId = service.seeded.models[0]!.id;
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(20_000);
  });
  after(async () => {
    await browser?.close();
    await service?.close();
  });

  it("signs up and lands on the account page", async () => {
    await page.goto(`${service.url}/signup`);
    assert.deepEqual(await unlabelledControls(page), []);
    await page.getByLabel("Email").fill("ann@example.com");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByLabel("Public name (optional)").fill("  Ann  Maker ");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${service.url}/account`);
    await page.getByText("Logged in as ann@example.com").waitFor();
    const publicName = page.getByRole("textbox", { name: "Public name" });
    assert.equal(await publicName.inputValue(), "Ann Maker");
    await publicName.fill("A");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByText("The display name must be 2 to 40 characters (it has 1).").waitFor();
    await publicName.fill("Ann Maker");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByText('Saved: your models now show "by Ann Maker".').waitFor();
  });

  it("creates an API key, shown once with a copy button, and lists it by prefix", async () => {
    await page.getByLabel("Name of the new key").fill("laptop");
    await page.getByRole("button", { name: "Create key" }).click();
    const secret = page.locator("input.secret");
    await secret.waitFor();
    apiKey = await secret.inputValue();
    assert.match(apiKey, /^pf_[a-z0-9]{8}_[\w-]{43}$/);
    await page.getByRole("button", { name: "Copy" }).waitFor();
    const row = page.locator("table.keys tbody tr");
    assert.equal(await row.count(), 1);
    assert.match(await row.innerText(), new RegExp(`laptop\\s+${apiKey.slice(0, 11)}…`));
    assert.deepEqual(await unlabelledControls(page), []);
    await page.reload();
    assert.equal(await page.locator("input.secret").count(), 0, "the secret is not shown again");
  });

  it("names a nameless key distinctly, keeps every new secret until it is dismissed, and keeps the keys usable at 390 px", async () => {
    await page.getByRole("button", { name: "Create key" }).click();
    await page.getByRole("region", { name: "New API key key 1" }).waitFor();
    await page.getByLabel("Name of the new key").fill("ci");
    await page.getByRole("button", { name: "Create key" }).click();
    await page.getByRole("region", { name: "New API key ci" }).waitFor();
    assert.equal(await page.locator("input.secret").count(), 2, "the first secret is still there");
    await page.getByRole("button", { name: "Dismiss the secret of key key 1" }).click();
    await page.getByRole("button", { name: "Dismiss the secret of key ci" }).click();
    assert.equal(await page.locator("input.secret").count(), 0);
    await page.setViewportSize({ width: 390, height: 800 });
    const deleteCi = page.getByRole("button", { name: "Delete key ci" });
    const box = (await deleteCi.boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `Delete is on screen at 390 px (x ${box.x}, width ${box.width})`);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 0, "no horizontal scroll");
    await deleteCi.click();
    await page.getByRole("button", { name: "Really delete key ci" }).click();
    await page.getByRole("button", { name: "Delete key key 1" }).click();
    await page.getByRole("button", { name: "Really delete key key 1" }).click();
    await page.waitForFunction(() => document.querySelectorAll("table.keys tbody tr").length === 1);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("opens a model page whose canvas shows the model", async () => {
    await page.goto(`${service.url}/m/${modelId}`);
    assert.match(page.url(), new RegExp(`/m/${modelId}$`));
    assert.equal(await page.locator(".model-author").innerText(), "by partforge examples");
    await page.getByRole("heading", { name: "Bored block" }).waitFor();
    await waitForBuild(page);
    await page.getByText("Size 100 × 20 × 10 mm").waitFor();
    for (const fact of ["mm", "CC-BY-4.0"]) await page.locator(".facts").getByText(fact, { exact: true }).waitFor();
    await page.waitForTimeout(300);
    firstView = await page.locator("canvas.viewer-canvas").screenshot();
    const stats = await pixelStats(page, firstView);
    assert.ok(stats.partShare > 0.03, `the part covers ${(stats.partShare * 100).toFixed(1)}% of the canvas`);
    assert.deepEqual(await unlabelledControls(page), []);
  });

  it("rebuilds on a parameter and on a preset, keeps the values in the URL, and the view changes", async () => {
    const etag = (await page.locator(".build-status").getAttribute("data-etag"))!;
    await page.getByRole("spinbutton", { name: /Length of the block/ }).fill("150");
    const afterLength = await waitForBuild(page, etag);
    await page.getByText("Size 150 × 20 × 10 mm").waitFor();
    assert.equal(new URL(page.url()).search, "?p_length=150");
    await page.waitForTimeout(300);
    const lengthView = await page.locator("canvas.viewer-canvas").screenshot();
    assert.ok((await changedShare(page, firstView, lengthView)) > 0.005, "the view changed after the length changed");

    await page.getByLabel("Preset").selectOption("long");
    await waitForBuild(page, afterLength);
    await page.getByText("Size 180 × 20 × 10 mm").waitFor();
    assert.equal(new URL(page.url()).search, "?preset=long");
    assert.equal(await page.getByRole("spinbutton", { name: /Length of the block/ }).inputValue(), "180");
    await page.waitForTimeout(300);
    const presetView = await page.locator("canvas.viewer-canvas").screenshot();
    assert.ok((await changedShare(page, lengthView, presetView)) > 0.005, "the view changed after the preset changed");
  });

  it("reloading the shared URL restores the configuration", async () => {
    await page.goto(`${service.url}/m/${modelId}?preset=long&p_holes=3&p_round=false`);
    await waitForBuild(page);
    assert.equal(await page.getByLabel("Preset").inputValue(), "long");
    assert.equal(await page.getByRole("spinbutton", { name: /Number of holes/ }).inputValue(), "3");
    assert.equal(await page.getByLabel(/Round the vertical edges/).isChecked(), false);
    await page.goto(`${service.url}/m/${modelId}?preset=long`);
    await waitForBuild(page);
  });

  it("looking is free: a page view and three value changes spend no download; Download STL spends exactly one, and the count shown follows", async () => {
    const accountId = (await service.store.findAccountByEmail("ann@example.com"))!.id;
    const downloads = async () => (await service.store.usageSummary(accountId)).downloads;
    await page.goto(`${service.url}/m/${modelId}`);
    let etag = await waitForBuild(page);
    await page.locator("#downloads-left").getByText("100 downloads left this month.").waitFor();
    const length = page.getByRole("spinbutton", { name: /Length of the block/ });
    for (const value of ["70", "90", "110"]) {
      await length.fill(value);
      etag = await waitForBuild(page, etag);
      await page.getByText(`Size ${value} × 20 × 10 mm`).waitFor();
    }
    assert.equal(await downloads(), 0, "viewing and customising spent no download");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download STL" }).click()]);
    assert.match(download.suggestedFilename(), /\.stl$/);
    await page.locator("#downloads-left").getByText("99 downloads left this month.").waitFor();
    assert.equal(await downloads(), 1, "one file, one download");
    // Reset and preview again: the count shown stays the account's, not a remembered answer's.
    await page.getByRole("button", { name: "Reset to defaults" }).click();
    await waitForBuild(page, etag);
    assert.equal(await page.locator("#downloads-left").innerText(), "99 downloads left this month.");
    assert.equal(await downloads(), 1);
  });

  it("warns when few downloads are left, and disables charged downloads when none are (free PNG and PROPS stay offered)", async () => {
    const account = (await service.store.findAccountByEmail("ann@example.com"))!;
    await service.store.setPlan(account.email, "evaluation", 4);
    await page.goto(`${service.url}/m/${modelId}`);
    await page.locator("#downloads-left.warning").getByText("Only 3 downloads left this month").waitFor();
    await service.store.setPlan(account.email, "evaluation", 1);
    await page.reload();
    await page.locator("#downloads-left").getByText("You have no downloads left this month").waitFor();
    assert.equal(await page.getByRole("button", { name: "Download STL" }).isDisabled(), true);
    assert.equal(await page.getByRole("button", { name: "Download PNG (free)" }).isDisabled(), false, "a free type stays offered");
    await service.store.setPlan(account.email, "evaluation", 100);
    await page.goto(`${service.url}/m/${modelId}?preset=long`);
    await waitForBuild(page);
  });

  it("downloads exactly the configuration in the form: STL and STEP bytes equal /build for the same values", async () => {
    for (const type of ["STL", "STEP"]) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Download ${type}` }).click()]);
      const downloaded = await readFile((await download.path())!);
      const viaApi = await fetch(`${service.url}/build?key=${apiKey}&id=${modelId}&type=${type}&preset=long`);
      assert.equal(viaApi.status, 200);
      assert.ok(downloaded.equals(Buffer.from(await viaApi.arrayBuffer())), `${type} download equals /build`);
    }
    const curlGet = await page.getByRole("textbox", { name: "GET", exact: true }).inputValue();
    assert.equal(curlGet, `curl -o ${modelId}.stl "${service.url}/build?key=$PARTFORGE_KEY&id=${modelId}&type=STL&preset=long"`);
    assert.match(await page.getByRole("textbox", { name: "POST (JSON)", exact: true }).inputValue(), new RegExp(`-d '\\{"id":"${modelId}","type":"STL","preset":"long"\\}'`));
    await page.goto(`${service.url}/account`);
    const firstRow = page.locator("section[aria-labelledby=usage-heading] tbody tr").first();
    await firstRow.getByRole("link", { name: "Bored block" }).waitFor();
    assert.doesNotMatch(await firstRow.innerText(), new RegExp(modelId), "the usage list names the model, not its id");
    await page.goto(`${service.url}/m/${modelId}?preset=long`);
    await waitForBuild(page);
  });

  it("shows a bad value inline next to its field and does not rebuild", async () => {
    const input = page.getByRole("spinbutton", { name: /Length of the block/ });
    await input.fill("500");
    await page.getByText("Must be at most 200.").waitFor();
    assert.equal(await input.getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator(".build-status").getAttribute("data-state"), "invalid");
    await input.fill("120");
    await waitForBuild(page);
    assert.equal(await page.getByText("Must be at most 200.").isVisible(), false);
  });

  it("key tester: a good key builds the sample STL into the viewer; a bad key shows 403 and the problem body", async () => {
    await page.goto(`${service.url}/tester`);
    assert.deepEqual(await unlabelledControls(page), []);
    await page.getByLabel("API key").fill(apiKey);
    await page.getByRole("button", { name: "Build with this key" }).click();
    await page.locator('#tester-status[data-status="200"]').waitFor({ timeout: BUILD_TIMEOUT_MS });
    assert.match(await page.locator("#tester-status").innerText(), /^HTTP 200 OK · model\/stl/);
    await page.locator('canvas.viewer-canvas[data-loaded="true"]').waitFor();
    await page.waitForTimeout(300);
    const stats = await pixelStats(page, await page.locator("canvas.viewer-canvas").screenshot());
    assert.ok(stats.partShare > 0.03, `the sample covers ${(stats.partShare * 100).toFixed(1)}% of the canvas`);

    await page.getByLabel("API key").fill("pf_notakey0_thisisnotavalidkeyatallxxxxxxxxxxxxxxxxxxxxx");
    await page.getByRole("button", { name: "Build with this key" }).click();
    await page.locator('#tester-status[data-status="403"]').waitFor();
    assert.match(await page.locator("#tester-status").innerText(), /HTTP 403 Forbidden · ACCESS_DENIED/);
    const body = JSON.parse(await page.locator("#tester-body").innerText());
    assert.equal(body.status, 403);
    assert.equal(body.code, "ACCESS_DENIED");
    assert.equal(await page.locator("canvas.viewer-canvas").isVisible(), false);
  });

  it("editor: marks a script error at its line and column, then saves a new public model whose page works", async () => {
    await page.goto(`${service.url}/editor`);
    const editor = page.locator(".cm-content");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(BROKEN_SCRIPT);
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    const diagnostic = page.locator(".diagnostic");
    await diagnostic.waitFor({ timeout: BUILD_TIMEOUT_MS });
    assert.match(await diagnostic.innerText(), /^Line 3, column \d+: /);
    await page.locator(".cm-lintRange-error").first().waitFor();

    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(EDITOR_SCRIPT);
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await page.locator('.build-status[data-state="ready"]').waitFor({ timeout: BUILD_TIMEOUT_MS });
    assert.equal(await page.locator(".diagnostic").count(), 0);
    await page.getByLabel("Visibility").selectOption("public");
    await page.getByRole("button", { name: "Save as new model" }).click();
    const link = page.locator("#open-model");
    await link.waitFor();
    const href = (await link.getAttribute("href"))!;
    assert.match(href, /^\/m\/[a-z0-9]{7,9}$/);
    assert.equal(new URL(page.url()).pathname, `/editor/${href.slice(3)}`);
    await link.click();
    await page.waitForURL(`${service.url}${href}`);
    await page.getByRole("heading", { name: "Browser test washer" }).waitFor();
    await waitForBuild(page);
    await page.getByText(/^Size (30|29\.\d+) × (30|29\.\d+) × 3 mm$/).waitFor();
    const stats = await pixelStats(page, await page.locator("canvas.viewer-canvas").screenshot());
    assert.ok(stats.partShare > 0.02, `the saved model covers ${(stats.partShare * 100).toFixed(1)}% of the canvas`);
  });

  it("gallery sorts by most downloaded: the block downloaded in these tests comes before the washer nobody downloaded", async () => {
    await page.goto(`${service.url}/`);
    await page.getByLabel("Sort by").selectOption("downloads");
    const names = () => page.locator("section[aria-labelledby=public-heading] .card h3").allInnerTexts();
    assert.deepEqual(await names(), ["Bored block", STANDOFF]);
    await page.getByText(/^mm · 3 parameters · \d+ downloads$/).first().waitFor();
    await page.getByText(/^mm · \d+ parameters · 0 downloads$/).first().waitFor();
    await page.getByLabel("Sort by").selectOption("name");
    assert.deepEqual(await names(), ["Bored block", STANDOFF].sort((a, b) => a.localeCompare(b)));
  });

  it("gallery search finds a model by its description; its owner sees the Markdown, unpublishes and deletes it on its page", async () => {
    await page.goto(`${service.url}/`);
    const byline = (name: string) => page.locator(".card", { has: page.getByRole("link", { name, exact: true }) }).locator(".card-author");
    assert.equal(await byline("Bored block").innerText(), "by partforge examples");
    assert.equal(await byline("Browser test washer").first().innerText(), "by Ann Maker (you)");
    await page.getByLabel("Search models").fill("ann maker");
    await page.locator("#gallery-count").getByText(/^\d+ models? match(es)? "ann maker"\.$/).waitFor();
    assert.equal(await page.getByRole("link", { name: "Bored block" }).isVisible(), false, "the author search hides the examples' author");
    await page.getByLabel("Search models").fill("from the EDITOR");
    await page.locator("#gallery-count").getByText('1 model matches "from the EDITOR".').waitFor();
    assert.equal(await page.getByRole("link", { name: "Bored block" }).isVisible(), false, "the search hides the others");
    await page.getByRole("link", { name: "Browser test washer" }).click();
    await page.locator(".markdown strong").getByText("editor").waitFor();
    await page.getByRole("button", { name: "Unpublish (make private)" }).click();
    await page.getByRole("button", { name: "Publish to the gallery" }).waitFor();
    await page.locator(".facts").getByText("private", { exact: true }).waitFor();
    const id = new URL(page.url()).pathname.slice(3);
    const anonymous = await fetch(`${service.url}/api/models/${id}`);
    assert.equal(anonymous.status, 404, "unpublished: others no longer see it");
    await page.getByRole("button", { name: "Delete this model" }).click();
    await page.getByRole("button", { name: 'Really delete "Browser test washer"' }).click();
    await page.waitForURL(`${service.url}/`);
    await page.getByRole("link", { name: "Bored block" }).first().waitFor();
    assert.equal(await page.getByRole("link", { name: "Browser test washer" }).count(), 0);
  });

  it("the docs are reached from the header, keep the site's frame, and copy a curl line for this server and a model that exists here", async () => {
    await page.goto(`${service.url}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Docs" }).click();
    await page.waitForURL(`${service.url}/docs`);
    await page.getByRole("navigation", { name: "Docs" }).getByRole("link", { name: "REST API" }).click();
    await page.waitForURL(`${service.url}/docs/rest`);
    await page.getByRole("heading", { name: "REST API reference" }).waitFor();
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: service.url });
    const copy = page.getByRole("button", { name: "Copy the curl line of GET /build", exact: true });
    await copy.click();
    await page.getByRole("button", { name: "Copied ✓" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const id = new RegExp(`^curl -o part\\.step "${service.url.replace(/[.]/g, "\\.")}/build\\?key=\\$KEY&id=([a-z0-9]{7,9})&type=STEP`).exec(copied)?.[1];
    assert.ok(id !== undefined, copied);
    assert.equal((await fetch(`${service.url}/api/models/${id}`)).status, 200, "the example's model exists here");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Gallery" }).click();
    await page.waitForURL(`${service.url}/`);
  });

  it("every page at 1280 and 390 px: screenshot saved, no console error, no horizontal scroll, every control named", async () => {
    const tour = await browser.context.newPage();
    const screens: [string, string, (p: Page) => Promise<void>][] = [
      ["/", "gallery", (p) => p.waitForFunction(() => document.querySelectorAll(".thumb img").length > 0 && !document.body.textContent!.includes("Rendering…"), null, { timeout: BUILD_TIMEOUT_MS }).then(() => undefined)],
      [`/m/${modelId}`, "model", (p) => waitForBuild(p).then(() => undefined)],
      ["/editor", "editor", (p) => p.locator(".cm-content").waitFor()],
      ["/account", "account", (p) => p.locator("#usage-summary").waitFor()],
      ["/tester", "tester", (p) => p.locator("main h1").waitFor()],
      ...DOCS_PAGES.map(({ path }): [string, string, (p: Page) => Promise<void>] => [path, path.slice(1).replace(/\//g, "-"), (p) => p.locator("main .code-box button").first().waitFor()]),
    ];
    const problems: string[] = [];
    for (const width of [1280, 390]) {
      for (const [path, name, ready] of screens) {
        const found = await checkScreen(tour, `${service.url}${path}`, name, width, ready);
        if (found.consoleErrors.length > 0) problems.push(`${path} at ${width}px: console errors ${JSON.stringify(found.consoleErrors)}`);
        if (found.horizontalScrollPx > 0) problems.push(`${path} at ${width}px: ${found.horizontalScrollPx}px of horizontal scroll`);
        if (found.unnamed.length > 0) problems.push(`${path} at ${width}px: unnamed ${found.unnamed.join(" | ")}`);
      }
    }
    await tour.close();
    assert.deepEqual(problems, []);
  });

  it("a visitor who is not logged in previews the values in the address for free and is asked to log in (keeping the address) to download", async () => {
    await browser.context.clearCookies();
    const anonymous = await browser.context.newPage();
    await anonymous.goto(`${service.url}/m/${modelId}?p_length=60`);
    await anonymous.locator('canvas.viewer-canvas[data-loaded="true"]').waitFor({ timeout: BUILD_TIMEOUT_MS });
    await anonymous.getByText("Size 60 × 20 × 10 mm").waitFor();
    assert.equal(await anonymous.getByRole("button", { name: "Download STL" }).isDisabled(), true);
    const signUp = anonymous.locator(".downloads").getByRole("link", { name: "sign up" });
    assert.equal(await signUp.getAttribute("href"), `/signup?next=${encodeURIComponent(`/m/${modelId}?p_length=60`)}`);
    const problems: string[] = [];
    for (const width of [1280, 390]) {
      for (const [path, name] of [["/login", "login"], ["/signup", "signup"], [`/m/${modelId}`, "model-visitor"]] as const) {
        const found = await checkScreen(anonymous, `${service.url}${path}`, name, width, (p) => p.locator("main h1").first().waitFor());
        if (found.consoleErrors.length + found.unnamed.length > 0 || found.horizontalScrollPx > 0) problems.push(`${path} at ${width}px: ${JSON.stringify(found)}`);
      }
    }
    assert.deepEqual(problems, []);
    await anonymous.close();
  });

});
