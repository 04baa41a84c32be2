/**
 * replicad, bundled into the slot with every catch clause reporting what it caught (issue 12,
 * point 3). A script can recurse to near the stack limit and then call the modelling API; an
 * overflow raised inside replicad may then be swallowed by one of replicad's own catch clauses
 * (`catch (e) { curveToPoint = Infinity }`) and the build would end normally, leaving the slot in
 * service. Each clause and non-empty `finally` of replicad's files is instrumented like a
 * script's (modelscript/instrument.ts), with the hook imported from shared/stackOverflow.ts by
 * absolute path: the bundler gives that file one module instance, the one the slot reads.
 *
 * replicad is bundled, not external, so that the kernel layer (which imports it), the modelling
 * API and the slot all use this one instrumented copy; no other package imports replicad.
 */
import { readFile } from "node:fs/promises";
import { dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "acorn";
import type { Plugin } from "esbuild";
import { CAUGHT_HOOK, catchInstrumentation, RESERVED_PREFIX } from "../../modelscript/instrument.ts";
import { applyInsertions } from "../../modelscript/sourceEdits.ts";

/** The package bundled with instrumentation. */
export const INSTRUMENTED_PACKAGE = "replicad";
const STACK_OVERFLOW = fileURLToPath(new URL("../../shared/stackOverflow.ts", import.meta.url));

/** Where replicad's files are: the directory of its ES module entry. */
export function instrumentedPackageDir(): string {
  return dirname(fileURLToPath(import.meta.resolve(INSTRUMENTED_PACKAGE))) + sep;
}

/** Resolves `replicad` into the bundle and instruments every file of its `dist` directory. */
export function instrumentedReplicad(): Plugin {
  const dir = instrumentedPackageDir();
  return {
    name: "partforge-instrumented-replicad",
    setup(builder) {
      builder.onResolve({ filter: /^replicad$/ }, () => ({ path: fileURLToPath(import.meta.resolve(INSTRUMENTED_PACKAGE)) }));
      builder.onLoad({ filter: /\.m?js$/ }, async ({ path }) => {
        if (!path.startsWith(dir)) return undefined;
        return { contents: instrumentLibrary(await readFile(path, "utf8"), path), loader: "js", resolveDir: dirname(path) };
      });
    },
  };
}

/**
 * `code` (an ES module of `file`) with each catch clause and non-empty `finally` reporting to
 * partforge's hook, imported on the first line (no line moves).
 * @throws Error when the code already uses partforge's reserved names (it would shadow the hook).
 */
export function instrumentLibrary(code: string, file: string): string {
  if (code.includes(RESERVED_PREFIX)) throw new Error(`${file} uses ${RESERVED_PREFIX}, a prefix partforge's instrumentation reserves`);
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module" });
  const { code: edited } = applyInsertions(code, catchInstrumentation(program), []);
  return `import { caughtHook as ${CAUGHT_HOOK} } from ${JSON.stringify(STACK_OVERFLOW)}; ${edited}`;
}
