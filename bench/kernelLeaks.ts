/**
 * `npm run bench -- kernel-leaks [--builds N] [--warmup N] [NAME…]`: kernel memory each build
 * leaves behind. Each conformance port (test/conformance/ports, all of them or those NAMEd) is
 * built in this process WARMUP times, then BUILDS times more; the kernel allocator's bytes in use
 * (`kernelHeapInUse`: blocks handed out and not freed, not the WebAssembly memory size, which only
 * grows) are read before and after those BUILDS builds. Retained per build = the difference / BUILDS:
 * zero when a build frees everything it made. Each program's BREP output is hashed too (SHA-256 of
 * its first build, first 12 hex digits), with whether every later build gave the same bytes: some
 * programs' B-rep (shells, the bottle) comes out in an order that depends on where the kernel's
 * allocator put things, so only a fresh process's first build of them can be compared between two
 * versions.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildModel } from "../src/build/index.ts";
import { loadKernel } from "../src/kernel/index.ts";
import { kernelHeapInUse } from "../src/kernel/kernelHeap.ts";
import { printTable } from "./measure.ts";

const PORTS = join(import.meta.dirname, "..", "test", "conformance", "ports");

function option(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number of builds ≥ 1, not "${args[at + 1] ?? ""}"`);
  return value;
}

export async function benchKernelLeaks(args: readonly string[]): Promise<void> {
  const builds = option(args, "--builds", 10);
  const warmup = option(args, "--warmup", 3);
  const all = readdirSync(PORTS).filter((file) => file.endsWith(".ts")).map((file) => file.slice(0, -3)).sort();
  const named = args.filter((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"));
  const unknown = named.filter((name) => !all.includes(name));
  if (unknown.length > 0) throw new Error(`no conformance port named ${unknown.join(", ")}`);
  await loadKernel();
  if (kernelHeapInUse() === undefined) throw new Error("the kernel's allocator layout is not recognised: its bytes in use cannot be read");
  const rows: string[][] = [];
  let total = 0;
  for (const name of named.length > 0 ? named : all) {
    const source = readFileSync(join(PORTS, `${name}.ts`), "utf8");
    const hashes = new Set<string>();
    const build = async () => hashes.add(createHash("sha256").update((await buildModel({ source, language: "ts", type: "brep" })).bytes).digest("hex").slice(0, 12));
    try {
      for (let i = 0; i < warmup; i++) await build();
      const before = kernelHeapInUse()!;
      for (let i = 0; i < builds; i++) await build();
      const perBuild = (kernelHeapInUse()! - before) / builds;
      total += perBuild;
      rows.push([name, perBuild.toFixed(0), [...hashes][0]!, hashes.size === 1 ? "yes" : "no"]);
    } catch (error) {
      rows.push([name, "fails", (error as Error).message.split("\n")[0]!.slice(0, 40), ""]);
    }
  }
  rows.push(["(sum)", total.toFixed(0), "", ""]);
  printTable(`Kernel bytes retained per build (${builds} builds after ${warmup} warm-up builds, in one process)`, ["program", "bytes/build", "BREP sha256 (first build)", "same every build"], rows);
}
