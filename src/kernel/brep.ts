/** OCCT's native B-rep text format (`BRepTools::Write`): the exact shapes, as OpenCascade holds them. */
import { PartforgeError } from "../shared/errors.ts";
import type { ExportPart } from "./mesh.ts";
import { writeThroughFile } from "./memoryFile.ts";
import { kernelRun } from "./run.ts";

/**
 * The parts as one OCCT BREP text file ("CASCADE Topology V3"): one part's shape as it is,
 * several parts as a compound in part order. Exact geometry only: the shapes are copied without
 * their meshes first, so the file does not depend on an earlier tessellation. BREP carries no
 * names or colours (STEP does).
 *
 * @example writeBrep([{ name: "block", shape }]) // bytes starting "\nCASCADE Topology V3"
 */
export function writeBrep(parts: readonly ExportPart[]): Uint8Array {
  if (parts.length === 0) throw new PartforgeError("INVALID_RESULT", "BREP export failed: there is nothing to export");
  return kernelRun("BREP export", (oc, keep) => {
    let shape = parts[0]!.shape.wrapped;
    if (parts.length > 1) {
      const builder = keep(new oc.TopoDS_Builder());
      const compound = keep(new oc.TopoDS_Compound());
      builder.MakeCompound(compound);
      for (const part of parts) builder.Add(compound, part.shape.wrapped);
      shape = compound;
    }
    // copyGeom = true, copyMesh = false: the copy has no triangulation to write.
    const copy = keep(new oc.BRepBuilderAPI_Transform(shape, keep(new oc.gp_Trsf()), true, false));
    return writeThroughFile(oc, "brep", (path) => oc.BRepTools.Write(keep(copy.Shape()), path, keep(new oc.Message_ProgressRange())), "BREP export failed: OpenCascade could not write the shapes");
  });
}
