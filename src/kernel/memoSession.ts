/**
 * Operation-level reuse inside a build slot (issue 15, point 3): kernel operations memoized by
 * content, in the session of the build that runs. An operation's key is its kind, a canonical
 * serialisation of its arguments and the keys of its input shapes (`operationKey.ts`); every
 * shape made through the memo carries its key, and a shape made any other way has none, which
 * makes every operation on it unmemoizable (correctness first). Entries belong to one tenant
 * (account): a build only ever sees its own tenant's. The bytes of a STEP export of keyed shapes
 * are memoized the same way (`memoizedBytes`), and so are the facts measured on a keyed shape
 * (`memoizedFact`: a selector's face centres; a face's facts are also found by the face itself,
 * when its parent changed but it did not). The entries are kept by the slot's `OperationMemo`
 * (`operationMemo.ts`); a build may be traced (`memoTrace.ts`).
 *
 * Its own cost, measured in-process on enclosure.ts rebuilt with p_length changed each time (no
 * entry reused; main-thread CPU, memo on minus off, paired in one process): about 7 ms of a
 * ~300 ms rebuild (A/A spread about 1 ms; booleans run non-destructively memo or not, so none
 * of it is OCCT doing different work). By CPU profile, about half of it is keeping entries
 * (`put`: the walk of the faces, kernel calls per face), then the keys (`operationKey`,
 * `subShapeKey`: 1-2 ms) and the facts (under 1 ms).
 */
import type { AnyShape } from "replicad";
import { kernel } from "./load.ts";
import { adopt } from "./adopt.ts";
import type { OperationMemo } from "./operationMemo.ts";
import { operationKey } from "./operationKey.ts";
import { MemoTrace, type MemoOutcome, type MemoTraceRecord } from "./memoTrace.ts";

/**
 * One build's use of the memo: its tenant, the keys of the shapes it holds (keyed by the shape
 * objects this build made, so nothing outlives the build) and which keys it has been handed.
 */
interface Session {
  memo: OperationMemo;
  tenant: string;
  keys: WeakMap<AnyShape, string>;
  /** Keys this build already holds a shape for: a second request computes a distinct shape, as a build without the memo would. */
  handedOut: Set<string>;
  /** Where this build's memoized calls are recorded (the bench's breakdown); none: nothing is timed beyond what the memo needs. */
  trace: MemoTrace | undefined;
  /** What the memoized call that just returned did (read by `traced`). */
  outcome: MemoOutcome;
}

/** The open session: set only while a build runs (see `withMemoSession`). */
let session: Session | undefined;

/**
 * Runs `body` (one build) with `memo` serving `tenant`; with no memo, or outside this call,
 * operations simply compute.
 */
export function withMemoSession<T>(memo: OperationMemo | undefined, tenant: string, body: () => T, trace?: MemoTraceRecord[]): T {
  if (memo === undefined || memo.budgetBytes === 0) return body();
  if (session !== undefined) throw new Error("a memo session is already open");
  session = { memo, tenant, keys: new WeakMap(), handedOut: new Set(), trace: trace === undefined ? undefined : new MemoTrace(trace), outcome: "miss" };
  try {
    return body();
  } finally {
    session = undefined;
  }
}

/** Whether a memo session is open (kernel operations that could change their inputs then leave them alone). */
export function memoSessionOpen(): boolean {
  return session !== undefined;
}

/** The key of `shape` in the open session, if it was made through the memo. */
export function shapeKey(shape: AnyShape): string | undefined {
  return session?.keys.get(shape);
}

/** Marks `shape` (made by this build from keyed inputs alone, deterministically) with `key`. */
export function markShape(shape: AnyShape, key: string): void {
  session?.keys.set(shape, key);
}

/** The keys of `inputs`, or undefined (counted as unkeyed) when one has none. */
function keysOf(open: Session, inputs: readonly AnyShape[]): string[] | undefined {
  const keys: string[] = [];
  for (const input of inputs) {
    const key = open.keys.get(input);
    if (key === undefined) {
      open.memo.countUnkeyed();
      return undefined;
    }
    keys.push(key);
  }
  return keys;
}

/**
 * `compute()` memoized under `kind`, `args` and the keys of `inputs`. Without an open session,
 * or when an input has no key, it just computes. Results are shapes owned by the build's scope.
 */
export function memoized(kind: string, args: unknown, inputs: readonly AnyShape[], compute: () => AnyShape): AnyShape {
  const open = session;
  if (open === undefined) return compute();
  return open.trace === undefined ? memoizedIn(open, kind, args, inputs, compute) : traced(open, kind, () => memoizedIn(open, kind, args, inputs, compute));
}

function memoizedIn(open: Session, kind: string, args: unknown, inputs: readonly AnyShape[], compute: () => AnyShape): AnyShape {
  const inputKeys = keysOf(open, inputs);
  if (inputKeys === undefined) {
    open.outcome = "unkeyed";
    return compute();
  }
  const key = operationKey(kind, args, inputKeys);
  if (!open.handedOut.has(key)) {
    open.handedOut.add(key);
    const handle = open.memo.take(open.tenant, key);
    if (handle !== undefined) {
      const shape = adopt(handle);
      open.keys.set(shape, key);
      open.outcome = "hit";
      return shape;
    }
    // CPU, not wall time: a thread waiting for a core makes an operation no dearer to make again.
    // A parent's time includes its nested memoized calls' (they are part of making it).
    const startedCpuMs = open.memo.cpuClockMs();
    const shape = compute();
    if (open.memo.cpuClockMs() - startedCpuMs >= open.memo.keepMinMs) {
      open.memo.put(open.tenant, key, shape.wrapped);
      open.outcome = "miss";
    } else {
      open.memo.noteNotKept();
      open.outcome = "notKept";
    }
    open.keys.set(shape, key);
    return shape;
  }
  const shape = compute();
  open.keys.set(shape, key);
  open.outcome = "repeat";
  return shape;
}

/** `run()` (a memoized call that sets `open.outcome`) recorded in the session's trace with its own time. */
function traced<T>(open: Session, kind: string, run: () => T): T {
  return open.trace!.record(kind, run, () => open.outcome);
}

/**
 * The bytes of an export (`kind`: the format) of `inputs` with `args`, memoized as operations
 * are: an export of keyed shapes is a pure function of their keys and its arguments (the writers
 * are byte-identical for identical input), so a rebuild that ends in a shape an earlier build
 * made writes nothing again. `args()` is called only when the memo is in use. The caller gets
 * its own copy.
 */
export function memoizedBytes(kind: string, args: () => unknown, inputs: readonly AnyShape[], compute: () => Uint8Array): Uint8Array {
  const open = session;
  if (open === undefined) return compute();
  const run = (): Uint8Array => {
    const inputKeys = keysOf(open, inputs);
    if (inputKeys === undefined) {
      open.outcome = "unkeyed";
      return compute();
    }
    const key = operationKey(`export ${kind}`, args(), inputKeys);
    const stored = open.memo.takeBytes(open.tenant, key);
    open.outcome = stored === undefined ? "miss" : "hit";
    if (stored !== undefined) return stored;
    const bytes = compute();
    open.memo.putBytes(open.tenant, key, bytes);
    return bytes;
  };
  return open.trace === undefined ? run() : traced(open, `export ${kind}`, run);
}

/**
 * A fact (`name`) measured on `shape` alone by `compute()`, memoized under the shape's key: a
 * rebuild that reuses a shape, or explores one again, reuses what earlier builds measured on it
 * (a selector's face centres and bounding boxes) instead of measuring it again. The shape with a
 * key is the very shape an earlier build had under that key (a hit hands out that shape; a
 * sub-shape's key names its place in its keyed parent), so the fact is the same. Only plain data
 * (what `canonical` takes: numbers, strings, arrays and plain objects of them) is kept; anything
 * else (a fact holding shapes) is computed each time. The caller gets its own copy.
 */
export function memoizedFact<T>(shape: AnyShape, name: string, compute: () => T): T {
  const open = session;
  const parentKey = open?.keys.get(shape);
  if (open === undefined || parentKey === undefined) return compute();
  // Many facts per shape, measured in microseconds: the key is the shape's (a digest) and the name, not a digest of them.
  const key = `${parentKey}:fact ${name}`;
  const run = (): T => {
    const stored = open.memo.takeFact(open.tenant, key);
    open.outcome = stored === undefined ? "miss" : "hit";
    if (stored !== undefined) return stored.value as T;
    // A face whose parent changed may still be the very face an earlier build measured (see `takeFaceFact`).
    const face = isFace(shape) ? shape.wrapped : undefined;
    const same = face === undefined ? undefined : open.memo.takeFaceFact(open.tenant, name, face);
    if (same !== undefined) {
      open.outcome = "hit";
      open.memo.putFact(open.tenant, key, same.value);
      return same.value as T;
    }
    const value = compute();
    open.memo.putFact(open.tenant, key, value);
    if (face !== undefined) open.memo.putFaceFact(open.tenant, name, face, value);
    return value;
  };
  // Traced under the fact's kind of name (`face centre`, not the selector's arguments after it).
  return open.trace === undefined ? run() : traced(open, `fact ${name.split(" ").slice(0, 2).join(" ")}`, run);
}

function isFace(shape: AnyShape): boolean {
  return shape.wrapped.ShapeType() === kernel().TopAbs_ShapeEnum.TopAbs_FACE;
}
