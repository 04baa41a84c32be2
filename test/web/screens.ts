/**
 * Screens checked by eye and by rule (issue 19, point 6): a tour of every page at 1280 and 390 px
 * that saves a full-page screenshot of each into `artifacts/screens/` (git-ignored; CI keeps it
 * as an artifact) and reports, per page, console errors and uncaught page errors, horizontal
 * scroll, and interactive elements without an accessible name. The evaluated function declares
 * no named inner functions (tsx would wrap them in a `__name` helper the page lacks).
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";

export const SCREENS_DIR = new URL("../../artifacts/screens/", import.meta.url).pathname;
const MAX_SHOT_HEIGHT_PX = 12_000;

export interface ScreenFindings {
  consoleErrors: string[];
  horizontalScrollPx: number;
  unnamed: string[];
}

/** Interactive elements a screen reader could not name: no label, aria-label(ledby), title, alt or text. */
export async function unnamedInteractive(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])'))
      .filter((element) => !(element instanceof HTMLInputElement && element.type === "hidden"))
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => {
        if (element.getAttribute("aria-label")?.trim()) return false;
        const labelledBy = element.getAttribute("aria-labelledby");
        if (labelledBy && labelledBy.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return false;
        const labels = (element as HTMLInputElement).labels;
        if (labels && Array.from(labels).some((label) => label.textContent?.trim())) return false;
        if (element.getAttribute("title")?.trim()) return false;
        const tag = element.tagName;
        if ((tag === "A" || tag === "BUTTON" || tag === "SUMMARY" || element.getAttribute("role")) && (element.textContent?.trim() || element.querySelector("img[alt]:not([alt=''])"))) return false;
        return true;
      })
      .map((element) => element.outerHTML.slice(0, 140)),
  );
}

/** Loads `url` in `page` at `width`, waits for `ready`, saves `name-width.png`, and reports what is wrong. */
export async function checkScreen(page: Page, url: string, name: string, width: number, ready: (page: Page) => Promise<void>): Promise<ScreenFindings> {
  const consoleErrors: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  };
  const onPageError = (error: Error) => consoleErrors.push(`uncaught: ${error.message}`);
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  try {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    await ready(page);
    await mkdir(SCREENS_DIR, { recursive: true });
    // A very long page (the modelling API reference) is saved down to MAX_SHOT_HEIGHT_PX: Chromium
    // takes minutes over a full-page image of it; the checks below still cover the whole page.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const clip = height > MAX_SHOT_HEIGHT_PX ? { clip: { x: 0, y: 0, width, height: MAX_SHOT_HEIGHT_PX } } : {};
    await page.screenshot({ path: join(SCREENS_DIR, `${name}-${width}.png`), fullPage: true, ...clip });
    const horizontalScrollPx = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    return { consoleErrors, horizontalScrollPx, unnamed: await unnamedInteractive(page) };
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
  }
}
