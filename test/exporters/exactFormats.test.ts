/**
 * BREP and PROPS of every example: each BREP read back by FreeCAD (its own OpenCascade build),
 * whose measures must match partforge's PROPS — volume, area, tight box, centre of mass,
 * inertia about it, topology counts and validity — and partforge's own exact volume.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { before, describe, it } from "node:test";
import { languageOf, loadScript, prepareExport, resolveExportOptions, resultParts, type PreparedExport } from "../../src/build/index.ts";
import { MATERIAL_DENSITIES } from "../../src/exporters/index.ts";
import { loadKernel, volumeOf, withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues } from "../../src/modelscript/index.ts";
import { millimetresPer } from "../../src/shared/units.ts";
import { freecadMissing, readBrepsWithFreecad, type FreecadShape } from "../helpers/freecadReader.ts";

const EXAMPLES = new URL("../../examples/", import.meta.url);

type Triple = [number, number, number];
interface PartFacts {
  name: string;
  color?: string;
  volume: number;
  area: number;
  boundingBox: { min: Triple; max: Triple };
  centerOfMass: Triple;
  inertia: [Triple, Triple, Triple];
  mass?: number;
  counts: FreecadShape["counts"];
  valid: boolean;
}
interface Props extends PartFacts {
  unit: string;
  density?: number;
  material?: string;
  counts: FreecadShape["counts"] & { parts: number };
  parts: PartFacts[];
}

interface Built {
  file: string;
  unit: string;
  brep: Uint8Array;
  props: Props;
  pla: Props;
  exactVolume: number;
  partCount: number;
}

function bytesOf(prepared: PreparedExport): Uint8Array {
  assert.ok("bytes" in prepared, "an exact format is written in the kernel half");
  return prepared.bytes;
}

async function buildExample(file: string): Promise<Built> {
  const loaded = await loadScript(await readFile(new URL(file, EXAMPLES), "utf8"), languageOf(file));
  const name = loaded.metadata.name;
  return withScopeAsync(async () => {
    const parts = resultParts(loaded.run(resolveValues(loaded, { values: {} })), name);
    const exact = (format: "brep" | "props", output = {}) => bytesOf(prepareExport(parts, format, loaded.uom, resolveExportOptions({ output }), name));
    const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Props;
    return {
      file,
      unit: loaded.uom,
      brep: exact("brep"),
      props: json(exact("props")),
      pla: json(exact("props", { material: "pla" })),
      exactVolume: parts.reduce((sum, part) => sum + volumeOf(part.shape), 0),
      partCount: parts.length,
    };
  });
}

function close(actual: number, expected: number, scale: number, relative: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= relative * Math.max(Math.abs(scale), 1e-12), `${what}: ${actual}, expected ${expected} (± ${relative} × ${scale})`);
}

describe("BREP and PROPS of every example", () => {
  const built: Built[] = [];
  let freecad: FreecadShape[] = [];

  before(async () => {
    await loadKernel();
    const files = (await readdir(EXAMPLES)).filter((f) => /\.(ts|js)$/.test(f)).sort();
    for (const file of files) built.push(await buildExample(file));
    if (freecadMissing() === false) freecad = await readBrepsWithFreecad(built.map((b) => b.brep));
  });

  it("builds at least the eight examples", () => {
    assert.ok(built.length >= 8, `${built.length} examples`);
  });

  it("writes BREP as OCCT's text format with exact geometry and no triangulation", () => {
    for (const { file, brep } of built) {
      const text = new TextDecoder().decode(brep);
      assert.match(text, /^\s*(DBRep_DrawableShape\s*)?CASCADE Topology V\d/, file);
      assert.match(text, /\nTShapes \d+/, file);
      assert.doesNotMatch(text, /\nTriangulations [1-9]/, `${file}: no cached mesh in the file`);
    }
  });

  it("FreeCAD reads each BREP as a valid shape with partforge's exact volume", { skip: freecadMissing() }, () => {
    built.forEach((b, i) => {
      const shape = freecad[i]!;
      assert.ok(shape.valid, `${b.file} is valid in FreeCAD`);
      close(shape.volume, b.exactVolume, b.exactVolume, 1e-9, `${b.file} volume`);
      assert.equal(shape.shapeType, b.partCount > 1 ? "Compound" : shape.shapeType);
    });
  });

  it("PROPS agree with FreeCAD's Part on volume, area, box, centre, inertia, counts and validity", { skip: freecadMissing() }, () => {
    built.forEach((b, i) => {
      const shape = freecad[i]!;
      const props = b.props;
      const size = Math.max(...props.boundingBox.max.map((v, axis) => v - props.boundingBox.min[axis]!));
      close(props.volume, shape.volume, shape.volume, 1e-9, `${b.file} volume`);
      close(props.area, shape.area, shape.area, 1e-9, `${b.file} area`);
      for (const corner of ["min", "max"] as const) {
        props.boundingBox[corner].forEach((v, axis) => close(v, shape.bbox[corner][axis]!, size, 1e-6, `${b.file} box ${corner}[${axis}]`));
      }
      props.centerOfMass.forEach((v, axis) => close(v, shape.centerOfMass[axis]!, size, 1e-9, `${b.file} centre[${axis}]`));
      const largest = Math.max(...shape.inertia.flat().map(Math.abs));
      props.inertia.forEach((row, r) => row.forEach((v, c) => close(v, shape.inertia[r]![c]!, largest, 1e-8, `${b.file} inertia[${r}][${c}]`)));
      const { parts, ...counts } = props.counts;
      assert.equal(parts, b.partCount);
      assert.deepEqual(counts, shape.counts, `${b.file} counts`);
      assert.equal(props.valid, shape.valid);
    });
  });

  it("gives PROPS per part, summing to the model, with names, and the model's unit", () => {
    for (const { file, props, unit, partCount } of built) {
      assert.equal(props.unit, unit);
      assert.equal(props.parts.length, partCount, file);
      close(props.parts.reduce((s, p) => s + p.volume, 0), props.volume, props.volume, 1e-12, `${file} part volumes`);
      for (const part of props.parts) {
        assert.equal(typeof part.name, "string");
        assert.ok(part.valid, `${file}/${part.name} valid`);
        assert.ok(part.volume > 0, `${file}/${part.name} has volume`);
      }
      assert.equal(props.mass, undefined, "no mass without a density");
    }
  });

  it("gives the mass in grams for out_material=pla, converting from the model's unit", () => {
    for (const { file, pla, unit } of built) {
      const cm3 = pla.volume * (millimetresPer(unit as "mm") / 10) ** 3;
      assert.equal(pla.material, "pla");
      assert.equal(pla.density, MATERIAL_DENSITIES.pla);
      close(pla.mass!, cm3 * 1.24, pla.mass!, 1e-12, `${file} mass`);
      close(pla.parts.reduce((s, p) => s + p.mass!, 0), pla.mass!, pla.mass!, 1e-12, `${file} part masses`);
    }
  });
});
