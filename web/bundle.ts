/**
 * Bundles the browser code under `web/src` with esbuild: one ES module per page, shared chunks
 * (three.js, CodeMirror) split out, one stylesheet. In memory by default — the service serves
 * the result under `/assets/`; `web/build.ts` writes the same files to `dist/web/`.
 */
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The pages, each an entry `web/src/pages/<page>.ts` served as `/assets/<page>.js`. */
export const WEB_PAGES = ["gallery", "model", "editor", "account", "login", "signup", "tester"] as const;
export type WebPage = (typeof WEB_PAGES)[number];

export interface WebAsset {
  body: Buffer;
  contentType: string;
  /** Strong ETag of the content, quoted. */
  etag: string;
  /** Chunk names carry a content hash, so they can be cached for good. */
  immutable: boolean;
}

const WEB_DIR = fileURLToPath(new URL("./", import.meta.url));
const STATIC_DIR = join(WEB_DIR, "static");
// esbuild needs an output folder to name files; with `write: false` nothing is written there.
const VIRTUAL_OUTDIR = join(WEB_DIR, "..", "dist", "web");

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
};

function contentTypeOf(name: string): string {
  const extension = name.slice(name.lastIndexOf("."));
  return CONTENT_TYPES[extension] ?? "application/octet-stream";
}

/** Bundles every page; returns the files by their path under `/assets/` (e.g. `model.js`, `chunks/…`). */
export async function bundleWeb(options: { minify?: boolean } = {}): Promise<Map<string, WebAsset>> {
  const result = await build({
    absWorkingDir: WEB_DIR,
    entryPoints: [...WEB_PAGES.map((page) => `src/pages/${page}.ts`), "src/styles.css"],
    tsconfig: join(WEB_DIR, "tsconfig.json"),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: options.minify ?? true,
    sourcemap: "linked",
    legalComments: "linked",
    entryNames: "[name]",
    chunkNames: "chunks/[name]-[hash]",
    outdir: VIRTUAL_OUTDIR,
    write: false,
    logLevel: "silent",
  });
  const assets = new Map<string, WebAsset>();
  const add = (name: string, body: Buffer) =>
    assets.set(name, {
      body,
      contentType: contentTypeOf(name),
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
      immutable: name.startsWith("chunks/"),
    });
  for (const file of result.outputFiles) add(relative(VIRTUAL_OUTDIR, file.path).split(sep).join("/"), Buffer.from(file.contents));
  // Files served as they are (the icon).
  for (const name of await readdir(STATIC_DIR)) add(name, await readFile(join(STATIC_DIR, name)));
  return assets;
}
