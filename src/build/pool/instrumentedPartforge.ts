/**
 * partforge's own code, bundled into the slot with every function body, catch clause and
 * non-empty `finally` reporting what passes through it (issue 12, point 3). A script reaches
 * partforge's functions (the scope, methods, accessors, closures it is handed) and can let V8
 * call them instead of calling them itself: as a Promise executor, a `then`/`catch`/`finally`
 * callback, a thenable's `then`, an iterator's `return`. What such a function throws then becomes
 * a rejection or is discarded without passing any script frame, so the script's instrumentation
 * never sees it — however the script then observes it (`catch`, `allSettled`, `any`, its own
 * reject function, or not at all). Instrumenting partforge's code at its source closes that
 * whole class: an overflow raised in partforge (or in replicad, the kernel or a package partforge
 * calls) is reported by the partforge frame it leaves, whoever catches it afterwards.
 *
 * Each `.ts` file of `src/` the slot bundle loads is compiled to JavaScript with the project's
 * tsconfig (as the bundler would), instrumented like a script (modelscript/instrument.ts), and
 * imports the hook from shared/stackOverflow.ts by absolute path — the one file left as it is,
 * being the hook itself. Code outside the slot (the server, the CLI, tests) is not instrumented.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, type Comment } from "acorn";
import { transform, type Plugin } from "esbuild";
import { CAUGHT_HOOK, ownCodeInstrumentation } from "../../modelscript/instrument.ts";
import { applyInsertions } from "../../modelscript/sourceEdits.ts";

/** Where partforge's sources are. */
export const SOURCE_DIR = fileURLToPath(new URL("../../", import.meta.url));
const STACK_OVERFLOW = fileURLToPath(new URL("../../shared/stackOverflow.ts", import.meta.url));
const TSCONFIG = fileURLToPath(new URL("../../../tsconfig.json", import.meta.url));

/** Compiles and instruments every `.ts` file under `src/` but the hook's own. */
export function instrumentedPartforge(): Plugin {
  const tsconfigRaw = readFileSync(TSCONFIG, "utf8");
  return {
    name: "partforge-instrumented-sources",
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (!isInstrumentedSource(path)) return undefined;
        const compiled = await transform(await readFile(path, "utf8"), { loader: "ts", format: "esm", target: "esnext", sourcefile: path, tsconfigRaw });
        return { contents: instrumentOwnCode(compiled.code, path), loader: "js", resolveDir: dirname(path) };
      });
    },
  };
}

/**
 * `code` (an ES module compiled from `file`) with each function body, catch clause and
 * non-empty `finally` reporting to partforge's hook, imported on the first line (no line moves).
 * @throws Error when the code names something with partforge's reserved prefix.
 */
export function instrumentOwnCode(code: string, file: string): string {
  const comments: Comment[] = [];
  const program = parse(code, { ecmaVersion: "latest", sourceType: "module", locations: true, onComment: comments });
  let insertions;
  try {
    insertions = ownCodeInstrumentation(program, code, comments);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const { code: edited } = applyInsertions(code, insertions, []);
  return `import { caughtHook as ${CAUGHT_HOOK} } from ${JSON.stringify(STACK_OVERFLOW)}; ${edited}`;
}

/** Whether `file` is one of partforge's sources the slot bundle instruments. */
export function isInstrumentedSource(file: string): boolean {
  return file.startsWith(SOURCE_DIR) && file.endsWith(".ts") && file !== STACK_OVERFLOW && !file.includes(`${sep}node_modules${sep}`);
}
