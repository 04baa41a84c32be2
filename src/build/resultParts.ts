/** What `build()` returned → the named parts to export, or a clear INVALID_RESULT error. */
import type { ExportPart } from "../kernel/index.ts";
import { AssemblyImpl, isShape, isWorkplane, unwrapShape, type Shape, type WorkplaneImpl } from "../api/index.ts";
import { compoundOfShapes, hasFaces } from "../kernel/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { describeValue } from "../api/vector.ts";

const SOLID_KINDS = new Set(["solid", "compound", "shell"]);

function invalid(message: string): PartforgeError {
  return new PartforgeError("INVALID_RESULT", message);
}

function solidsOfWorkplane(wp: WorkplaneImpl): Shape[] {
  const onStack = wp.vals().filter((item): item is Shape => isShape(item) && SOLID_KINDS.has(item.kind));
  if (onStack.length > 0) return onStack;
  for (let current = wp.parent; current; current = current.parent) {
    const solids = current.vals().filter((item): item is Shape => isShape(item) && SOLID_KINDS.has(item.kind));
    if (solids.length > 0) return solids;
  }
  throw invalid("build() returned a Workplane with no solid in it; extrude, revolve or make a primitive before returning");
}

function solidsOf(value: unknown, position: string): Shape[] {
  if (isWorkplane(value)) return solidsOfWorkplane(value);
  if (isShape(value)) {
    if (SOLID_KINDS.has(value.kind)) return [value];
    throw invalid(`build() returned a ${value.kind}${position}; return a solid (extrude or revolve it first)`);
  }
  throw invalid(`build() returned ${describeValue(value)}${position}; return a Workplane, a solid, or an array of them`);
}

/**
 * Normalises a build result: a Workplane, a shape, or an array of them (SPEC section 1).
 * Each returned item becomes one named part; a single item is named after the model.
 */
export function resultParts(result: unknown, modelName: string): ExportPart[] {
  if (result === undefined || result === null) {
    throw invalid("build() returned nothing; end it with `return part;` (the Workplane or shape you built)");
  }
  if (result instanceof AssemblyImpl) return assemblyParts(result);
  const items = Array.isArray(result) ? result : [result];
  if (items.length === 0) throw invalid("build() returned an empty array; return at least one solid");
  const shapes = items.flatMap((item, index) => solidsOf(item, Array.isArray(result) ? ` at index ${index}` : ""));
  shapes.forEach((shape, index) => {
    if (!hasFaces(unwrapShape(shape))) {
      const where = shapes.length > 1 ? ` (part ${index + 1})` : "";
      throw invalid(`build() returned an empty shape${where}: everything was cut away or nothing was made; check the sizes of your cuts and holes`);
    }
  });
  return shapes.map((shape, index) => ({
    name: shapes.length === 1 ? modelName : `${modelName} ${index + 1}`,
    shape: unwrapShape(shape),
  }));
}

/**
 * One named (and coloured, when the assembly says so) part per assembly leaf, at its location,
 * with every shape the part holds: solids, and surfaces (faces, shells) and edges as CadQuery's
 * assembly exports write them. An open surface is meshed like any face (an open mesh in STL, AMF,
 * 3MF, glTF); a part of edges alone is written to STEP and has no triangles in the mesh formats, as in CadQuery's.
 */
function assemblyParts(assembly: AssemblyImpl): ExportPart[] {
  const parts = assembly.parts();
  if (parts.length === 0) throw invalid("build() returned an Assembly with no parts; add() Workplanes, solids or faces to it");
  return parts.map((part) => {
    const shape = part.shapes.length === 1 ? unwrapShape(part.shapes[0]!) : compoundOfShapes(part.shapes.map(unwrapShape));
    return { name: part.name, shape, ...(part.color ? { color: part.color.toHex() } : {}) };
  });
}
