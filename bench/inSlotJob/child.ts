/**
 * One side of ../inSlotJob.ts: the slot's code (this checkout's src/) answering box jobs as a
 * slot does, a batch per "batch" message, answered with the batch's main-thread CPU per job.
 * Imports only what a slot imports, so it runs over an older checkout too.
 */
import "../../src/build/pool/slot/lockdown.ts";
import { readFileSync } from "node:fs";
import v8 from "node:v8";
import { resolveExportOptions } from "../../src/build/exportOptions.ts";
import { toCompiledData } from "../../src/build/pool/compiledData.ts";
import type { SentJob } from "../../src/build/pool/protocol.ts";
import { createConfinedEvaluator } from "../../src/build/pool/slot/confine.ts";
import { DescribedScripts } from "../../src/build/pool/slot/describedScripts.ts";
import { hardenModellingApi } from "../../src/build/pool/slot/harden.ts";
import { brokenInvariant, slotFingerprint } from "../../src/build/pool/slot/invariants.ts";
import { KeptScripts } from "../../src/build/pool/slot/keptScripts.ts";
import { runJob, type SlotRuntime } from "../../src/build/pool/slot/runJob.ts";
import { loadKernel } from "../../src/kernel/index.ts";
import { compileModelScript } from "../../src/modelscript/index.ts";

// The slot's bundle runs without source maps; tsx turns them on, which costs each evaluation a lookup.
process.setSourceMapsEnabled(false);

const BOX = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Bench box" };
export const p_w = FloatParam({ min: 1, max: 1000, default: 20 });
export function build() { return Workplane("XY").box(p_w.value, 10, 10); }
`;
const WARM_JOBS = 300;
const type = process.argv[2] === "stl" ? "stl" : "step";
const batch = Number(process.argv[3] ?? 20);

/** This thread's CPU so far (ms), from /proc's schedstat: the main thread's alone, not V8's background threads'. */
function mainThreadCpuMs(): number {
  return Number(readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
}

await loadKernel({ threads: 1 });
const runtime: SlotRuntime = { scope: hardenModellingApi(), evaluator: createConfinedEvaluator(), described: new DescribedScripts() };
const kept = new KeptScripts();
const data = toCompiledData(await compileModelScript(BOX, { language: "ts" }));
const options = resolveExportOptions(undefined);
let width = 20;
let first = true;

/** One job as main.ts answers it. */
async function oneJob(): Promise<void> {
  width += 0.001;
  const sent: SentJob = { kind: "build", type, preset: undefined, values: { p_w: String(width) }, options, script: first ? data : { kept: 1 }, ...(first ? { keepScriptAs: 1 } : {}) };
  first = false;
  const job = kept.receive(sent);
  const before = slotFingerprint();
  const outcome = await runJob(job, runtime);
  await new Promise<void>((resolve) => process.nextTick(resolve));
  const broken = outcome.recycle === undefined ? brokenInvariant(before, slotFingerprint()) : undefined;
  if (!outcome.reply.ok || broken !== undefined || outcome.recycle !== undefined) throw new Error(`job failed: ${JSON.stringify(outcome.reply).slice(0, 300)} ${broken?.message ?? ""}`);
  v8.serialize({ type: "done", id: 1, reply: kept.reply(sent, outcome.reply), stats: {}, cpuMs: 0, recycle: undefined, internalMessage: undefined });
  while (runtime.evaluator.prepareNext());
}

for (let i = 0; i < WARM_JOBS; i++) await oneJob();
process.on("message", async () => {
  const before = mainThreadCpuMs();
  for (let i = 0; i < batch; i++) await oneJob();
  process.send?.({ cpuMs: (mainThreadCpuMs() - before) / batch });
});
process.on("disconnect", () => process.exit(0));
process.send?.({ ready: true });
