/**
 * One side of `npm run bench -- compare` (started by ../compare.ts with `fork`): a warm build
 * pool of one slot, made from the checkout whose root is argv[2] (its own `src/`, bundled by its
 * own code), so two versions of partforge build the same programs in one run.
 * Protocol: "ready" once warm; each `{ source, builds }` message is answered with one batch's
 * `{ cpuMs, wallMs, slotMs }` (the slot's main-thread CPU over the batch; per build: wall time of
 * `pool.build`, in-slot time), or `{ error }`; the process exits when the channel closes.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { firstSlotProcess, threadCpuMs } from "../procStat.ts";

interface Pool {
  build(request: { source: string; language: "ts"; type: "step" }): Promise<{ ok: true; timings?: { loadMs: number; buildMs: number; exportMs: number } } | { ok: false; error: { code: string; message: string } }>;
  health(): { slots: Array<{ pid: number | undefined }> };
  warm(): Promise<void>;
  close(): Promise<void>;
}

export interface Batch {
  source: string;
  builds: number;
}
export type BatchAnswer = { cpuMs: number; wallMs: number[]; slotMs: number[] } | { error: string };

const root = process.argv[2];
if (root === undefined) throw new Error("usage: side.ts CHECKOUT_ROOT");
const { createBuildPool } = (await import(pathToFileURL(join(root, "src/build/pool/index.ts")).href)) as { createBuildPool(options: object): Promise<Pool> };
const pool = await createBuildPool({ size: 1, spare: 0, log: () => undefined });
await pool.warm();

function slotPid(): number | undefined {
  return firstSlotProcess(pool.health());
}

async function runBatch({ source, builds }: Batch): Promise<BatchAnswer> {
  const pid = slotPid();
  if (pid === undefined) return { error: "no slot process" };
  const wallMs: number[] = [];
  const slotMs: number[] = [];
  const before = threadCpuMs(pid);
  for (let i = 0; i < builds; i++) {
    const started = performance.now();
    const result = await pool.build({ source, language: "ts", type: "step" });
    wallMs.push(performance.now() - started);
    if (!result.ok) return { error: `${result.error.code}: ${result.error.message.split("\n")[0]}` };
    if (result.timings === undefined) return { error: "the build has no timings (answered from a cache?)" };
    slotMs.push(result.timings.loadMs + result.timings.buildMs + result.timings.exportMs);
  }
  // A slot replaced mid-batch (memory, crash) has another process: its CPU cannot be compared.
  if (slotPid() !== pid) return { error: "the slot was replaced during the batch" };
  return { cpuMs: threadCpuMs(pid) - before, wallMs, slotMs };
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
