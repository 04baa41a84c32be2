/**
 * The store of operation-level reuse inside a build slot (issue 15, point 3): entries keyed by
 * tenant and content key (an operation's shape, an export's bytes or a fact measured on a shape),
 * least recently used first, bounded by an estimate of the OCCT memory they hold. How builds
 * find and key their operations is `memoSession.ts`; the keys themselves are `operationKey.ts`.
 *
 * Sharing is by identity: a hit hands the build a new handle on the very OCCT shape an earlier
 * build made, so that shape must never change. The kernel layer keeps to that: its operations
 * make new shapes and leave their inputs alone (booleans run non-destructively while a memo
 * session is open; meshing drops the triangulation it left on the faces).
 *
 * The memo holds its own handle on each entry; evicting an entry deletes only that handle, and
 * OCCT's reference counting keeps the geometry alive while a build still holds a handle on it.
 * The memo lives as long as its slot process: it is dropped when the slot recycles.
 */
import type { TopoDS_Shape } from "replicad-opencascadejs";
import { kernel } from "./load.ts";
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

  /** @internal Counts an operation computed after a miss and not kept, having used less CPU than `keepMinMs`. */
  noteNotKept(): void {
    this.#stats.notKept += 1;
  }

  /** @internal Keeps a handle on `shape` as `tenant`'s entry for `key`, evicting the least recently used beyond the budget. */
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
   * a fact that is not plain data (see `memoizedFact` in memoSession.ts) is not kept.
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
