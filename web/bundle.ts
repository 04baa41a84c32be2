/**
 * Bundles the browser code under `web/src` with esbuild: one ES module per page, shared chunks
 * (three.js, CodeMirror) split out, one stylesheet. In memory by default — the service serves
 * the result under `/assets/`; `web/build.ts` writes the same files to `dist/web/`.
 */
import { build, type Plugin } from "esbuild";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The pages, each an entry `web/src/pages/<page>.ts` served as `/assets/<page>.js`. */
export const WEB_PAGES = ["gallery", "model", "editor", "account", "login", "signup", "tester", "docs"] as const;
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

/** Entries besides the pages: the editor's TypeScript worker, `/assets/tsWorker.js`, loaded only when the editor starts it. */
export const WEB_WORKERS = ["tsWorker"] as const;

const TYPESCRIPT_LIB_DIR = fileURLToPath(new URL("../node_modules/typescript/lib/", import.meta.url));
const PARTFORGE_TYPES_DIR = fileURLToPath(new URL("../types/partforge/", import.meta.url));

/** TypeScript's lib files an ES2022 program reads: `lib.es2022.d.ts` and what it references, transitively. */
async function es2022LibFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const pending = ["es2022"];
  while (pending.length > 0) {
    const name = pending.pop()!;
    const path = `/lib/lib.${name}.d.ts`;
    if (path in files) continue;
    const text = await readFile(join(TYPESCRIPT_LIB_DIR, `lib.${name}.d.ts`), "utf8");
    files[path] = text;
    for (const match of text.matchAll(/\/\/\/\s*<reference lib="([^"]+)"/g)) pending.push(match[1]!.toLowerCase());
  }
  return files;
}

/** The virtual module `partforge:ts-declarations` (see web/src/editor/declarations.d.ts). */
const tsDeclarations: Plugin = {
  name: "partforge-ts-declarations",
  setup(build) {
    build.onResolve({ filter: /^partforge:ts-declarations$/ }, (args) => ({ path: args.path, namespace: "partforge-ts" }));
    build.onLoad({ filter: /.*/, namespace: "partforge-ts" }, async () => {
      const files = await es2022LibFiles();
      for (const entry of await readdir(PARTFORGE_TYPES_DIR, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith(".d.ts")) continue;
        const path = join(entry.parentPath, entry.name);
        files[`/types/partforge/${relative(PARTFORGE_TYPES_DIR, path).split(sep).join("/")}`] = await readFile(path, "utf8");
      }
      const contents = `export const DECLARATION_FILES = ${JSON.stringify(files)};\nexport const PARTFORGE_ENTRY = "/types/partforge/build/partforgeModule.d.ts";\n`;
      return { contents, loader: "js", watchFiles: [PARTFORGE_TYPES_DIR] };
    });
  },
};

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
    entryPoints: [...WEB_PAGES.map((page) => `src/pages/${page}.ts`), ...WEB_WORKERS.map((worker) => `src/editor/${worker}.ts`), "src/styles.css"],
    plugins: [tsDeclarations],
    // typescript.js reaches for Node's modules only when it runs under Node; the worker never does.
    external: ["fs", "path", "os", "crypto", "buffer", "inspector", "perf_hooks", "source-map-support", "@microsoft/typescript-etw"],
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
