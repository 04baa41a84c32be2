/**
 * Fake slot processes for pool tests that need no kernel: a launch that runs `code` (a slot's
 * side of the protocol, written for the test) with Node instead of the slot bundle, and a job for it.
 */
import type { SlotLaunch } from "../../src/build/pool/launch.ts";
import type { CompiledScriptData, SlotJob } from "../../src/build/pool/protocol.ts";

export function fakeLaunch(code: string): SlotLaunch {
  return {
    command: process.execPath,
    args: ["-e", code],
    isolation: { network: false, diesWithPool: false, permissionFlag: "--permission", readablePaths: [], emptyEnvironment: true, heapMb: 64, wasmMaxPages: 1, workerThreads: false },
    signalAsExitStatus: false,
    eagerTierUp: false,
  };
}

const FAKE_SCRIPT = { code: "", source: "", sourceMap: { mappings: "" } } as unknown as CompiledScriptData;

/** A build job whose values the fake slot reads. */
export function fakeJob(values: unknown): SlotJob {
  return { kind: "build", script: FAKE_SCRIPT, type: "stl", preset: undefined, values: values as SlotJob["values"], options: { tolerance: 0.1, angularTolerance: 0.1, ascii: false } };
}
