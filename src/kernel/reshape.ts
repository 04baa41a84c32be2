/**
 * New shapes made from an existing one by editing its topology, as CadQuery's `Face.addHole`,
 * `Shape.remove` and `Shape.replace` do (those use BRepTools_ReShape, which this OpenCascade
 * build leaves out: here the containers are rebuilt around the kept sub-shapes, which stay
 * shared). Every OCCT temporary is freed in `finally`; results belong to the build's scope.
 */
import type { AnyShape } from "replicad";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { kernelRun, type Keep } from "./run.ts";
import { adopt } from "./adopt.ts";

/** `face` with `wires` added as holes (BRepBuilderAPI_MakeFace on the face), then fixed. */
export function faceWithHoles(face: AnyShape, wires: readonly AnyShape[]): AnyShape {
  return kernelRun("adding holes to a face", (oc, keep) => {
    const builder = keep(new oc.BRepBuilderAPI_MakeFace(keep(oc.TopoDS.Face(face.wrapped))));
    for (const wire of wires) builder.Add(keep(oc.TopoDS.Wire(wire.wrapped)));
    if (!builder.IsDone()) throw new Error("the holes could not be added to the face");
    const fixer = keep(new oc.ShapeFix_Face(keep(builder.Face())));
    fixer.FixOrientation();
    fixer.Perform();
    return adopt(fixer.Face());
  });
}

type Kind = "compound" | "solid" | "shell" | "wire" | "other";

function kindOf(oc: OpenCascadeInstance, shape: TopoDS_Shape): Kind {
  const type = shape.ShapeType();
  const kinds = oc.TopAbs_ShapeEnum;
  if (type === kinds.TopAbs_COMPOUND) return "compound";
  if (type === kinds.TopAbs_SOLID) return "solid";
  if (type === kinds.TopAbs_SHELL) return "shell";
  if (type === kinds.TopAbs_WIRE) return "wire";
  return "other";
}

/** The direct parts of a container: a solid's shells, a shell's faces, a wire's edges, a compound's top-level shapes. */
function partsOf(oc: OpenCascadeInstance, keep: Keep, shape: TopoDS_Shape, kind: Kind): TopoDS_Shape[] {
  const kinds = oc.TopAbs_ShapeEnum;
  type ShapeEnum = OpenCascadeInstance["TopAbs_ShapeEnum"][keyof OpenCascadeInstance["TopAbs_ShapeEnum"]];
  const levels: [ShapeEnum, ShapeEnum][] =
    kind === "solid"
      ? [[kinds.TopAbs_SHELL, kinds.TopAbs_SHAPE]]
      : kind === "shell"
        ? [[kinds.TopAbs_FACE, kinds.TopAbs_SHAPE]]
        : kind === "wire"
          ? [[kinds.TopAbs_EDGE, kinds.TopAbs_SHAPE]]
          : [
              [kinds.TopAbs_SOLID, kinds.TopAbs_COMPSOLID],
              [kinds.TopAbs_SHELL, kinds.TopAbs_SOLID],
              [kinds.TopAbs_FACE, kinds.TopAbs_SHELL],
              [kinds.TopAbs_WIRE, kinds.TopAbs_FACE],
              [kinds.TopAbs_EDGE, kinds.TopAbs_WIRE],
              [kinds.TopAbs_VERTEX, kinds.TopAbs_EDGE],
            ];
  const parts: TopoDS_Shape[] = [];
  for (const [find, avoid] of levels) {
    const explorer = keep(new oc.TopExp_Explorer(shape, find, avoid));
    for (; explorer.More(); explorer.Next()) parts.push(keep(explorer.Current()));
  }
  return parts;
}

function emptyLike(oc: OpenCascadeInstance, keep: Keep, kind: Kind): TopoDS_Shape {
  const builder = keep(new oc.TopoDS_Builder());
  if (kind === "solid") {
    const solid = new oc.TopoDS_Solid();
    builder.MakeSolid(solid);
    return solid;
  }
  if (kind === "shell") {
    const shell = new oc.TopoDS_Shell();
    builder.MakeShell(shell);
    return shell;
  }
  if (kind === "wire") {
    const wire = new oc.TopoDS_Wire();
    builder.MakeWire(wire);
    return wire;
  }
  const compound = new oc.TopoDS_Compound();
  builder.MakeCompound(compound);
  return compound;
}

/**
 * `shape` rebuilt with every sub-shape that is the same as `old` replaced by `replacement`
 * (nothing: removed). Containers (compounds, solids, shells, wires) are rebuilt; everything
 * else is kept as it is, so the kept parts still share their edges.
 */
function rebuilt(oc: OpenCascadeInstance, keep: Keep, shape: TopoDS_Shape, olds: readonly AnyShape[], replacement: readonly AnyShape[]): TopoDS_Shape[] {
  if (olds.some((old) => old.wrapped.IsSame(shape))) return replacement.map((r) => r.wrapped);
  const kind = kindOf(oc, shape);
  if (kind === "other") return [shape];
  const builder = keep(new oc.TopoDS_Builder());
  const container = keep(emptyLike(oc, keep, kind));
  for (const part of partsOf(oc, keep, shape, kind)) {
    for (const kept of rebuilt(oc, keep, part, olds, replacement)) builder.Add(container, kept);
  }
  return [container];
}

/** `shape` without the sub-shapes `removed` (CadQuery's `Shape.remove`). */
export function withoutSubshapes(shape: AnyShape, removed: readonly AnyShape[]): AnyShape {
  return kernelRun("removing sub-shapes", (oc, keep) => {
    const [result] = rebuilt(oc, keep, shape.wrapped, removed, []);
    if (result === undefined) throw new Error("nothing would be left");
    return adopt(copyOf(keep, result));
  });
}

/** `shape` with the sub-shape `old` replaced by `news` (CadQuery's `Shape.replace`). */
export function withReplacedSubshape(shape: AnyShape, old: AnyShape, news: readonly AnyShape[]): AnyShape {
  return kernelRun("replacing a sub-shape", (oc, keep) => {
    const [result] = rebuilt(oc, keep, shape.wrapped, [old], news);
    if (result === undefined) throw new Error("nothing would be left");
    return adopt(copyOf(keep, result));
  });
}

/** A new handle to `shape` (the kept one is freed when the operation ends). */
function copyOf(keep: Keep, shape: TopoDS_Shape): TopoDS_Shape {
  return shape.Located(keep(shape.Location()));
}
