/**
 * The sandboxed build pool: every untrusted ModelScript runs in a warm slot process (SES
 * compartment, Node permission model, empty environment, network namespace, heap and
 * WebAssembly caps, two-level time limit), never in the caller's process.
 */
export { BuildPool, createBuildPool, DEFAULT_MEMO_BUDGET_MB, DEFAULT_SLOT_LIMITS, isWasmTierUp, SERVICE_WASM_TIER_UP } from "./pool.ts";
export type { BuildPoolOptions, PoolHealth, PoolLogger, SlotHealth, WasmTierUp } from "./types.ts";
export type { BuildFailure, BuildResult, BuildSuccess, DescribeResult } from "../result.ts";
export type { BuildRequest, DescribeRequest, ScriptRequest } from "../request.ts";
export type { IsolationReport } from "./launch.ts";
export type { RecycleReason } from "./protocol.ts";
export { SLOT_STATES, type SlotState } from "./slotProcess.ts";
export { WARMUP_SCRIPT } from "./warmup.ts";
export { ScriptCompiler } from "./compiler.ts";
export { BuildKeys, cacheHit, prepareRequest } from "./prepare.ts";
