/**
 * replicad-opencascadejs 1.1.0 registers an empty function (its whole body: `end`) as the
 * destructor of most of its classes, so `delete()` on a gp_Pnt, a TopoDS_Shape, a BRepBuilderAPI
 * builder or a TopExp_Explorer frees nothing: not the object's own storage, and, for a shape or a
 * builder, not the B-rep it holds either (only classes deriving from Standard_Transient, and a few
 * others, got a real one). This repairs `delete()` for the classes below whose registered
 * destructor is that empty function (read from the module itself, so a fixed build is left alone):
 *
 * - VALUE_CLASSES have trivial C++ destructors: their storage is freed.
 * - SHAPE_CLASSES hold two handles (TShape, Location) that Nullify() releases: released, then freed.
 * - LOCATION_CLASSES hold one handle, which Clear() releases: released, then freed.
 * - POLYMORPHIC_CLASSES all derive from BRepBuilderAPI_Command, whose destructor is its first
 *   virtual function, so the second entry of their vtable is the deleting destructor (destroy, then
 *   free), the one a C++ `delete` calls: it is called.
 *
 * Each repaired class is covered by test/kernel/destructors.test.ts (its objects come back to the
 * allocator). Only an object whose class is exactly the repaired one is repaired (a subclass may
 * hold more); and only once its last JavaScript handle is deleted (embind's count reaches zero).
 */
import type { OpenCascadeInstance } from "replicad-opencascadejs";

export const VALUE_CLASSES = [
  "gp_Pnt", "gp_Vec", "gp_Dir", "gp_XYZ", "gp_Pnt2d", "gp_Vec2d", "gp_Dir2d", "gp_XY",
  "gp_Ax1", "gp_Ax2", "gp_Ax3", "gp_Ax2d", "gp_Ax22d", "gp_Pln", "gp_Lin", "gp_Lin2d",
  "gp_Circ", "gp_Circ2d", "gp_Elips", "gp_Elips2d", "gp_Cylinder", "gp_Sphere", "gp_Cone", "gp_Torus",
  "gp_Trsf", "gp_Trsf2d", "gp_GTrsf", "gp_GTrsf2d", "gp_Quaternion", "gp_Mat",
  "Bnd_Box", "Bnd_Box2d", "Quantity_Color",
] as const;
export const SHAPE_CLASSES = ["TopoDS_Shape", "TopoDS_Vertex", "TopoDS_Edge", "TopoDS_Wire", "TopoDS_Face", "TopoDS_Shell", "TopoDS_Solid", "TopoDS_CompSolid", "TopoDS_Compound"] as const;
export const LOCATION_CLASSES = ["TopLoc_Location"] as const;
export const POLYMORPHIC_CLASSES = [
  "BRepBuilderAPI_MakeEdge", "BRepBuilderAPI_MakeWire", "BRepBuilderAPI_MakeFace", "BRepBuilderAPI_MakeShell", "BRepBuilderAPI_MakeSolid",
  "BRepBuilderAPI_MakePolygon", "BRepBuilderAPI_MakeVertex", "BRepBuilderAPI_Transform", "BRepBuilderAPI_GTransform",
  "BRepPrimAPI_MakeBox", "BRepPrimAPI_MakeCylinder", "BRepPrimAPI_MakeSphere", "BRepPrimAPI_MakeCone", "BRepPrimAPI_MakeTorus",
  "BRepPrimAPI_MakePrism", "BRepPrimAPI_MakeRevol",
  "BRepPrimAPI_MakeHalfSpace",
  "BRepAlgoAPI_Fuse", "BRepAlgoAPI_Cut", "BRepAlgoAPI_Common", "BRepAlgoAPI_Section", "BRepAlgoAPI_Splitter",
  "BRepAlgoAPI_BooleanOperation", "BRepAlgoAPI_BuilderAlgo",
  "BRepFilletAPI_MakeFillet", "BRepFilletAPI_MakeChamfer", "BRepFeat_MakeDPrism",
  "BRepOffsetAPI_MakeOffsetShape", "BRepOffsetAPI_MakeThickSolid", "BRepOffsetAPI_ThruSections", "BRepOffsetAPI_DraftAngle",
  "BRepOffsetAPI_MakeFilling", "BRepOffsetAPI_MakeOffset", "BRepOffsetAPI_MakePipe", "BRepOffsetAPI_MakePipeShell",
] as const;

type Imports = Record<string, Record<string, unknown>>;
interface Handle {
  delete(): void;
}

/** Class names (as pointers into the module's memory) → their registered destructors (table indices), as the module registers them. */
export class DestructorRecorder {
  #registered: [namePointer: number, destructor: number][] = [];

  /** Wraps the module's class-registration import (before instantiation) to record each class's destructor. */
  wrap(imports: Imports): void {
    const env = imports.a;
    const name = env === undefined ? undefined : Object.keys(env).find((key) => String(env[key]).includes("Use 'new' to construct"));
    if (env === undefined || name === undefined) return;
    const register = env[name] as (...args: number[]) => unknown;
    env[name] = (...args: number[]) => {
      this.#registered.push([args[10]!, args[12]!]);
      return register(...args);
    };
  }

  /** The registered destructor of each class, by name. */
  byName(memory: WebAssembly.Memory): Map<string, number> {
    const bytes = new Uint8Array(memory.buffer);
    const decoder = new TextDecoder();
    const names = new Map<string, number>();
    for (const [pointer, destructor] of this.#registered) names.set(decoder.decode(bytes.slice(pointer, bytes.indexOf(0, pointer))), destructor); // a copy: a shared memory (the multi-threaded kernel) cannot be decoded in place
    return names;
  }
}

/** The function indices of a WebAssembly module's functions whose body is empty (no locals, `end`). */
function emptyFunctions(wasm: Uint8Array): Set<number> {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = wasm[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  let imported = 0;
  const empty = new Set<number>();
  while (at < wasm.length) {
    const id = wasm[at++]!;
    const size = leb();
    const end = at + size;
    if (id === 2) {
      for (let count = leb(); count > 0; count--) {
        for (let names = 0; names < 2; names++) {
          const length = leb(); // the module's name, then the import's
          at += length;
        }
        const kind = wasm[at++]!;
        if (kind === 0) {
          leb();
          imported += 1;
        } else if (kind === 1 || kind === 2) {
          if (kind === 1) at += 1; // a table's element type
          const flags = leb();
          leb(); // minimum
          if (flags & 1) leb(); // maximum
        } else if (kind === 3) at += 2;
        else return empty; // a kind this reader does not know: repair nothing
      }
    } else if (id === 10) {
      const count = leb();
      for (let i = 0; i < count; i++) {
        const length = leb();
        if (length === 2 && wasm[at] === 0 && wasm[at + 1] === 0x0b) empty.add(imported + i);
        at += length;
      }
    }
    at = end;
  }
  return empty;
}

/**
 * Where embind keeps an object's C++ address: found on a gp_Pnt made from known coordinates, as the
 * own property whose value is the object's record (with a `count`) and, in it, the number that
 * addresses those coordinates. Undefined if not found (the repair is then not made).
 */
function addressKeys(oc: OpenCascadeInstance, memory: WebAssembly.Memory): [string, string] | undefined {
  const probe = new oc.gp_Pnt(1.25, -2.5, 3.75) as unknown as Record<string, Record<string, unknown>>;
  try {
    for (const recordKey of Object.getOwnPropertyNames(probe)) {
      const record = probe[recordKey];
      if (typeof record !== "object" || record === null || !("count" in record)) continue;
      for (const key of Object.getOwnPropertyNames(record)) {
        const value = record[key];
        if (typeof value !== "number" || value % 8 !== 0) continue;
        const xyz = new Float64Array(memory.buffer, value, 3);
        if (xyz[0] === 1.25 && xyz[1] === -2.5 && xyz[2] === 3.75) return [recordKey, key];
      }
    }
    return undefined;
  } finally {
    (probe as unknown as Handle).delete();
  }
}

/** Installs the repaired `delete()` on every listed class whose registered destructor is empty; returns their names. */
export function repairDestructors(oc: OpenCascadeInstance, wasm: Uint8Array, instance: WebAssembly.Instance, recorder: DestructorRecorder): string[] {
  const exports = oc as unknown as { wasmMemory: WebAssembly.Memory; __ZdlPv: (pointer: number) => void };
  const memory = exports.wasmMemory;
  const table = Object.values(instance.exports).find((value) => value instanceof WebAssembly.Table);
  const keys = addressKeys(oc, memory);
  if (keys === undefined || table === undefined || typeof exports.__ZdlPv !== "function") return [];
  const [recordKey, addressKey] = keys;
  const empty = emptyFunctions(wasm);
  const destructors = recorder.byName(memory);
  const free = exports.__ZdlPv;
  const words = () => new Uint32Array(memory.buffer);
  const release: Record<string, (object: Record<string, () => void>, address: number) => void> = {};
  for (const name of VALUE_CLASSES) release[name] = (_object, address) => free(address);
  for (const name of SHAPE_CLASSES) {
    release[name] = (object, address) => {
      object.Nullify!();
      free(address);
    };
  }
  for (const name of LOCATION_CLASSES) {
    release[name] = (object, address) => {
      object.Clear!();
      free(address);
    };
  }
  for (const name of POLYMORPHIC_CLASSES) {
    release[name] = (_object, address) => {
      const vtable = words()[address / 4]!;
      (table.get(words()[vtable / 4 + 1]!) as (pointer: number) => void)(address);
    };
  }
  const repaired: string[] = [];
  for (const [name, finish] of Object.entries(release)) {
    const constructor = (oc as unknown as Record<string, { prototype: Handle } | undefined>)[name];
    const destructor = destructors.get(name);
    if (constructor === undefined || destructor === undefined) continue;
    const fn = table.get(destructor) as { name: string } | null;
      if (fn === null || !empty.has(Number(fn.name))) continue;
    const prototype = constructor.prototype;
    const original = prototype.delete;
    prototype.delete = function (this: Handle & Record<string, Record<string, unknown>>) {
      const record = this[recordKey];
      const address = record?.[addressKey];
      if (Object.getPrototypeOf(this) !== prototype || typeof address !== "number") return original.call(this);
      // Released first (a shape's handles), while the object is still whole; embind then forgets it.
      const last = (record!.count as { value: number }).value === 1;
      if (last) finish(this as unknown as Record<string, () => void>, address);
      original.call(this);
    };
    repaired.push(name);
  }
  return repaired;
}
