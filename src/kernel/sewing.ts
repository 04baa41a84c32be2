/**
 * Shells sewn from faces and solids closed from shells, as CadQuery's free functions `shell` and
 * `solid` make them (cadquery/occ_impl/shapes.py): sewing tolerance, non-manifold sewing and
 * local sewing into context shapes. Every OCCT temporary is freed in `finally`; results belong
 * to the build's scope.
 */
import type { AnyShape } from "replicad";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { kernelRun, type Keep } from "./run.ts";
import { adopt } from "./adopt.ts";

/**
 * Sews faces into shells (CadQuery's `shell`): `tolerance` for coincident edges; `context`
 * shapes are loaded first so that only the given faces are sewn into them (local sewing).
 * One free face comes back as a shell of that face.
 */
export function sewFaces(faces: readonly AnyShape[], tolerance: number, manifold: boolean, context: AnyShape | undefined): AnyShape {
  return kernelRun("sewing faces into a shell", (oc, keep) => {
    const sewing = keep(new oc.BRepBuilderAPI_Sewing(tolerance, true, true, true, !manifold));
    if (context !== undefined) sewing.Load(context.wrapped);
    for (const face of faces) sewing.Add(face.wrapped);
    sewing.Perform(keep(new oc.Message_ProgressRange()));
    const sewn = keep(sewing.SewedShape());
    const builder = keep(new oc.TopoDS_Builder());
    const parts: TopoDS_Shape[] = [];
    const shells = keep(new oc.TopExp_Explorer(sewn, oc.TopAbs_ShapeEnum.TopAbs_SHELL, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    for (; shells.More(); shells.Next()) parts.push(shells.Current());
    const loose = keep(new oc.TopExp_Explorer(sewn, oc.TopAbs_ShapeEnum.TopAbs_FACE, oc.TopAbs_ShapeEnum.TopAbs_SHELL));
    for (; loose.More(); loose.Next()) {
      const shell = new oc.TopoDS_Shell();
      builder.MakeShell(shell);
      builder.Add(shell, keep(loose.Current()));
      parts.push(shell);
    }
    return adoptParts(oc, keep, parts);
  });
}

/**
 * The one part itself, or a compound of the parts (CadQuery's `_compound_or_shape`). Takes
 * ownership of the parts' handles.
 */
function adoptParts(oc: OpenCascadeInstance, keep: Keep, parts: readonly TopoDS_Shape[]): AnyShape {
  if (parts.length === 1) return adopt(parts[0]!);
  const builder = keep(new oc.TopoDS_Builder());
  const compound = new oc.TopoDS_Compound();
  builder.MakeCompound(compound);
  for (const part of parts) builder.Add(compound, keep(part));
  return adopt(compound);
}

/** Closes each shell into a solid with its faces turned outwards (ShapeFix_Solid::SolidFromShell). */
export function solidsFromShells(shells: readonly AnyShape[]): AnyShape {
  return kernelRun("solid from shells", (oc, keep) => {
    const fixer = keep(new oc.ShapeFix_Solid());
    return adoptParts(oc, keep, shells.map((shell) => fixer.SolidFromShell(keep(oc.TopoDS.Shell(shell.wrapped)))));
  });
}

/** A solid bounded by `outer` with cavities `inner` (shells), orientations fixed. */
export function solidWithCavities(outer: AnyShape, inner: readonly AnyShape[]): AnyShape {
  return kernelRun("solid", (oc, keep) => {
    const maker = keep(new oc.BRepBuilderAPI_MakeSolid());
    maker.Add(keep(oc.TopoDS.Shell(outer.wrapped)));
    for (const shell of inner) maker.Add(keep(oc.TopoDS.Shell(shell.wrapped)));
    const fixer = keep(new oc.ShapeFix_Solid(keep(maker.Solid())));
    fixer.Perform(keep(new oc.Message_ProgressRange()));
    return adopt(fixer.Solid());
  });
}
