/**
 * Killing a slot ends its whole process tree, not only the process the pool spawned. The wrapper
 * (`setpriv` → `unshare --kill-child` → sh → Node) passes its death on only once `unshare` has
 * armed its child's death signal, after forking; a wrapper killed before that (seen under load,
 * while a slot was starting) left a working slot behind, holding the pipes open, never seen to
 * exit. Here the wrapper is a shell that never passes its death on, so only a kill of the whole
 * process group can end the slot.
 */
import { it } from "node:test";
import assert from "node:assert/strict";
import { SlotProcess } from "../../src/build/pool/slotProcess.ts";
import type { SlotLaunch } from "../../src/build/pool/launch.ts";
import type { SlotConfig } from "../../src/build/pool/protocol.ts";

/** A wrapper whose child outlives it and keeps its pipes open (as an unarmed `--kill-child` would). */
const LEAKY_WRAPPER: SlotLaunch = {
  command: "/bin/sh",
  args: ["-c", "sleep 600 & wait"],
  isolation: { network: false, diesWithPool: false, permissionFlag: "--permission", readablePaths: [], emptyEnvironment: true, heapMb: 64, wasmMaxPages: 1, workerThreads: false },
  signalAsExitStatus: true,
  eagerTierUp: false,
};

it("kill() ends the slot's whole process tree, even a child its wrapper leaves behind", { skip: process.platform === "win32" ? "process groups are POSIX" : false }, async () => {
  const slot = new SlotProcess(1, LEAKY_WRAPPER, {} as SlotConfig, { heapMb: 64, wasmMaxBytes: 65_536, exportWasmMaxBytes: 65_536, startupTimeoutMs: 60_000 }, () => undefined);
  const pid = slot.pid;
  assert.ok(pid !== undefined);
  // Let the shell start its child.
  await new Promise((resolve) => setTimeout(resolve, 300));
  slot.kill();
  let timer: NodeJS.Timeout | undefined;
  const ended = await Promise.race([slot.exited.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 10_000)))]);
  clearTimeout(timer);
  if (!ended) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // gone
    }
  }
  assert.ok(ended, "the slot's child kept running (and its pipes open) 10 s after kill()");
  assert.equal(slot.state, "exited");
  await assert.rejects(slot.ready, /exited while starting/);
});
