/**
 * Reads a STEP file back with occt-import-js: an OpenCascade build of its own (not partforge's
 * kernel), which imports STEP through XCAF, converts to the unit asked for, and meshes it.
 * Its wasm loads from node_modules; nothing is fetched.
 */
import { createRequire } from "node:module";
import { boundingBox, checkClosed, signedVolume, type Box3 } from "./meshChecks.ts";

export type LinearUnit = "millimeter" | "centimeter" | "meter" | "inch" | "foot";

interface OcctMesh {
  name: string;
  color?: [number, number, number];
  attributes: { position: { array: number[] }; normal?: { array: number[] } };
  index: { array: number[] };
}

interface OcctNode {
  name: string;
  meshes: number[];
  children: OcctNode[];
}

interface OcctResult {
  success: boolean;
  root: OcctNode;
  meshes: OcctMesh[];
}

interface OcctImport {
  ReadStepFile(
    content: Uint8Array,
    params: {
      linearUnit: LinearUnit;
      linearDeflectionType: "bounding_box_ratio" | "absolute_value";
      linearDeflection: number;
      angularDeflection: number;
    } | null,
  ): OcctResult;
}

const require = createRequire(import.meta.url);
let loading: Promise<OcctImport> | undefined;

function occtImport(): Promise<OcctImport> {
  loading ??= (require("occt-import-js") as () => Promise<OcctImport>)();
  return loading;
}

export interface StepReadOptions {
  /** The unit occt-import-js converts the file into. Default millimetre. */
  linearUnit?: LinearUnit;
  /**
   * Mesh deflection as a fraction of the bounding box. The default is fine enough that the
   * mesh volume of a curved solid is within about 0.005 % of the exact one.
   */
  deflectionRatio?: number;
}

export interface StepSolid {
  /** The name of the product (node) that holds this solid. */
  name: string;
  /** Linear RGB in 0..1, as occt-import-js reports it, when the file colours the solid. */
  color: [number, number, number] | undefined;
  volume: number;
  triangles: number;
  isClosed: boolean;
}

export interface StepReading {
  /** Sum of the solids' mesh volumes (divergence theorem; positive when faces point outwards). */
  volume: number;
  bbox: Box3;
  /** One entry per mesh occt-import-js made: it makes one per solid. */
  solids: StepSolid[];
  /** Names of the products that hold geometry, in file order. */
  names: string[];
}

/** Imports `bytes` as STEP and measures what came back. Throws when the import fails. */
export async function readStepIndependently(bytes: Uint8Array, options: StepReadOptions = {}): Promise<StepReading> {
  const occt = await occtImport();
  const result = occt.ReadStepFile(bytes, {
    linearUnit: options.linearUnit ?? "millimeter",
    linearDeflectionType: "bounding_box_ratio",
    linearDeflection: options.deflectionRatio ?? 1e-5,
    angularDeflection: 0.02,
  });
  if (!result.success) throw new Error("occt-import-js could not read the STEP file");

  const solids: StepSolid[] = [];
  const names: string[] = [];
  const allPositions: number[] = [];
  const allIndices: number[] = [];
  const visit = (node: OcctNode): void => {
    if (node.meshes.length > 0) names.push(node.name);
    for (const meshIndex of node.meshes) {
      const mesh = result.meshes[meshIndex]!;
      const positions = mesh.attributes.position.array;
      const indices = mesh.index.array;
      const offset = allPositions.length / 3;
      for (const p of positions) allPositions.push(p);
      for (const i of indices) allIndices.push(i + offset);
      solids.push({
        name: node.name,
        color: mesh.color,
        volume: signedVolume(positions, indices),
        triangles: indices.length / 3,
        isClosed: checkClosed(positions, indices).isClosed,
      });
    }
    node.children.forEach(visit);
  };
  visit(result.root);
  return {
    volume: solids.reduce((sum, solid) => sum + solid.volume, 0),
    bbox: boundingBox(allPositions, allIndices),
    solids,
    names,
  };
}
