/**
 * What must be true of a slot between two builds (issue 12, point 3). Taken before a job and
 * again once the job's reply is ready and the script's microtasks have run: any difference the
 * job should not have made retires the slot, and its result is not cached.
 */
import { isKernelLoaded, kernel, openScopeCount, unscopedObjectCount } from "../../../kernel/index.ts";

/** A cheap picture of the reviewed module state a build may not change (see test/pool/moduleState.test.ts). */
export interface SlotFingerprint {
  /** Open kernel build scopes: none between builds. */
  readonly openScopes: number;
  /** Kernel objects ever made outside a build scope: a build (or its left-over microtasks) must make none. */
  readonly unscopedObjects: number;
  /** The kernel instance: loaded once, never replaced. */
  readonly kernel: object | undefined;
}

export function slotFingerprint(): SlotFingerprint {
  return { openScopes: openScopeCount(), unscopedObjects: unscopedObjectCount(), kernel: isKernelLoaded() ? kernel() : undefined };
}

/** Why the slot must not run another build after going from `before` to `after`, or undefined. */
export function brokenInvariant(before: SlotFingerprint, after: SlotFingerprint): string | undefined {
  if (after.openScopes !== 0) return `${after.openScopes} kernel scope(s) still open after the build`;
  if (after.unscopedObjects !== before.unscopedObjects) {
    return `${after.unscopedObjects - before.unscopedObjects} kernel object(s) made outside the build's scope (after build() returned?)`;
  }
  if (after.kernel !== before.kernel) return "the kernel instance changed during the build";
  return undefined;
}
