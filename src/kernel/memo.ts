/**
 * Operation-level reuse inside a build slot (issue 15, point 3): kernel operations memoized by
 * content. An operation's key is its kind, a canonical serialisation of its arguments and the
 * keys of its input shapes; every shape made through the memo carries its key, and a shape
 * made any other way has none, which makes every operation on it unmemoizable (correctness
 * first). Entries belong to one tenant (account): a build only ever sees its own tenant's. The
 * bytes of a STEP export of keyed shapes are memoized the same way (`memoizedBytes`), and so are
 * the facts measured on a keyed shape (`memoizedFact`: a selector's face centres; a face's facts
 * are also found by the face itself, when its parent changed but it did not).
 *
 * Sharing is by identity: a hit hands the build a new handle on the very OCCT shape an earlier
 * build made, so that shape must never change. The kernel layer keeps to that: its operations
 * make new shapes and leave their inputs alone (booleans run non-destructively while a memo
 * session is open; meshing drops the triangulation it left on the faces).
 *
 * The memo holds its own handle on each entry; evicting an entry deletes only that handle, and
 * OCCT's reference counting keeps the geometry alive while a build still holds a handle on it.
 * The memo lives as long as its slot process: it is dropped when the slot recycles.
 *
 * Its own cost, measured in-process on enclosure.ts rebuilt with p_length changed each time (no
 * entry reused; main-thread CPU, memo on minus off, paired in one process): about 7 ms of a
 * ~300 ms rebuild (A/A spread about 1 ms; booleans run non-destructively memo or not, so none
 * of it is OCCT doing different work). By CPU profile, about half of it is keeping entries
 * (`put`: the walk of the faces, kernel calls per face), then the keys (`operationKey`,
 * `subShapeKey`: 1-2 ms) and the facts (under 1 ms).
 */
import { hash } from "node:crypto";
import type { AnyShape } from "replicad";
import type { TopoDS_Shape } from "replicad-opencascadejs";
import { kernel } from "./load.ts";
import { adopt } from "./adopt.ts";
import { threadCpuMs } from "./threadCpu.ts";

/**
 * Bytes charged for each distinct face the memo holds (its surface, wires and edges: a coarse
 * estimate of OCCT's memory for them), and for each entry. A face shared by several entries (a
 * boolean's result keeps the faces of its inputs that it does not cut) is charged once: entries
 * along one chain of operations share most of their geometry, and charging every entry for all of
 * its faces counted that geometry many times over and evicted what a rebuild needed.
 */
const BYTES_PER_FACE = 16 * 1024;
const BYTES_PER_ENTRY = 2 * 1024;
/** Bytes charged for a fact's entry instead (a few numbers, its key and the map's own cost). */
const BYTES_PER_FACT = 256;
/** Face identities are OCCT's shape hashes below this bound (a collision only undercounts one face). */
const HASH_BOUND = 2_147_483_647;

/** An operation's shape, or an export's bytes (charged at their length). */
type Entry =
  | {
    /** The memo's own handle on the shape (freed on eviction). */
    handle: TopoDS_Shape;
    /** The identities of its distinct faces (their kernel shapes, location aside). */
    faces: readonly number[];
  }
  | { bytes: Uint8Array }
  /**
   * A fact measured on a shape: plain data, kept as the memo's own copy. A fact of a face found by
   * the face's own identity (`takeFaceFact`) also pins that face: the memo's handle keeps its
   * kernel shape alive, so no other face can take its place (and its hash) while the entry lives.
   */
  | { fact: unknown; pin?: { handle: TopoDS_Shape; faces: readonly number[] } };

/**
 * An operation whose computing used less than this many milliseconds of its thread's CPU
 * (`threadCpuMs`) is keyed (so what is made from it can be reused) but not kept: keeping an
 * entry costs a walk of its faces and a handle, which for a box, a prism of a circle or a
 * sketched edge cost about as much as making it again (measured on lego-brick.ts: 50 ms keeping
 * boxes that took 38 ms to make, 132 ms keeping prisms that took 128 ms). CPU, not wall time:
 * wall time also counts the thread's waits for a core, so under load the same operation was
 * kept or not depending on the machine's load. Whether an operation is kept changes only the
 * time, never the result: a result is the same shape whether it is computed or reused.
 */
export const DEFAULT_KEEP_MIN_MS = 0.5;

/** Counters for tests and the bench. */
export interface MemoStats {
  entries: number;
  bytes: number;
  budgetBytes: number;
  hits: number;
  misses: number;
  /** Misses computed in less CPU time than `keepMinMs` and so not kept: they miss again next time by design, not for lack of reuse. */
  notKept: number;
  /** Operations that could not be memoized: an input shape had no key. */
  unkeyed: number;
  evictions: number;
  /** Facts measured on a shape that a later build took from the memo instead of measuring again, and those it measured. */
  factHits: number;
  factMisses: number;
  /**
   * Fact misses (by the shape's key) served instead by the face itself: the very kernel face
   * (same TShape, location and orientation) an earlier build measured, found under a parent that
   * changed (a boolean keeps the faces of its inputs that it does not cut).
   */
  faceFactHits: number;
}

/**
 * The memo of one slot: entries keyed by tenant and operation key, least recently used first,
 * their estimated sizes bounded by `budgetBytes`.
 */
export class OperationMemo {
  readonly budgetBytes: number;
  /** Operations that computed in less CPU time than this (ms) are keyed but not kept (see `DEFAULT_KEEP_MIN_MS`). */
  readonly keepMinMs: number;
  /** The CPU clock (ms) that `keepMinMs` is read on: `threadCpuMs`, unless a test gives one it drives itself. */
  readonly cpuClockMs: () => number;
  /** Insertion order is recency order: a hit moves its entry to the end. */
  readonly #entries = new Map<string, Entry>();
  /** How many entries hold each face (by identity): a face is charged while any entry holds it. */
  readonly #faceHolders = new Map<number, number>();
  /** Bytes of the export entries. */
  #exportBytes = 0;
  /** How many entries are facts (charged `BYTES_PER_FACT` each, not `BYTES_PER_ENTRY`). */
  #facts = 0;
  readonly #stats = { hits: 0, misses: 0, notKept: 0, unkeyed: 0, evictions: 0, factHits: 0, factMisses: 0, faceFactHits: 0 };

  constructor(options: { budgetBytes: number; keepMinMs?: number; cpuClockMs?: () => number }) {
    if (!Number.isFinite(options.budgetBytes) || options.budgetBytes < 0) {
      throw new RangeError(`the operation memo's budget must be a non-negative number of bytes, got ${options.budgetBytes}`);
    }
    const keepMinMs = options.keepMinMs ?? DEFAULT_KEEP_MIN_MS;
    if (!Number.isFinite(keepMinMs) || keepMinMs < 0) {
      throw new RangeError(`the operation memo's keepMinMs must be a non-negative number of milliseconds, got ${keepMinMs}`);
    }
    this.budgetBytes = options.budgetBytes;
    this.keepMinMs = keepMinMs;
    this.cpuClockMs = options.cpuClockMs ?? threadCpuMs;
  }

  get stats(): MemoStats {
    return { entries: this.#entries.size, bytes: this.#bytes(), budgetBytes: this.budgetBytes, ...this.#stats };
  }

  /** @internal A new handle on `tenant`'s entry for `key` (the caller owns it), or undefined. */
  take(tenant: string, key: string): TopoDS_Shape | undefined {
    const entry = this.#use(tenant, key);
    return entry !== undefined && "handle" in entry ? newHandle(entry.handle) : undefined;
  }

  /** @internal A copy of `tenant`'s export bytes for `key`, or undefined. */
  takeBytes(tenant: string, key: string): Uint8Array | undefined {
    const entry = this.#use(tenant, key);
    return entry !== undefined && "bytes" in entry ? entry.bytes.slice() : undefined;
  }

  /** @internal A copy of `tenant`'s fact for `key` (in a box: the fact may be undefined), or undefined. */
  takeFact(tenant: string, key: string): { value: unknown } | undefined {
    const entry = this.#use(tenant, key, "fact");
    return entry !== undefined && "fact" in entry ? { value: plainCopy(entry.fact) } : undefined;
  }

  /** The entry, made the most recently used, counted as a hit or a miss (of an operation or export, or of a fact). */
  #use(tenant: string, key: string, counted: "operation" | "fact" = "operation"): Entry | undefined {
    const id = entryId(tenant, key);
    const entry = this.#entries.get(id);
    if (entry === undefined) {
      if (counted === "fact") this.#stats.factMisses += 1;
      else this.#stats.misses += 1;
      return undefined;
    }
    if (counted === "fact") this.#stats.factHits += 1;
    else this.#stats.hits += 1;
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    return entry;
  }

  /** @internal Keeps a handle on `shape` as `tenant`'s entry for `key`, evicting the least recently used beyond the budget. */
  /** @internal Counts an operation computed after a miss and not kept, having used less CPU than `keepMinMs`. */
  noteNotKept(): void {
    this.#stats.notKept += 1;
  }

  put(tenant: string, key: string, shape: TopoDS_Shape): void {
    const faces = faceIdentities(shape);
    if (BYTES_PER_ENTRY + faces.length * BYTES_PER_FACE > this.budgetBytes) return;
    const id = entryId(tenant, key);
    this.#drop(id);
    this.#entries.set(id, { handle: newHandle(shape), faces });
    this.#hold(faces);
    this.#evictBeyondBudget();
  }

  /** @internal Keeps a copy of `bytes` as `tenant`'s export entry for `key`, evicting as `put` does. */
  putBytes(tenant: string, key: string, bytes: Uint8Array): void {
    if (BYTES_PER_ENTRY + bytes.byteLength > this.budgetBytes) return;
    const id = entryId(tenant, key);
    this.#drop(id);
    this.#entries.set(id, { bytes: bytes.slice() });
    this.#exportBytes += bytes.byteLength;
    this.#evictBeyondBudget();
  }

  /**
   * @internal Keeps a copy of `fact` as `tenant`'s fact entry for `key`, evicting as `put` does;
   * a fact that is not plain data (see `memoizedFact`) is not kept.
   */
  putFact(tenant: string, key: string, fact: unknown): void {
    if (BYTES_PER_FACT > this.budgetBytes) return;
    let copy: unknown;
    try {
      copy = plainCopy(fact);
    } catch {
      return;
    }
    const id = entryId(tenant, key);
    this.#drop(id);
    this.#entries.set(id, { fact: copy });
    this.#facts += 1;
    this.#evictBeyondBudget();
  }

  /**
   * @internal A copy of `tenant`'s fact `name` measured on the kernel face `face` itself (the same
   * TShape, location and orientation, whatever shape it was found in), or undefined; counted in
   * `faceFactHits` when found.
   */
  takeFaceFact(tenant: string, name: string, face: TopoDS_Shape): { value: unknown } | undefined {
    const id = entryId(tenant, faceFactKey(face, name));
    const entry = this.#entries.get(id);
    // The hash is bounded, so two faces may share one: the pinned face itself decides.
    if (entry === undefined || !("fact" in entry) || entry.pin === undefined || !entry.pin.handle.IsEqual(face)) return undefined;
    this.#stats.faceFactHits += 1;
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    return { value: plainCopy(entry.fact) };
  }

  /** @internal Keeps a copy of `fact` as `tenant`'s fact `name` of the kernel face `face`, pinning the face (charged as an entry's face is). */
  putFaceFact(tenant: string, name: string, face: TopoDS_Shape, fact: unknown): void {
    if (BYTES_PER_FACT + BYTES_PER_FACE > this.budgetBytes) return;
    let copy: unknown;
    try {
      copy = plainCopy(fact);
    } catch {
      return;
    }
    const id = entryId(tenant, faceFactKey(face, name));
    this.#drop(id);
    const faces = faceIdentities(face);
    this.#entries.set(id, { fact: copy, pin: { handle: newHandle(face), faces } });
    this.#hold(faces);
    this.#facts += 1;
    this.#evictBeyondBudget();
  }

  #evictBeyondBudget(): void {
    for (const [oldest] of this.#entries) {
      if (this.#bytes() <= this.budgetBytes) break;
      this.#drop(oldest);
      this.#stats.evictions += 1;
    }
  }

  /** The estimate the budget bounds: every entry, every distinct face any entry holds (once) and the export bytes. */
  #bytes(): number {
    return (this.#entries.size - this.#facts) * BYTES_PER_ENTRY + this.#facts * BYTES_PER_FACT + this.#faceHolders.size * BYTES_PER_FACE + this.#exportBytes;
  }

  /** @internal */
  countUnkeyed(): void {
    this.#stats.unkeyed += 1;
  }

  /** Frees every entry's handle (geometry a build still holds stays alive until that build ends). */
  clear(): void {
    for (const id of [...this.#entries.keys()]) this.#drop(id);
  }

  #drop(id: string): void {
    const entry = this.#entries.get(id);
    if (entry === undefined) return;
    this.#entries.delete(id);
    if ("fact" in entry) {
      this.#facts -= 1;
      if (entry.pin !== undefined) {
        this.#release(entry.pin.faces);
        entry.pin.handle.delete();
      }
      return;
    }
    if ("bytes" in entry) {
      this.#exportBytes -= entry.bytes.byteLength;
      return;
    }
    this.#release(entry.faces);
    entry.handle.delete();
  }

  /** One holder more for each of `faces` (charged from the first). */
  #hold(faces: readonly number[]): void {
    for (const face of faces) this.#faceHolders.set(face, (this.#faceHolders.get(face) ?? 0) + 1);
  }

  /** One holder fewer for each of `faces` (a face no entry holds is no longer charged). */
  #release(faces: readonly number[]): void {
    for (const face of faces) {
      const holders = this.#faceHolders.get(face)!;
      if (holders === 1) this.#faceHolders.delete(face);
      else this.#faceHolders.set(face, holders - 1);
    }
  }
}

/**
 * The memo key of fact `name` of the kernel face `face` itself: OCCT's hash of the face (its
 * TShape and location) and its orientation. Not unique (the hash is bounded): the entry's pinned
 * face is compared with `IsEqual` before its fact is used.
 */
function faceFactKey(face: TopoDS_Shape, name: string): string {
  const oc = kernel();
  const orientations = oc.TopAbs_Orientation;
  const orientation = face.Orientation();
  const sense = orientation === orientations.TopAbs_FORWARD ? "F" : orientation === orientations.TopAbs_REVERSED ? "R" : orientation === orientations.TopAbs_INTERNAL ? "I" : "E";
  return `face ${oc.ReplicadShapeHasher.HashCode(face, HASH_BOUND)}/${sense}:fact ${name}`;
}

/** Tenant and key joined without ambiguity (a tenant name may hold any character). */
function entryId(tenant: string, key: string): string {
  return `${tenant.length}:${tenant}:${key}`;
}

/**
 * A copy of plain data, taking what `canonical` takes and refusing (TypeError) what it refuses: a
 * primitive is its own copy (most facts are numbers and strings), arrays and plain objects are
 * copied element by element (an object with no prototype becomes a plain one, as
 * `structuredClone` made it). It replaces a check by `canonical` (text built and thrown away)
 * followed by `structuredClone`: a fact is a few numbers, for which both cost far more than the
 * copy (measured on enclosure.ts: about 2 ms of a rebuild). Unlike `structuredClone` it does not
 * keep an array's non-index properties or an object met twice as one object; facts are tuples,
 * numbers and records of them that the kernel layer measured, which have neither.
 */
function plainCopy(value: unknown): unknown {
  if (typeof value !== "object" || value === null) {
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") throw new TypeError(`memo keys take plain data only, not a ${typeof value}`);
    return value;
  }
  if (Array.isArray(value)) return value.map(plainCopy);
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) throw new TypeError("memo keys take plain data only, not class instances");
  const record = value as Record<string, unknown>;
  // fromEntries defines each property (an own "__proto__" stays a property, as structuredClone keeps it).
  return Object.fromEntries(Object.keys(record).map((name) => [name, plainCopy(record[name])]));
}

/** Another handle on the same OCCT shape (same location and orientation). */
function newHandle(shape: TopoDS_Shape): TopoDS_Shape {
  const location = shape.Location();
  try {
    return shape.Located(location);
  } finally {
    location.delete();
  }
}

/**
 * The identities of `shape`'s distinct faces: OCCT's hash of each face's kernel shape with its
 * location taken off (a moved copy shares its faces' geometry), without repeats. The location is
 * taken off the explorer's own copy of the face in place (`Location(bare)`), which is what
 * `Located(bare)` does to a further copy: the same hashes, one kernel object fewer per face
 * (measured: a 15-face solid, 70 -> 46 us per walk).
 */
function faceIdentities(shape: TopoDS_Shape): number[] {
  const oc = kernel();
  const identities = new Set<number>();
  const bare = new oc.TopLoc_Location();
  const explorer = new oc.TopExp_Explorer(shape, oc.TopAbs_ShapeEnum.TopAbs_FACE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE);
  try {
    for (; explorer.More(); explorer.Next()) {
      const face = explorer.Current();
      face.Location(bare, false);
      identities.add(oc.ReplicadShapeHasher.HashCode(face, HASH_BOUND));
      face.delete();
    }
  } finally {
    explorer.delete();
    bare.delete();
  }
  return [...identities];
}

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
  trace: MemoTraceRecord[] | undefined;
  /** What the memoized call that just returned did (read by `traced`). */
  outcome: MemoOutcome;
  /** Time (ms) the traced calls nested in the one now running took, so each record holds its own time only. */
  nestedMs: number;
}

/**
 * What a memoized call did: taken from the memo (`hit`), computed and kept (`miss`), computed and
 * not kept for using less CPU than `keepMinMs` (`notKept`), computed because an input had no key
 * (`unkeyed`), or computed because this build already holds the shape under that key (`repeat`).
 */
export type MemoOutcome = "hit" | "miss" | "notKept" | "unkeyed" | "repeat";

/** One memoized call of a traced build: its kind (an operation's, `export <format>` or `fact <name>`), what it did, and its own wall time. */
export interface MemoTraceRecord {
  kind: string;
  outcome: MemoOutcome;
  /** Wall ms of the call less the traced calls nested in it (a hit's time is taking the shape out). */
  ms: number;
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
  session = { memo, tenant, keys: new WeakMap(), handedOut: new Set(), trace, outcome: "miss", nestedMs: 0 };
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
  const outer = open.nestedMs;
  open.nestedMs = 0;
  const started = performance.now();
  try {
    return run();
  } finally {
    const ms = performance.now() - started;
    open.trace!.push({ kind, outcome: open.outcome, ms: ms - open.nestedMs });
    open.nestedMs = outer + ms;
  }
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

/** The key of the `index`-th `kind` sub-shape of the shape keyed `parentKey` (exploration order is deterministic). */
export function subShapeKey(parentKey: string, kind: string, index: number): string {
  return operationKey(`sub:${kind}`, index, [parentKey]);
}

/**
 * A fixed-length digest of the operation's kind, canonical arguments and input keys. One
 * `crypto.hash` of the joined text: the same bytes as the `createHash(…).update(…)` chain it
 * replaces, so the same SHA-256 keys, without a Hash object per key (measured: about a third of
 * the memo's key cost on enclosure.ts was making Hash objects).
 */
export function operationKey(kind: string, args: unknown, inputKeys: readonly string[]): string {
  return hash("sha256", `${kind}\0${canonical(args)}\0${inputKeys.join(",")}`, "base64url");
}

/**
 * Arguments as text that differs whenever they differ: numbers exactly (`-0` and `0` apart),
 * object keys sorted, `undefined` distinct from absent-by-null. Shapes are never arguments (they
 * are inputs, by key); anything else is refused, so a new caller cannot key on something lossy.
 */
export function canonical(value: unknown): string {
  if (value === undefined) return "u";
  if (value === null) return "n";
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "t" : "f";
    case "object": {
      if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) throw new TypeError("memo keys take plain data only, not class instances");
      const record = value as Record<string, unknown>;
      return `{${Object.keys(record).sort().map((name) => `${JSON.stringify(name)}:${canonical(record[name])}`).join(",")}}`;
    }
    default:
      throw new TypeError(`memo keys take plain data only, not a ${typeof value}`);
  }
}
