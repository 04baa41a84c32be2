/**
 * One side of `npm run bench -- compare` (started by ../compare.ts with `fork`): a warm build
 * pool of one slot, made from the checkout whose root is argv[2] (its own `src/`, bundled by its
 * own code), so two versions of partforge build the same programs in one run.
 * Protocol: "ready" once warm; each `{ source, builds }` message is answered with one batch's
 * `{ cpuMs, wallMs, slotMs, swaps }` (the slot's main-thread CPU over the batch; per build: wall
 * time of `pool.build`, in-slot time; why earlier attempts at the batch were dropped), or
 * `{ error }`; the process exits when the channel closes.
 *
 * The batch's CPU window (../slotWindow.ts) opens on a ready slot at rest (not a replacement
 * still warming up after the last batch retired its slot) and closes at the last reply, from the
 * same process. A batch whose builds did not all run in that slot (it was replaced mid-batch, or
 * a build ran again in a new slot) is dropped and run again, up to MAX_ATTEMPTS times.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { WindowPool } from "../quietSlot.ts";
import { SlotWindow } from "../slotWindow.ts";

interface Pool extends WindowPool {
  build(request: { source: string; language: "ts"; type: "step" }): Promise<{ ok: true; timings?: { loadMs: number; buildMs: number; exportMs: number } } | { ok: false; error: { code: string; message: string } }>;
  close(): Promise<void>;
}

/** Attempts at one batch before the program is given up ("not compared"). */
const MAX_ATTEMPTS = 4;

export interface Batch {
  source: string;
  builds: number;
}
/** `swaps`: why each attempt at the batch dropped before this one did not hold its builds in one slot. */
export type BatchAnswer = { cpuMs: number; wallMs: number[]; slotMs: number[]; swaps: string[] } | { error: string };

const root = process.argv[2];
if (root === undefined) throw new Error("usage: side.ts CHECKOUT_ROOT");
const { createBuildPool } = (await import(pathToFileURL(join(root, "src/build/pool/index.ts")).href)) as { createBuildPool(options: object): Promise<Pool> };
// The service's tier-up (a base without the option ignores it and tiers up dynamically, as it did).
const pool = await createBuildPool({ size: 1, spare: 0, wasmTierUp: "eager", log: () => undefined });
await pool.warm();

async function runBatch({ source, builds }: Batch): Promise<BatchAnswer> {
  const swaps: string[] = [];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const window = await SlotWindow.quiet(pool);
    if (window.pid === undefined) return { error: "no slot process" };
    const wallMs: number[] = [];
    const slotMs: number[] = [];
    for (let i = 0; i < builds; i++) {
      window.beforeBuild();
      if (window.swap !== undefined) break;
      const started = performance.now();
      const result = await pool.build({ source, language: "ts", type: "step" });
      wallMs.push(performance.now() - started);
      if (!result.ok) return { error: `${result.error.code}: ${result.error.message.split("\n")[0]}` };
      if (result.timings === undefined) return { error: "the build has no timings (answered from a cache?)" };
      slotMs.push(result.timings.loadMs + result.timings.buildMs + result.timings.exportMs);
    }
    const { cpuMs, swap } = window.close();
    if (swap === undefined) return { cpuMs, wallMs, slotMs, swaps };
    swaps.push(swap);
  }
  return { error: `the batch's builds did not run in one slot in ${MAX_ATTEMPTS} attempts: ${swaps.join("; ")}` };
}

process.on("message", (batch: Batch) => {
  runBatch(batch).then(
    (answer) => process.send?.(answer),
    (error: unknown) => process.send?.({ error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on("disconnect", () => {
  void pool.close().finally(() => process.exit(0));
});
process.send?.("ready");
