/**
 * Preloaded (`--import`) when the tests run on another Node than the one `node_modules` was
 * installed with: loads better-sqlite3's native addon from the build made for this Node (see
 * run.ts) instead of `node_modules/better-sqlite3/build`, which was compiled for another ABI.
 * The package's JavaScript is the same file either way; only the `.node` file differs.
 * Needs `module.registerHooks` (Node 22.15+), whose hooks see `require()` as well as `import`.
 */
import module from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join, sep } from "node:path";

const build = process.env.PARTFORGE_SQLITE_BUILD;
if (build === undefined || build === "") throw new Error("PARTFORGE_SQLITE_BUILD must name the better-sqlite3 build folder made for this Node (see test/nodeVersions/run.ts)");
const registerHooks = (module as { registerHooks?: (hooks: { resolve: ResolveHook }) => unknown }).registerHooks;
if (registerHooks === undefined) throw new Error(`Node ${process.version} has no module.registerHooks (22.15+): run the tests of this Node with its own node_modules`);

type ResolveHook = (specifier: string, context: unknown, nextResolve: (specifier: string, context: unknown) => { url: string }) => { url: string; shortCircuit?: boolean };

const INSTALLED_BUILD = `${sep}node_modules${sep}better-sqlite3${sep}build${sep}`;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    if (!resolved.url.startsWith("file:")) return resolved;
    const path = fileURLToPath(resolved.url);
    const at = path.lastIndexOf(INSTALLED_BUILD);
    if (at < 0 || !path.endsWith(".node")) return resolved;
    return { ...resolved, url: pathToFileURL(join(build, path.slice(at + INSTALLED_BUILD.length))).href, shortCircuit: true };
  },
});
