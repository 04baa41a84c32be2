import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Compound, cast, exportSTEP, makeBaseBox, makeCompound, makeCylinder, makeLine, makeSphere, makeVertex, type AnyShape } from "replicad";
import { isPartforgeError } from "../shared/errors.ts";
import type { Unit } from "../shared/units.ts";
import { located, plateWithHoles } from "../../test/helpers/shapes.ts";
import { kernel, kernelMemoryBytes, loadKernel } from "./load.ts";
import { tessellate } from "./mesh.ts";
import { plainWriterFits, STEP_TIME_STAMP, writeStep, writeStepThroughDocument, writeStepWithoutDocument } from "./step.ts";
import type { ExportPart } from "./mesh.ts";

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** Every 3D CARTESIAN_POINT coordinate in the file. */
function coordinates(step: string): number[] {
  return [...step.matchAll(/CARTESIAN_POINT\('[^']*',\(([^,)]+),([^,)]+),([^,)]+)\)\)/g)]
    .flatMap((match) => [Number(match[1]), Number(match[2]), Number(match[3])]);
}

function isGeometryError(error: unknown): boolean {
  return isPartforgeError(error) && error.code === "GEOMETRY";
}

/** How each unit's length unit reads in the file. */
const DECLARED_UNIT: Record<Unit, RegExp> = {
  mm: /\(\s*LENGTH_UNIT\(\)\s*NAMED_UNIT\(\*\)\s*SI_UNIT\(\.MILLI\.,\.METRE\.\)\s*\)/,
  cm: /\(\s*LENGTH_UNIT\(\)\s*NAMED_UNIT\(\*\)\s*SI_UNIT\(\.CENTI\.,\.METRE\.\)\s*\)/,
  m: /\(\s*LENGTH_UNIT\(\)\s*NAMED_UNIT\(\*\)\s*SI_UNIT\(\$,\.METRE\.\)\s*\)/,
  in: /CONVERSION_BASED_UNIT\('INCH',#\d+\)\s*LENGTH_UNIT\(\)/,
  ft: /CONVERSION_BASED_UNIT\('FOOT',#\d+\)\s*LENGTH_UNIT\(\)/,
};

describe("writeStep", () => {
  before(async () => {
    await loadKernel();
  });

  it("writes an AP214 file with one named product per part", () => {
    const block = makeBaseBox(10, 10, 10);
    const ball = makeSphere(3);
    const step = text(writeStep([{ name: "block", shape: block }, { name: "ball", shape: ball }], { unit: "mm" }));
    block.delete();
    ball.delete();
    assert.match(step, /^ISO-10303-21;/);
    assert.match(step, /FILE_SCHEMA\(\('AUTOMOTIVE_DESIGN \{ 1 0 10303 214 1 1 1 1 \}'\)\);/);
    assert.deepEqual([...step.matchAll(/PRODUCT\('([^']*)'/g)].map((match) => match[1]), ["block", "ball"]);
  });

  for (const unit of Object.keys(DECLARED_UNIT) as Unit[]) {
    it(`declares ${unit} as the length unit and writes a 1 ${unit} cube with coordinates of 1, unscaled`, () => {
      const cube = makeBaseBox(1, 1, 1);
      const step = text(writeStep([{ name: "cube", shape: cube }], { unit }));
      cube.delete();
      assert.match(step, DECLARED_UNIT[unit]);
      const extent = Math.max(...coordinates(step).map(Math.abs));
      assert.equal(extent, 1, `largest coordinate ${extent}`);
    });
  }

  it("writes the fixed time stamp instead of the clock's", () => {
    const box = makeBaseBox(1, 2, 3);
    const step = text(writeStep([{ name: "box", shape: box }], { unit: "mm" }));
    box.delete();
    assert.match(step, new RegExp(`FILE_NAME\\('[^']*','${STEP_TIME_STAMP}'`));
  });

  it("writes identical bytes for identical input, whatever ran in between", () => {
    const box = makeBaseBox(10, 20, 30);
    const first = writeStep([{ name: "box", shape: box, color: "#336699" }], { unit: "mm" });
    // Things that could leak into the next file: other settings, a cached mesh, replicad's own AP242 export.
    writeStep([{ name: "other", shape: box }], { unit: "in" });
    tessellate([{ name: "box", shape: box }], { unit: "mm", tolerance: 0.01, angularTolerance: 0.05 });
    exportSTEP([{ shape: box, name: "replicad" }], { unit: "M" });
    const second = writeStep([{ name: "box", shape: box, color: "#336699" }], { unit: "mm" });
    box.delete();
    assert.deepEqual(second, first);
  });

  it("carries nothing from a coloured export into the next one (the writer is made per export: OCCT's Init keeps its colour map)", () => {
    const plain = makeBaseBox(4, 5, 6);
    const coloured = makeSphere(2);
    const alone = writeStep([{ name: "plain", shape: plain }], { unit: "mm" });
    writeStep([{ name: "red", shape: coloured, color: "#ff0000" }, { name: "plain", shape: plain, color: "#00ff00" }], { unit: "mm" });
    const after = writeStep([{ name: "plain", shape: plain }], { unit: "mm" });
    plain.delete();
    coloured.delete();
    assert.doesNotMatch(text(after), /STYLED_ITEM|COLOUR_RGB/);
    assert.deepEqual(after, alone);
  });

  it("restores the OCCT writer settings it changes and leaves no temporary file behind", () => {
    const oc = kernel();
    const box = makeBaseBox(1, 1, 1);
    writeStep([{ name: "box", shape: box }], { unit: "mm" });
    const settings = () => ["write.step.schema", "write.step.unit", "write.step.tessellated", "write.step.product.name"].map((name) => oc.Interface_Static.CVal(name));
    oc.Interface_Static.SetCVal("write.step.unit", "M");
    const before = settings();
    const files = oc.FS.readdir("/tmp");
    writeStep([{ name: "box", shape: box }], { unit: "in" });
    box.delete();
    assert.deepEqual(settings(), before);
    assert.deepEqual(oc.FS.readdir("/tmp"), files);
    oc.Interface_Static.SetCVal("write.step.unit", "MM");
  });

  it("leaves no part's name in the writer's product-name setting after a plain export", () => {
    const oc = kernel();
    const box = makeBaseBox(1, 1, 1);
    // The value the plain writer pins it to: nothing for it to put back.
    oc.Interface_Static.SetCVal("write.step.product.name", "");
    assert.ok(writeStepWithoutDocument([{ name: "bracket", shape: box }], { unit: "mm" }) !== undefined);
    writeStep([{ name: "bracket", shape: box }, { name: "", shape: makeSphere(1) }], { unit: "mm" });
    box.delete();
    assert.equal(oc.Interface_Static.CVal("write.step.product.name"), "");
  });

  it("frees what each export made: kernel memory stays flat over 250 exports", () => {
    // Leaking the STEP model, as OCCT's writer does unless its session is cleared, costs this
    // plate about 0.46 MB per export: 115 MB here, more than any heap headroom can absorb.
    const plate = plateWithHoles(5);
    const parts = [{ name: "plate", shape: plate }];
    for (let i = 0; i < 10; i++) writeStep(parts, { unit: "mm" });
    const before = kernelMemoryBytes();
    for (let i = 0; i < 250; i++) writeStep(parts, { unit: "mm" });
    const growth = kernelMemoryBytes() - before;
    plate.delete();
    assert.ok(growth < 32 * 2 ** 20, `kernel memory grew by ${(growth / 2 ** 20).toFixed(0)} MB`);
  });

  it("reports a deleted shape as a GEOMETRY error, not a crash", () => {
    const box = makeBaseBox(1, 1, 1);
    box.delete();
    assert.throws(() => writeStep([{ name: "gone", shape: box }], { unit: "mm" }), isGeometryError);
  });

  it("writes the same file after an export that failed as before it (the failed export's work session is not reused)", () => {
    const box = makeBaseBox(3, 4, 5);
    const first = writeStep([{ name: "box", shape: box }], { unit: "mm" });
    const gone = makeBaseBox(1, 1, 1);
    gone.delete();
    assert.throws(() => writeStep([{ name: "box", shape: box }, { name: "gone", shape: gone }], { unit: "mm" }), isGeometryError);
    const second = writeStep([{ name: "box", shape: box }], { unit: "mm" });
    box.delete();
    assert.deepEqual(second, first);
  });

  it("reports a null shape as a GEOMETRY error naming the part", () => {
    const empty = new Compound(new (kernel().TopoDS_Compound)());
    assert.throws(
      () => writeStep([{ name: "nothing", shape: empty }], { unit: "mm" }),
      (error: unknown) => isGeometryError(error) && /nothing/.test((error as Error).message),
    );
    empty.delete();
  });

  it("rejects an empty part list", () => {
    assert.throws(() => writeStep([], { unit: "mm" }), (error: unknown) => isPartforgeError(error) && error.code === "INVALID_RESULT");
  });
});

/**
 * The plain writer (STEPControl_Writer) is taken where it writes the same bytes as the XCAF
 * document; every case here is written both ways and compared byte for byte.
 */
describe("writeStep's plain writer against the document writer", () => {
  before(async () => {
    await loadKernel();
  });

  /** A compound solid of the shapes (no modelling operation makes one; OCCT's writers write it differently). */
  function compoundSolid(...shapes: AnyShape[]): AnyShape {
    const oc = kernel();
    const builder = new oc.TopoDS_Builder();
    const made = new oc.TopoDS_CompSolid();
    builder.MakeCompSolid(made);
    for (const shape of shapes) builder.Add(made, shape.wrapped);
    builder.delete();
    return cast(made);
  }


  const plain: [string, () => ExportPart[]][] = [
    ["a plate with holes", () => [{ name: "plate", shape: plateWithHoles(3) }]],
    ["a box", () => [{ name: "box", shape: makeBaseBox(1, 2, 3) }]],
    ["a cylinder cut from a box", () => [{ name: "bracket", shape: makeBaseBox(80, 60, 10).cut(makeCylinder(11, 10, [0, 0, 0])) }]],
    ["a solid moved by a location", () => [{ name: "moved", shape: located(makeSphere(5), [5, 6, 7]) }]],
    ["three parts", () => [{ name: "a", shape: makeBaseBox(1, 1, 1) }, { name: "b", shape: makeSphere(2) }, { name: "c", shape: makeCylinder(1, 4) }]],
    ["a part with no name (part-1)", () => [{ name: "", shape: makeSphere(1) }]],
    ["names with spaces and punctuation", () => [{ name: "M3 (x4), 12.5; #2", shape: makeCylinder(1.5, 12) }, { name: "a\"b/c", shape: makeSphere(1) }]],
    ["a compound of one solid (a boolean's result)", () => [{ name: "one", shape: makeCompound([makeBaseBox(1, 2, 3)]) }]],
    ["a compound of a compound of one solid", () => [{ name: "nested", shape: makeCompound([makeCompound([makeSphere(2)])]) }]],
    ["a face", () => [{ name: "face", shape: makeBaseBox(1, 1, 1).faces[0]! }]],
    ["a wire and an edge", () => [{ name: "wire", shape: makeBaseBox(1, 1, 1).faces[0]!.outerWire() }, { name: "edge", shape: makeLine([0, 0, 0], [1, 1, 1]) }]],
    ["one kernel shape at two locations (an Assembly's part added twice)", () => {
      const ball = makeSphere(2);
      return [{ name: "a", shape: ball }, { name: "b", shape: located(ball, [5, 0, 0]) }];
    }],
    ["one kernel shape moved twice to the same place, by two locations", () => {
      const ball = makeSphere(2);
      return [{ name: "a", shape: located(ball, [5, 0, 0]) }, { name: "b", shape: located(ball, [5, 0, 0]) }];
    }],
    ["an empty compound", () => [{ name: "empty", shape: makeCompound([]) }]],
    ["a compound of two solids", () => [{ name: "pair", shape: makeCompound([makeBaseBox(1, 1, 1), makeSphere(3)]) }]],
    ["a compound of one compound of two solids", () => [{ name: "nested", shape: makeCompound([makeCompound([makeBaseBox(1, 1, 1), makeSphere(3)])]) }]],
    ["a compound of a solid, a face, an edge and a vertex", () => [{ name: "mixed", shape: makeCompound([makeSphere(1), makeBaseBox(2, 2, 2).faces[0]!, makeLine([0, 0, 0], [1, 2, 3]), makeVertex([4, 5, 6])]) }]],
    ["a compound of faces and a compound solid", () => [{ name: "holder", shape: makeCompound([compoundSolid(makeBaseBox(1, 1, 1), makeSphere(3)), makeCylinder(1, 3).faces[0]!]) }]],
    ["two parts that are compounds", () => [{ name: "a", shape: makeCompound([makeBaseBox(1, 1, 1), makeSphere(3)]) }, { name: "b", shape: makeCompound([makeCylinder(1, 2), makeSphere(1)]) }]],
    ["a name short enough to fit on the line, but not with the writer's counter", () => [{ name: "n".repeat(21), shape: makeSphere(1) }]],
    ["a name that fills the line to its last character without the writer's counter", () => [{ name: "n".repeat(22), shape: makeSphere(1) }]],
    ["three parts whose lines the writer's counter breaks", () => [
      { name: "Untitled model 1", shape: plateWithHoles(4) },
      { name: "Untitled model 2", shape: plateWithHoles(5) },
      { name: "n".repeat(19), shape: makeSphere(1) },
    ]],
  ];
  const documentOnly: [string, () => ExportPart[]][] = [
    ["a coloured part", () => [{ name: "red", shape: makeBaseBox(1, 1, 1), color: "#ff0000" }]],
    ["two parts on one kernel shape", () => {
      const ball = makeSphere(2);
      return [{ name: "a", shape: ball }, { name: "b", shape: ball }];
    }],
    ["a name with a quote", () => [{ name: "it's", shape: makeSphere(1) }]],
    ["a name with a backslash", () => [{ name: "a\\b", shape: makeSphere(1) }]],
    ["a name with a letter outside ASCII", () => [{ name: "Zahnrad-ä", shape: makeSphere(1) }]],
    ["a name with a line break", () => [{ name: "a\nb", shape: makeSphere(1) }]],
  ];

  /** Taken by the plain writer, whose file is then found not to be the document's. */
  const rewritten: [string, () => ExportPart[]][] = [
    ["a name with spaces and punctuation too long for the product's line", () => [{ name: "M3 bolt (x4), 12.5 mm; #2", shape: makeCylinder(1.5, 12) }]],
    ["a name long enough that the product's line wraps", () => [{ name: "n".repeat(60), shape: makeSphere(1) }]],
    ["a name one character too long for the line, even without the writer's counter", () => [{ name: "n".repeat(23), shape: makeSphere(1) }]],
  ];

  for (const [label, make] of [...plain, ...documentOnly, ...rewritten]) {
    const expectPlain = plain.some(([name]) => name === label) || rewritten.some(([name]) => name === label);
    for (const unit of ["mm", "in"] as const) {
      it(`${label} (${unit}): ${expectPlain ? "the plain writer" : "the document writer"} is tried first and the bytes equal the document writer's`, () => {
        const parts = make();
        try {
          assert.equal(plainWriterFits(parts), expectPlain);
          const chosen = writeStep(parts, { unit });
          const reference = writeStepThroughDocument(parts, { unit });
          assert.equal(text(chosen), text(reference));
          // The plain writer's own file: the document's where it is taken, none where it is not (or is written again).
          const plainly = writeStepWithoutDocument(parts, { unit });
          const isPlain = plain.some(([name]) => name === label);
          assert.equal(plainly === undefined ? undefined : text(plainly), isPlain ? text(reference) : undefined);
        } finally {
          for (const shape of new Set(parts.map((part) => part.shape))) shape.delete();
        }
      });
    }
  }

  it("leaves a compound solid to the document writer (the plain writer writes it otherwise)", () => {
    const solids = compoundSolid(makeBaseBox(1, 1, 1), makeSphere(3));
    try {
      assert.equal(plainWriterFits([{ name: "solids", shape: solids }]), false);
      assert.equal(writeStepWithoutDocument([{ name: "solids", shape: solids }], { unit: "mm" }), undefined);
    } finally {
      solids.delete();
    }
  });

  it("writes the same bytes in every unit, and again after other exports (the writer's own product counter never shows)", () => {
    const plate = plateWithHoles(2);
    const parts = [{ name: "plate", shape: plate }];
    try {
      for (const unit of Object.keys(DECLARED_UNIT) as Unit[]) {
        const first = text(writeStep(parts, { unit }));
        assert.equal(first, text(writeStepThroughDocument(parts, { unit })));
        writeStep([{ name: "other", shape: plate }], { unit });
        assert.equal(text(writeStep(parts, { unit })), first);
        assert.doesNotMatch(first, /PARTFORGE-PRODUCT/);
      }
    } finally {
      plate.delete();
    }
  });
});
