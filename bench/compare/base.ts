/**
 * The base side of a before/after benchmark (`compare --base`, `first-build --base`): a git
 * revision checked out into a temporary worktree sharing this checkout's node_modules, or another
 * checkout's directory as it is.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export function git(args: readonly string[], cwd = ROOT): string {
  const run = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${run.stderr.trim()}`);
  return run.stdout.trim();
}

/** The base checkout's root, and how to remove it when it was made here. */
export function baseCheckout(base: string): { root: string; label: string; remove(): void } {
  const asDir = resolve(base);
  if (existsSync(join(asDir, "src/build/pool/index.ts"))) {
    if (!existsSync(join(asDir, "node_modules"))) throw new Error(`${asDir} has no node_modules: run npm ci there first`);
    return { root: asDir, label: asDir, remove: () => undefined };
  }
  const found = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${base}^{commit}`], { cwd: ROOT, encoding: "utf8" });
  if (found.status !== 0) throw new Error(`--base ${base}: neither a git revision of this repository nor a partforge checkout's directory`);
  const commit = found.stdout.trim();
  const root = join(mkdtempSync(join(tmpdir(), "partforge-base-")), "checkout");
  git(["worktree", "add", "--detach", "--quiet", root, commit]);
  const remove = () => {
    spawnSync("git", ["worktree", "remove", "--force", root], { cwd: ROOT });
  };
  try {
    if (readFileSync(join(root, "package-lock.json"), "utf8") !== readFileSync(join(ROOT, "package-lock.json"), "utf8")) {
      throw new Error(`${base}'s package-lock.json differs from this checkout's: check it out yourself, run npm ci there, and pass its directory to --base`);
    }
    const copy = spawnSync("cp", ["-al", join(ROOT, "node_modules"), join(root, "node_modules")]);
    if (copy.status !== 0) throw new Error(`could not link node_modules into ${root}: ${copy.stderr.toString().trim()}`);
  } catch (error) {
    remove();
    throw error;
  }
  return { root, label: `${base} (${commit.slice(0, 10)})`, remove };
}
