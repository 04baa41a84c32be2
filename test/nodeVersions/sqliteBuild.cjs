/**
 * Preloaded (`--require`, so that worker threads — the SQLite checkpointer — get it too; an
 * `--import` preload does not run in them) when the tests run on another Node than the one
 * `node_modules` was installed with: loads better-sqlite3's native addon from the build made for
 * this Node (see run.ts) instead of `node_modules/better-sqlite3/build`, which was compiled for
 * another ABI. The package's JavaScript is the same file either way; only the `.node` file differs.
 * Plain CommonJS: it runs before any TypeScript loader. Needs `module.registerHooks` (Node 22.15+),
 * whose hooks see `require()` as well as `import`.
 */
"use strict";
const { existsSync } = require("node:fs");
const module_ = require("node:module");
const { join, sep } = require("node:path");
const { fileURLToPath, pathToFileURL } = require("node:url");

const build = process.env.PARTFORGE_SQLITE_BUILD;
if (build === undefined || build === "") throw new Error("PARTFORGE_SQLITE_BUILD must name the better-sqlite3 build folder made for this Node (see test/nodeVersions/run.ts)");
if (typeof module_.registerHooks !== "function") throw new Error(`Node ${process.version} has no module.registerHooks (22.15+): run its tests with node_modules installed by this Node`);

const INSTALLED_BUILD = `${sep}node_modules${sep}better-sqlite3${sep}build${sep}`;

/**
 * The package loads its addon with `require(<absolute path>)` (the `bindings` package tries
 * `build/better_sqlite3.node`, `build/Debug/…`, `build/Release/…`, …): a path into the installed
 * build that exists in ours is redirected there, whether or not the installed one exists.
 * @param {string} specifier
 * @returns {string | undefined}
 */
function redirected(specifier) {
  const path = specifier.startsWith("file:") ? fileURLToPath(specifier) : specifier;
  const at = path.lastIndexOf(INSTALLED_BUILD);
  if (at < 0 || !path.endsWith(".node")) return undefined;
  const ours = join(build, path.slice(at + INSTALLED_BUILD.length));
  return existsSync(ours) ? pathToFileURL(ours).href : undefined;
}

module_.registerHooks({
  resolve(specifier, context, nextResolve) {
    const url = redirected(specifier);
    return url === undefined ? nextResolve(specifier, context) : { url, shortCircuit: true };
  },
});
