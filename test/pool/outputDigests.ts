/**
 * SHA-256 of every output of some conformance programs built by a pool, keyed "program type":
 * for differential tests of pool settings that must not change bytes (kernel threads, tier-up).
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { BuildPool } from "../../src/build/pool/index.ts";
import type { OutputType } from "../../src/build/index.ts";

const PORTS = new URL("../conformance/ports/", import.meta.url);
/** Programs whose bytes are the same in every slot (examples-shelling-inward still depends on the slot's history: see src/kernel/canonicalFaceOrder.ts). */
export const SAME_IN_EVERY_SLOT = ["examples-pillow-block", "examples-lofts", "quickstart-filleting"];

export async function outputDigests(pool: BuildPool, types: readonly OutputType[], programs: readonly string[] = SAME_IN_EVERY_SLOT): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of programs) {
    const source = readFileSync(new URL(`${name}.ts`, PORTS), "utf8");
    for (const type of types) {
      const result = await pool.build({ source, language: "ts", type });
      assert.ok(result.ok, `${name} ${type}: ${result.ok ? "" : result.error.message}`);
      out[`${name} ${type}`] = createHash("sha256").update(result.bytes).digest("hex");
    }
  }
  return out;
}
