/**
 * Issue 13, points 1, 2 and 6: one signature table (CadQuery 2.5's parameter lists) binds every
 * converted method's arguments positionally, by name in a trailing options object, or both;
 * the argument types and docs come from the same table; bad calls name the CadQuery form.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { Assembly, AssemblyImpl, Compound, Edge, Face, Location, Shape, Shell, Sketch, SketchImpl, Solid, Vertex, Wire, Workplane, WorkplaneImpl, func } from "../../src/api/index.ts";
import { Mixin3D } from "../../src/api/shape.ts";
import { SIGNATURE_TABLES, pythonForm, type ParamSpec } from "../../src/api/signatures/index.ts";
import { renderDeclarations } from "../../src/api/signatures/declarations.ts";
import { buildModel } from "../../src/build/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { PartforgeError } from "../../src/shared/errors.ts";
import { assertClose, assertPartforgeError, solidOf } from "../helpers/geometry.ts";

const CLASSES: Record<string, { prototype: object }> = { Workplane: WorkplaneImpl, Sketch: SketchImpl, Assembly: AssemblyImpl };
/** The shape classes and the tables their methods (own, static and inherited from partforge's root) are bound with. */
const SHAPE_CLASSES: [string, Function, string[]][] = [
  ["Shape", Shape, ["Shape", "Mixin1D", "Vertex", "Face"]],
  ["Mixin3D", Mixin3D, ["Mixin3D"]],
  ["Vertex", Vertex, ["Vertex"]],
  ["Edge", Edge, ["Edge"]],
  ["Wire", Wire, ["Wire"]],
  ["Face", Face, ["Face"]],
  ["Shell", Shell, ["Shell"]],
  ["Solid", Solid, ["Solid"]],
  ["Compound", Compound, ["Compound", "Mixin3D"]],
];
/** Plumbing that is not part of the scripting API. */
const INTERNAL = new Set(["constructor", "derive", "toString"]);

function publicMethods(prototype: object): string[] {
  return Object.entries(Object.getOwnPropertyDescriptors(prototype))
    .filter(([name, descriptor]) => typeof descriptor.value === "function" && !INTERNAL.has(name))
    .map(([name]) => name);
}

const volume = (wp: WorkplaneImpl) => solidOf(wp).Volume();
/** The object with its methods callable with any arguments, to make calls the types rightly refuse. */
const loose = (target: object) => target as unknown as Record<string, (...args: unknown[]) => unknown>;
const areaOf = (sketch: SketchImpl) => sketch.facesShape()!.Area();
const cubeTop = () => Workplane().box(10, 10, 4).faces(">Z").workplane();

describe("the signature table", () => {
  it("has a signature for every public method of Workplane, Sketch and Assembly, and nothing else", () => {
    for (const [owner, Class] of Object.entries(CLASSES)) {
      const table = SIGNATURE_TABLES[owner]!;
      const methods = publicMethods(Class.prototype);
      assert.deepEqual(methods.filter((name) => !Object.hasOwn(table, name)), [], `${owner} methods missing from the table`);
      const extra = Object.keys(table).filter((name) => name !== "__init__" && !methods.includes(name));
      assert.deepEqual(extra, [], `${owner} table entries that are not methods`);
    }
  });

  it("has a signature for every public method of the shape classes (own and class methods), and a method for every entry", () => {
    const ownMethods = (target: object) =>
      Object.entries(Object.getOwnPropertyDescriptors(target))
        .filter(([name, d]) => typeof d.value === "function" && !["constructor", "toString", "length", "name", "prototype"].includes(name))
        .map(([name]) => name);
    const root = Object.getPrototypeOf(Shape.prototype) as object;
    for (const [owner, Class, tables] of SHAPE_CLASSES) {
      const methods = [...ownMethods(Class.prototype), ...ownMethods(Class), ...(owner === "Shape" ? ownMethods(root) : [])];
      const listed = (name: string) => tables.some((table) => Object.hasOwn(SIGNATURE_TABLES[table]!, name));
      assert.deepEqual(methods.filter((name) => !listed(name)), [], `${owner} methods missing from its tables`);
    }
    for (const [owner, Class] of SHAPE_CLASSES) {
      const table = SIGNATURE_TABLES[owner]!;
      for (const [name, signature] of Object.entries(table)) {
        const where = signature.classmethod === true ? (Class as unknown as Record<string, unknown>) : (Class.prototype as Record<string, unknown>);
        assert.equal(typeof where[name], "function", `${owner}.${name} is in the table but not a ${signature.classmethod ? "class" : "instance"} method`);
      }
    }
  });

  it("has a signature for every free function of the func namespace, and nothing else", () => {
    assert.deepEqual(Object.keys(func).sort(), Object.keys(SIGNATURE_TABLES.func!).sort());
  });

  it("lists parameters as Python allows: unique names, no required one after a default, extensions and unsupported ones well formed", () => {
    for (const [owner, table] of Object.entries(SIGNATURE_TABLES)) {
      for (const [method, signature] of Object.entries(table)) {
        for (const params of [signature.params, ...(signature.overloads ?? [])]) {
          const where = `${owner}.${method}`;
          const names = params.map((p) => p.name);
          assert.equal(new Set(names).size, names.length, `${where}: a name is listed twice`);
          const positional = params.filter((p) => p.extension === undefined && p.keywordOnly !== true);
          const firstDefault = positional.findIndex((p) => p.default !== undefined);
          if (firstDefault >= 0) assert.ok(positional.slice(firstDefault).every((p) => p.default !== undefined), `${where}: a required parameter follows a default`);
          assert.ok(params.slice(positional.length).every((p) => p.extension !== undefined || p.keywordOnly === true), `${where}: keyword-only parameters and extensions come last`);
          assert.ok(params.every((p) => p.unsupported === undefined || p.default !== undefined), `${where}: an unsupported parameter needs a default`);
        }
      }
    }
  });

  it("is frozen all the way down, as state shared by every build", () => {
    const extrude = SIGNATURE_TABLES.Workplane!.extrude!;
    assert.ok(Object.isFrozen(SIGNATURE_TABLES.Workplane) && Object.isFrozen(extrude) && Object.isFrozen(extrude.params[0]!.type));
    assert.throws(() => {
      (extrude.params as ParamSpec[]).push({ name: "x", type: ["number"] });
    }, TypeError);
  });

  it("writes the CadQuery form as Python does", () => {
    assert.equal(pythonForm("Workplane", "extrude", SIGNATURE_TABLES.Workplane!.extrude!), "Workplane.extrude(until, combine=True, clean=True, both=False, taper=None)");
    assert.equal(pythonForm("Workplane", "sphere", SIGNATURE_TABLES.Workplane!.sphere!), "Workplane.sphere(radius, direct=(0, 0, 1), angle1=-90, angle2=90, angle3=360, centered=True, combine=True, clean=True)");
    assert.equal(pythonForm("Sketch", "face", SIGNATURE_TABLES.Sketch!.face!), "Sketch.face(b, angle=0, mode='a', tag=None, ignore_selection=False, *, ignoreSelection=False)");
    assert.equal(pythonForm("Shape", "fuse", SIGNATURE_TABLES.Shape!.fuse!), "Shape.fuse(*toFuse, glue=False, tol=None)");
    assert.equal(pythonForm("Wire", "makeHelix", SIGNATURE_TABLES.Wire!.makeHelix!), "Wire.makeHelix(pitch, height, radius, center=(0, 0, 0), dir=(0, 0, 1), angle=360, lefthand=False)");
    assert.equal(pythonForm("func", "shell", SIGNATURE_TABLES.func!.shell!), "func.shell(*s, tol=1e-06, manifold=True, ctx=None, history=None, name=None) or func.shell(s, tol=1e-06, manifold=True, ctx=None, history=None, name=None)");
  });

  it("is what src/api/signatures/generated.ts declares (npm run types regenerates it)", () => {
    const committed = readFileSync(new URL("../../src/api/signatures/generated.ts", import.meta.url), "utf8");
    assert.equal(committed, renderDeclarations(), "generated.ts is stale: run `npm run types`");
  });

  it("gives docs/api.md each converted method's CadQuery parameters and call forms", () => {
    const docs = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
    assert.ok(docs.includes("### `extrude(until, combine=True, clean=True, both=False, taper=None)`"));
    assert.ok(docs.includes("wp.extrude(until, { combine?, clean?, both?, taper? })"));
    assert.ok(docs.includes("### `Workplane(inPlane='XY', origin=(0, 0, 0), obj=None)`"));
    assert.ok(docs.includes("### `segment(p1, p2, tag=None, forConstruction=False) / segment(p2, tag=None, forConstruction=False) / segment(l, a, tag=None, forConstruction=False)`"));
    assert.ok(docs.includes("### `makeCone(radius1, radius2, height, pnt=(0, 0, 0), dir=(0, 0, 1), angleDegrees=360)`"));
    assert.ok(docs.includes("Solid.makeCone(radius1, radius2, height, { pnt?, dir?, angleDegrees? })"));
    assert.ok(docs.includes("shape.fuse(...toFuse, { glue?, tol? })"));
  });
});

describe("binding a call as Python does", () => {
  before(async () => {
    await loadKernel();
  });

  it("accepts the three CadQuery lines of issue 13 as written", () =>
    withScope(() => {
      const [pitch, lbumps, wbumps] = [4, 2, 2];
      assert.equal(cubeTop().rarray(pitch, pitch, lbumps, wbumps, true).size(), 4);
      assert.equal((cubeTop().rarray(pitch, pitch, lbumps, wbumps, false).vals()[0] as Location).position.x, 0);
      assert.equal((cubeTop().rarray(pitch, pitch, lbumps, wbumps, true).vals()[0] as Location).position.x, -2);
      assert.equal(cubeTop().rect(2, 2).extrude(3, false).size(), 1);
      assertClose(volume(cubeTop().rect(2, 2).extrude(3, false)), 12, 1e-9);
      // depth=None: through all, as CadQuery's default.
      const cbore = cubeTop().cboreHole(2, 4, 1, { depth: null });
      assertClose(volume(cbore), 400 - Math.PI * 1 * 4 - Math.PI * 3 * 1, 1e-6);
    }));

  it("binds positional, named and mixed forms of the same call alike", () =>
    withScope(() => {
      const expected = volume(cubeTop().rect(2, 2).extrude(3, false, true, true));
      assertClose(expected, 24, 1e-9);
      assertClose(volume(cubeTop().rect(2, 2).extrude({ until: 3, combine: false, both: true })), expected, 1e-12);
      assertClose(volume(cubeTop().rect(2, 2).extrude(3, { combine: false, both: true })), expected, 1e-12);
      assertClose(volume(cubeTop().rect(2, 2).extrude(3, false, { both: true })), expected, 1e-12);
      assertClose(volume(loose(cubeTop().rect(2, 2)).extrude(3, undefined, undefined, { combine: false, both: true }) as WorkplaneImpl), expected, 1e-12);
      assertClose(volume(Workplane().box(2, 3, 4, false)), 24, 1e-9);
      assert.deepEqual(solidOf(Workplane().box(2, 3, 4, [false, true, false])).BoundingBox().center.toTuple(), [1, 0, 2]);
      assert.deepEqual(solidOf(Workplane().box({ length: 2, width: 3, height: 4, centered: false })).BoundingBox().center.toTuple(), [1, 1.5, 2]);
      assert.equal(Workplane("XY", [0, 0, 5]).plane.origin.z, 5);
      assert.equal(Workplane({ inPlane: "XZ", origin: [0, 0, 5] }).plane.zDir.y, -1);
    }));

  it("reads null and undefined as Python's None where None is allowed", () =>
    withScope(() => {
      const through = volume(cubeTop().hole(2));
      assertClose(volume(cubeTop().hole(2, null)), through, 1e-9);
      assertClose(volume(cubeTop().hole(2, undefined, false)), through, 1e-9);
      assertClose(volume(cubeTop().cskHole(2, 4, 90, null)), volume(cubeTop().cskHole(2, 4, 90)), 1e-9);
      assertClose(volume(cubeTop().rect(2, 2).extrude(1, true, true, false, null)), 404, 1e-9);
      assertPartforgeError(() => cubeTop().rect(2, 2).extrude(null as never), "SCRIPT_EXCEPTION", /Workplane\.extrude\(until, .*\): until must be .* or a shape; got null/);
      assertPartforgeError(() => cubeTop().rect(2, 2).extrude(1, null as never), "SCRIPT_EXCEPTION", /combine must be true, false, "a", "s" or "cut"; got null/);
    }));

  it("refuses a parameter given twice, an unknown name, a wrong type and too many positional arguments, naming the CadQuery form", () =>
    withScope(() => {
      const form = /^Workplane\.extrude\(until, combine=True, clean=True, both=False, taper=None\): /;
      const drawn = () => cubeTop().rect(2, 2);
      assertPartforgeError(() => loose(drawn()).extrude(1, false, true, true, 5, 6), "SCRIPT_EXCEPTION", form, /got 6 positional arguments; it takes at most 5$/);
      assertPartforgeError(() => drawn().extrude(1, false, { combine: true } as never), "SCRIPT_EXCEPTION", form, /combine is given twice, positionally and by name/);
      assertPartforgeError(() => drawn().extrude(1, { combin: true } as never), "SCRIPT_EXCEPTION", form, /unknown option "combin" \(did you mean "combine"\?\); valid options are until, combine, clean, both, taper/);
      assertPartforgeError(() => drawn().extrude("3" as never), "SCRIPT_EXCEPTION", form, /until must be a finite number or one of "next", "last" or a shape; got "3"/);
      assertPartforgeError(() => loose(Workplane().box(1, 1, 1)).vals(1), "SCRIPT_EXCEPTION", /^Workplane\.vals\(\): got 1 positional arguments; it takes none$/);
      assertPartforgeError(() => Workplane().polarArray(1, 0, 360, 2.5), "SCRIPT_EXCEPTION", /count must be a whole number; got 2\.5/);
    }));

  it("passes a trailing object positionally to a parameter that takes a mapping", () =>
    withScope(() => {
      const box = Workplane().box(1, 1, 1);
      const positional = Assembly(box, undefined, "part", "red", { supplier: "acme", sizes: [1, 2] });
      assert.equal(positional.name, "part");
      assert.deepEqual(positional.metadata, { supplier: "acme", sizes: [1, 2] });
      assert.ok(Object.isFrozen(positional.metadata) && Object.isFrozen(positional.metadata.sizes));
      const named = Assembly(box, { name: "part", metadata: { supplier: "acme" } });
      assert.deepEqual(named.metadata, { supplier: "acme" });
      const added = Assembly().add(box, new Location(0, 0, 1), "leaf", undefined, { mass: 2 });
      assert.deepEqual(added.children[0]!.metadata, { mass: 2 });
      assertPartforgeError(() => Assembly(box, { metadata: { f: () => 1 } }), "SCRIPT_EXCEPTION", /metadata\.f must hold plain data/);
    }));

  it("reads what the script passes once, at the call, and keeps copies", () =>
    withScope(() => {
      let reads = 0;
      const options = {
        get combine() {
          reads += 1;
          return false;
        },
      };
      cubeTop().rect(2, 2).extrude(1, options);
      assert.equal(reads, 1);
      let overloadReads = 0;
      Sketch().segment([0, 0], [1, 0]).segment([1, 1], {
        get tag() {
          overloadReads += 1;
          return "t";
        },
      });
      assert.equal(overloadReads, 1, "an overloaded method reads the options once across its call forms");
      const points: [number, number][] = [[1, 0], [2, 0]];
      const stacked = Workplane().pushPoints(points);
      points[0]![0] = 100;
      points.push([3, 0]);
      assert.deepEqual(stacked.vals().map((l) => (l as Location).position.x), [1, 2]);
    }));

  it("refuses a CadQuery parameter partforge cannot honour unless it keeps its default", () =>
    withScope(() => {
      const box = Workplane().box(2, 2, 2);
      assertClose(volume(box.union(Workplane().box(1, 1, 4), true, false)), 10, 1e-9);
      assertPartforgeError(() => box.union(Workplane().box(1, 1, 4), { glue: true }), "NOT_SUPPORTED", /^Workplane\.union\(toUnion=None, clean=True, glue=False, tol=None\): glue is not supported/);
      assertPartforgeError(() => box.union(Workplane().box(1, 1, 4), true, false, 0.1), "NOT_SUPPORTED", /tol is not supported/);
    }));

  it("dispatches CadQuery's overloads by the arguments' types", () =>
    withScope(() => {
      const byPoints = Sketch().segment([0, 0], [2, 0]).segment([2, 2]).segment(2 * Math.SQRT2, 225).assemble();
      assertClose(areaOf(byPoints), 2, 1e-9);
      const arcs = Sketch().arc([0, 0], [1, 1], [0, 2]).arc([-1, 1], [0, 0]).assemble();
      assertClose(areaOf(arcs), Math.PI, 1e-6);
      const centred = Sketch().arc([0, 0], 1, 0, 360).assemble();
      assertClose(areaOf(centred), Math.PI, 1e-6);
      assertPartforgeError(() => Sketch().segment("a" as never), "SCRIPT_EXCEPTION", /Sketch\.segment\(p1, p2, .*\) or Sketch\.segment\(p2, .*\) or Sketch\.segment\(l, a, .*\): p1 must be a point/);
      const split = Workplane().box(2, 2, 2).faces(">Y").workplane({ offset: -1 });
      assert.equal(split.split(true, true).size(), 2);
      assert.equal(split.split({ keepBottom: true }).size(), 1);
      assert.equal(Workplane().box(2, 2, 2).split(Workplane("XZ").rect(4, 4).extrude(0.1, { both: true }).faces(">Y")).solids().size(), 2);
    }));

  it("keeps partforge's extensions by name", () =>
    withScope(() => {
      const placed = Sketch().push([[0, 0], [2, 2]]).each((l) => Sketch().push([l]).rect(1, 1), { ignoreSelection: true });
      const cq = Sketch().push([[0, 0], [2, 2]]).each((l) => Sketch().push([l]).rect(1, 1), "a", undefined, true);
      assertClose(areaOf(placed), areaOf(cq), 1e-12);
      assertPartforgeError(() => loose(Sketch()).rect(1, 1, 0, "a", undefined, true), "SCRIPT_EXCEPTION", /Sketch\.rect\(w, h, angle=0, mode='a', tag=None\): got 6 positional arguments; it takes at most 5/);
    }));

  it("puts the script's line and column on a binding error", async () => {
    const source = `import { Workplane } from "partforge";
export const METADATA = { name: "porting" };
export function build() {
  const base = Workplane("XY").box(10, 10, 2);
  return base.faces(">Z").workplane().rect(2, 2).extrude(1, false, true, false, null, 6);
}`;
    let caught: unknown;
    try {
      await buildModel({ source, language: "ts", type: "stl" });
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof PartforgeError, String(caught));
    assert.equal(caught.code, "SCRIPT_EXCEPTION");
    assert.equal(caught.message, "Workplane.extrude(until, combine=True, clean=True, both=False, taper=None): got 6 positional arguments; it takes at most 5");
    assert.deepEqual(caught.location, { line: 5, column: 50 }, "at extrude(");
  });
});
