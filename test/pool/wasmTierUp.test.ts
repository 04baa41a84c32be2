/**
 * Eager WebAssembly tier-up (`BuildPoolOptions.wasmTierUp` "eager", `--no-wasm-dynamic-tiering`,
 * what `partforge serve`, `worker` and `mcp` use): its slots start on this Node with the flag and
 * build the same bytes as slots that tier up dynamically (differential: the same programs in
 * every mesh format and STEP in a pool of each kind, on programs whose output does not depend on
 * what the slot built before); the pool's own default stays dynamic; bad values are refused with
 * a message that says what is allowed, in the pool and on the command line.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { createBuildPool, SERVICE_WASM_TIER_UP, type BuildPool, type WasmTierUp } from "../../src/build/pool/index.ts";
import { slotLaunch } from "../../src/build/pool/launch.ts";
import { parseCommandLine, type ServeCommand, type WorkerCommand } from "../../src/cli/args.ts";
import { outputDigests, SAME_IN_EVERY_SLOT } from "./outputDigests.ts";

const TYPES = ["stl", "3mf", "step"] as const;

/** The Node command lines of the pool's slot processes (Linux: /proc), or undefined elsewhere. */
function slotCommandLines(pool: BuildPool): string[][] | undefined {
  if (process.platform !== "linux") return undefined;
  return pool.health().slots.flatMap((slot) => (slot.pid === undefined ? [] : [readFileSync(`/proc/${slot.pid}/cmdline`, "utf8").split("\0")]));
}

async function digestsWith(wasmTierUp: WasmTierUp | undefined, warnings: string[], commandLines: string[][][]): Promise<Record<string, string>> {
  const pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 1, ...(wasmTierUp === undefined ? {} : { wasmTierUp }), log: (level, message) => level === "warn" && warnings.push(message) });
  try {
    const lines = slotCommandLines(pool);
    if (lines !== undefined) commandLines.push(lines);
    return await outputDigests(pool, TYPES);
  } finally {
    await pool.close();
  }
}

describe("eager WebAssembly tier-up", () => {
  let dynamic: Record<string, string>;
  let eager: Record<string, string>;
  const warnings: string[] = [];
  const dynamicLines: string[][][] = [];
  const eagerLines: string[][][] = [];

  before(async () => {
    dynamic = await digestsWith(undefined, warnings, dynamicLines);
    eager = await digestsWith("eager", warnings, eagerLines);
  });

  it("runs its slots' Node with the flag, and a default pool's without", { skip: process.platform !== "linux" && "reads /proc" }, () => {
    const flagged = (lines: string[][][]) => lines.flat().map((line) => line.includes("--no-wasm-dynamic-tiering"));
    assert.deepEqual(flagged(eagerLines), [true]);
    assert.deepEqual(flagged(dynamicLines), [false]);
  });

  it("starts slots with --no-wasm-dynamic-tiering on this Node, and without it by default", () => {
    const options = { bundleFile: "/nonexistent/slot.js", readablePaths: [], heapMb: 64, wasmMaxPages: 256, workerThreads: false };
    const eagerLaunch = slotLaunch({ ...options, eagerTierUp: true });
    assert.equal(eagerLaunch.eagerTierUp, true, `Node ${process.version} should know the flag`);
    assert.ok(eagerLaunch.args.includes("--no-wasm-dynamic-tiering"), eagerLaunch.args.join(" "));
    const dynamicLaunch = slotLaunch(options);
    assert.equal(dynamicLaunch.eagerTierUp, false);
    assert.ok(!dynamicLaunch.args.some((arg) => arg.includes("tiering")), dynamicLaunch.args.join(" "));
    assert.deepEqual(warnings.filter((message) => message.includes("tiering")), []);
  });

  it("builds the same bytes as slots that tier up dynamically, in mesh formats and STEP", () => {
    assert.equal(Object.keys(dynamic).length, SAME_IN_EVERY_SLOT.length * TYPES.length);
    assert.deepEqual(eager, dynamic);
  });

  it("is what the service's commands use unless told otherwise, and bad values are refused", async () => {
    assert.equal(SERVICE_WASM_TIER_UP, "eager");
    assert.equal((parseCommandLine(["serve"], {}) as ServeCommand).wasmTierUp, "eager");
    assert.equal((parseCommandLine(["serve", "--wasm-tier-up", "dynamic"], {}) as ServeCommand).wasmTierUp, "dynamic");
    assert.equal((parseCommandLine(["worker", "--queue", "redis://q:1"], {}) as WorkerCommand).wasmTierUp, "eager");
    assert.equal((parseCommandLine(["worker", "--queue", "redis://q:1", "--wasm-tier-up", "dynamic"], {}) as WorkerCommand).wasmTierUp, "dynamic");
    assert.throws(() => parseCommandLine(["serve", "--wasm-tier-up", "fast"], {}), /--wasm-tier-up must be eager \(slots start slower, builds run faster\) or dynamic \(V8's default\); got "fast"/);
    assert.throws(() => parseCommandLine(["serve", "--queue", "redis://q:1", "--wasm-tier-up", "eager"], {}), /--wasm-tier-up belong to partforge worker/);
    await assert.rejects(createBuildPool({ wasmTierUp: "turbo" as WasmTierUp, log: () => undefined }), /wasmTierUp must be "dynamic" or "eager"; got "turbo"/);
  });
});
