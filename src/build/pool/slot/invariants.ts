/**
 * What must be true of a slot between two builds (issue 12, point 3). Taken before a job and
 * again once the job's reply is ready and the script's microtasks have run: any difference the
 * job should not have made retires the slot, and its result is not cached.
 */
import { isKernelLoaded, kernel, memoSessionOpen, openScopeCount, unscopedObjectCount } from "../../../kernel/index.ts";
import { stackOverflowsSeen } from "../../../shared/stackOverflow.ts";
import type { RecycleReason } from "../protocol.ts";

/** A cheap picture of the reviewed module state a build may not change (see test/pool/moduleState.test.ts). */
export interface SlotFingerprint {
  /** Open kernel build scopes: none between builds. */
  readonly openScopes: number;
  /** Whether the operation memo's build session is open: never between builds. */
  readonly memoSession: boolean;
  /** Kernel objects ever made outside a build scope: a build (or its left-over microtasks) must make none. */
  readonly unscopedObjects: number;
  /** The kernel instance: loaded once, never replaced. */
  readonly kernel: object | undefined;
  /** Stack overflows caught so far (shared/stackOverflow.ts): a build, or its microtasks, must catch none. */
  readonly stackOverflows: number;
}

export function slotFingerprint(): SlotFingerprint {
  return {
    openScopes: openScopeCount(),
    memoSession: memoSessionOpen(),
    unscopedObjects: unscopedObjectCount(),
    kernel: isKernelLoaded() ? kernel() : undefined,
    stackOverflows: stackOverflowsSeen(),
  };
}

/** A broken invariant: the reason the slot retires for, and what happened, for the log. */
export interface BrokenInvariant {
  reason: Extract<RecycleReason, "integrity" | "overflow">;
  message: string;
}

/**
 * Why the slot must not run another build after going from `before` to `after`, or undefined.
 * `options.caughtOverflows: false` leaves caught stack overflows out (see `SlotRuntime.retireOnCaughtOverflow`).
 */
export function brokenInvariant(before: SlotFingerprint, after: SlotFingerprint, options: { caughtOverflows: boolean } = { caughtOverflows: true }): BrokenInvariant | undefined {
  const integrity = (message: string): BrokenInvariant => ({ reason: "integrity", message });
  if (after.openScopes !== 0) return integrity(`${after.openScopes} kernel scope(s) still open after the build`);
  if (after.memoSession) return integrity("the operation memo's build session is still open after the build");
  if (after.unscopedObjects !== before.unscopedObjects) {
    return integrity(`${after.unscopedObjects - before.unscopedObjects} kernel object(s) made outside the build's scope (after build() returned?)`);
  }
  if (after.kernel !== before.kernel) return integrity("the kernel instance changed during the build");
  if (options.caughtOverflows && after.stackOverflows !== before.stackOverflows) {
    return { reason: "overflow", message: `a stack overflow was caught during the build or its microtasks (seen by ${after.stackOverflows - before.stackOverflows} frame(s) or catch sites)` };
  }
  return undefined;
}
