/**
 * Output identity check: builds every example (examples/, examples/cadquery/) and every
 * conformance port (test/conformance/ports/, ports-without-native/) to STEP and to STL, each
 * program in a fresh process (a build's bytes can depend on what the process built before it,
 * e.g. a solid hollowed inwards with no opening: see src/kernel/canonicalFaceOrder.ts), and prints
 * one line per program and format: the SHA-256 of the bytes, or the error. Run it on two trees and
 * diff the outputs to check a change leaves the files byte-identical:
 *
 *   node --import tsx bench/outputHashes.ts > after.txt
 *   node --import tsx bench/outputHashes.ts --root /path/to/main/checkout > before.txt
 *   diff before.txt after.txt
 *
 * `--root DIR` builds with that tree's src/ (the programs are always this tree's); `--only NAME…`
 * restricts to programs whose path contains one of the names; `--kernel-threads N` loads the
 * multi-threaded kernel with N threads (parallel meshing and Booleans; default 1, the
 * single-threaded build), to check that the thread count leaves the bytes alone:
 *
 *   node --import tsx bench/outputHashes.ts > one.txt
 *   node --import tsx bench/outputHashes.ts --kernel-threads 2 > two.txt
 *   diff one.txt two.txt
 *
 * `--one-process` builds all the programs one after another in this process instead (much faster: the
 * kernel is loaded once): each program's bytes then may depend on the programs before
 * it, so compare only runs of the same selection in this mode with each other.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = fileURLToPath(new URL("..", import.meta.url));
const PROGRAM_DIRS = ["examples", "examples/cadquery", "test/conformance/ports", "test/conformance/ports-without-native"];
const FORMATS = ["step", "stl"] as const;

function programs(): string[] {
  return PROGRAM_DIRS.flatMap((dir) =>
    readdirSync(join(HERE, dir))
      .filter((name) => /\.(ts|js|py)$/.test(name))
      .sort()
      .map((name) => join(dir, name)),
  );
}

/** In the child (or with --one-process): build each program to each format, in this process, and print the hashes. */
async function child(root: string, programs: readonly string[], threads: number): Promise<void> {
  // buildModel takes the kernel as loaded here (a tree whose loadKernel cannot, for more than 1 thread, refuses).
  const { loadKernel } = (await import(pathToFileURL(join(root, "src/kernel/index.ts")).href)) as typeof import("../src/kernel/index.ts");
  await loadKernel({ threads });
  const { buildModel, languageOf } = (await import(pathToFileURL(join(root, "src/build/index.ts")).href)) as typeof import("../src/build/index.ts");
  for (const program of programs) {
    const source = readFileSync(join(HERE, program), "utf8");
    for (const type of FORMATS) {
      let line: string;
      try {
        const built = await buildModel({ source, language: languageOf(program), type });
        line = createHash("sha256").update(built.bytes).digest("hex");
      } catch (error) {
        line = `error ${(error as Error).message.split("\n")[0]}`;
      }
      process.stdout.write(`${program} ${type} ${line}\n`);
    }
  }
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const childProgram = flag("--child");
const root = resolve(flag("--root") ?? HERE);
const threadsText = flag("--kernel-threads") ?? "1";
const threads = Number(threadsText);
if (!Number.isInteger(threads) || threads < 1 || threads > 16) throw new Error(`--kernel-threads needs a whole number from 1 to 16 (got ${threadsText})`);
if (childProgram !== undefined) {
  await child(root, [childProgram], threads);
} else {
  const oneProcessAt = args.indexOf("--one-process");
  if (oneProcessAt >= 0) args.splice(oneProcessAt, 1);
  const onlyAt = args.indexOf("--only");
  const only = onlyAt < 0 ? [] : args.slice(onlyAt + 1);
  const chosen = programs().filter((p) => only.length === 0 || only.some((name) => p.includes(name)));
  if (oneProcessAt >= 0) await child(root, chosen, threads);
  else for (const program of chosen) {
    try {
      process.stdout.write(execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child", program, "--root", root, "--kernel-threads", String(threads)], { encoding: "utf8", maxBuffer: 1 << 26 }));
    } catch (error) {
      process.stdout.write(`${program} crashed ${(error as Error).message.split("\n")[0]}\n`);
    }
  }
}
