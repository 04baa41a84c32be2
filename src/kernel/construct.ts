/**
 * Shapes made directly from numbers and other shapes: the OCCT calls behind CadQuery's shape-class
 * constructors (`Edge.makeCircle`, `Solid.makeCone`, `Face.makeRuledSurface`, `Shell.makeShell`…).
 * Every OCCT temporary is freed in `finally`; results belong to the build's scope.
 */
import type { AnyShape } from "replicad";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import type { OpenCascadeInstance } from "replicad-opencascadejs";
import { kernelRun, type Keep } from "./run.ts";
import { adopt, adoptCopy } from "./adopt.ts";
import { memoized } from "./memoSession.ts";
import type { Triple } from "./operations.ts";
import type { Frame } from "./transform.ts";

const RAD = Math.PI / 180;

function point(oc: OpenCascadeInstance, keep: Keep, p: Triple) {
  return keep(new oc.gp_Pnt(...p));
}

function axes(oc: OpenCascadeInstance, keep: Keep, origin: Triple, dir: Triple) {
  return keep(new oc.gp_Ax2(point(oc, keep, origin), keep(new oc.gp_Dir(...dir))));
}

/** The frame OCCT's `gp_Ax2(point, direction)` makes: its own choice of x for a bare direction (as CadQuery's `pnt, dir`). */
export function frameFor(origin: Triple, dir: Triple): Frame {
  return kernelRun("making a frame", (oc, keep) => {
    const ax = axes(oc, keep, origin, dir);
    const x = keep(ax.XDirection());
    const z = keep(ax.Direction());
    return { origin, xDir: [x.X(), x.Y(), x.Z()], zDir: [z.X(), z.Y(), z.Z()] };
  });
}

/** A vertex at `p`. */
export function makeVertex(p: Triple): AnyShape {
  return kernelRun("vertex", (oc, keep) => adopt(keep(new oc.BRepBuilderAPI_MakeVertex(point(oc, keep, p))).Vertex()));
}

/** The straight edge from `a` to `b`. */
export function makeLineEdge(a: Triple, b: Triple): AnyShape {
  return kernelRun("line", (oc, keep) => adopt(keep(new oc.BRepBuilderAPI_MakeEdge(point(oc, keep, a), point(oc, keep, b))).Edge()));
}

/**
 * A circle of `radius` about `center` in the plane normal to `normal` (x as OCCT picks it), or its
 * arc from `angle1Deg` to `angle2Deg` (equal angles: the full circle); `orientation` false runs clockwise.
 */
export function makeCircleEdgeOnAxis(radius: number, center: Triple, normal: Triple, angle1Deg: number, angle2Deg: number, orientation: boolean): AnyShape {
  return kernelRun(`circle of radius ${radius}`, (oc, keep) => {
    const circle = keep(new oc.gp_Circ(axes(oc, keep, center, normal), radius));
    if (angle1Deg === angle2Deg) return adopt(keep(new oc.BRepBuilderAPI_MakeEdge(circle)).Edge());
    const arc = keep(new oc.GC_MakeArcOfCircle(circle, angle1Deg * RAD, angle2Deg * RAD, orientation));
    return adopt(keep(new oc.BRepBuilderAPI_MakeEdge(keep(arc.Value()))).Edge());
  });
}

/** The circular arc from `a` through `b` to `c`. */
export function makeArcThroughPoints(a: Triple, b: Triple, c: Triple): AnyShape {
  return kernelRun("three-point arc", (oc, keep) => {
    const arc = keep(new oc.GC_MakeArcOfCircle(point(oc, keep, a), point(oc, keep, b), point(oc, keep, c)));
    if (!arc.IsDone()) throw new Error("the three points are on one line");
    return adopt(keep(new oc.BRepBuilderAPI_MakeEdge(keep(arc.Value()))).Edge());
  });
}

/** A wire of straight edges through `points`, closed back to the first when `close`. */
export function makePolylineWire(points: readonly Triple[], close: boolean): AnyShape {
  return kernelRun("polygon", (oc, keep) => {
    const builder = keep(new oc.BRepBuilderAPI_MakeWire());
    const loop = close ? [...points, points[0]!] : points;
    for (let i = 0; i + 1 < loop.length; i++) {
      builder.Add(keep(keep(new oc.BRepBuilderAPI_MakeEdge(point(oc, keep, loop[i]!), point(oc, keep, loop[i + 1]!))).Edge()));
    }
    if (!builder.IsDone()) throw new Error("the points do not make a wire (two consecutive points are equal)");
    return adopt(builder.Wire());
  });
}

/**
 * A cone (or frustum) of base radius `radius1` and top radius `radius2`, standing on `origin`
 * along `dir`, swept through `angleDeg`: its right-trapezoid section revolved about the axis, so
 * the side is a true conical surface, as OCCT's BRepPrimAPI_MakeCone makes it (which replicad's
 * OpenCascade build does not include). Memoized: cskHole builds its cone once and the memo gives it
 * back to a rebuild with the same numbers.
 */
export function makeConeSolid(radius1: number, radius2: number, height: number, frame: Frame, angleDeg: number): AnyShape {
  return memoized("cone", { radius1, radius2, height, frame, angleDeg }, [], () => kernelRun(`cone r1=${radius1} r2=${radius2} h=${height}`, (oc, keep) => {
    const { origin, xDir, zDir } = frame;
    const at = (r: number, h: number): Triple => [0, 1, 2].map((i) => origin[i]! + xDir[i]! * r + zDir[i]! * h) as Triple;
    const section = [at(0, 0), at(radius1, 0), at(radius2, height), at(0, height)].filter(
      (p, i, all) => i === 0 || Math.hypot(p[0] - all[i - 1]![0], p[1] - all[i - 1]![1], p[2] - all[i - 1]![2]) > 1e-12,
    );
    const wire = keep(new oc.BRepBuilderAPI_MakeWire());
    section.forEach((p, i) => {
      const q = section[(i + 1) % section.length]!;
      wire.Add(keep(keep(new oc.BRepBuilderAPI_MakeEdge(point(oc, keep, p), point(oc, keep, q))).Edge()));
    });
    const face = keep(new oc.BRepBuilderAPI_MakeFace(keep(wire.Wire()), true));
    if (!face.IsDone()) throw new Error("the cone's section is degenerate");
    const axis = keep(new oc.gp_Ax1(point(oc, keep, origin), keep(new oc.gp_Dir(...zDir))));
    const revol = keep(new oc.BRepPrimAPI_MakeRevol(keep(face.Face()), axis, angleDeg * RAD, false));
    return adopt(revol.Shape());
  }));
}

/** A torus about the frame's z axis, its tube swept from `angle1Deg` to `angle2Deg` (OCCT's BRepPrimAPI_MakeTorus(axes, R, r, a1, a2)). */
export function makeTorusSolid(radius1: number, radius2: number, origin: Triple, dir: Triple, angle1Deg: number, angle2Deg: number): AnyShape {
  return kernelRun(`torus R=${radius1} r=${radius2}`, (oc, keep) => {
    const maker = keep(new oc.BRepPrimAPI_MakeTorus(axes(oc, keep, origin, dir), radius1, radius2, angle1Deg * RAD, angle2Deg * RAD));
    return adopt(maker.Shape());
  });
}

/** A planar face through `origin` normal to `dir`: `length` × `width` centred there, or unbounded when either is undefined. */
export function makePlaneFace(length: number | undefined, width: number | undefined, origin: Triple, dir: Triple): AnyShape {
  return kernelRun("plane", (oc, keep) => {
    const plane = keep(new oc.gp_Pln(point(oc, keep, origin), keep(new oc.gp_Dir(...dir))));
    const maker =
      length === undefined || width === undefined
        ? keep(new oc.BRepBuilderAPI_MakeFace(plane))
        : keep(new oc.BRepBuilderAPI_MakeFace(plane, -width / 2, width / 2, -length / 2, length / 2));
    return adopt(maker.Face());
  });
}

function asWire(oc: OpenCascadeInstance, keep: Keep, shape: AnyShape) {
  if (shape.wrapped.ShapeType() === oc.TopAbs_ShapeEnum.TopAbs_WIRE) return keep(oc.TopoDS.Wire(shape.wrapped));
  return keep(keep(new oc.BRepBuilderAPI_MakeWire(keep(oc.TopoDS.Edge(shape.wrapped)))).Wire());
}

/** The ruled surface between two edges (a face) or two wires (a shell): straight lines join matching points. */
export function makeRuledSurface(first: AnyShape, second: AnyShape): AnyShape {
  return kernelRun("ruled surface", (oc, keep) => {
    const builder = keep(new oc.BRepOffsetAPI_ThruSections(false, true, 1e-6));
    builder.AddWire(asWire(oc, keep, first));
    builder.AddWire(asWire(oc, keep, second));
    builder.Build(keep(new oc.Message_ProgressRange()));
    if (!builder.IsDone()) throw new Error("no ruled surface joins the two curves");
    const result = keep(builder.Shape());
    const edges = first.wrapped.ShapeType() === oc.TopAbs_ShapeEnum.TopAbs_EDGE;
    const explorer = keep(new oc.TopExp_Explorer(result, edges ? oc.TopAbs_ShapeEnum.TopAbs_FACE : oc.TopAbs_ShapeEnum.TopAbs_SHELL, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    if (!explorer.More()) throw new Error("no ruled surface joins the two curves");
    return adoptCopy(keep(explorer.Current()));
  });
}

/** A planar face bounded by `outer` with `inner` holes, orientations fixed as CadQuery's `Face.makeFromWires` does. */
export function makeFaceFromWires(outer: AnyShape, inner: readonly AnyShape[]): AnyShape {
  return kernelRun("face from wires", (oc, keep) => {
    const maker = keep(new oc.BRepBuilderAPI_MakeFace(keep(oc.TopoDS.Wire(outer.wrapped)), true));
    if (!maker.IsDone()) throw new Error("the outer wire is not closed and planar");
    for (const wire of inner) maker.Add(keep(oc.TopoDS.Wire(wire.wrapped)));
    if (!maker.IsDone()) throw new Error("an inner wire does not lie in the face");
    const fixer = keep(new oc.ShapeFix_Face(keep(maker.Face())));
    fixer.FixOrientation();
    fixer.Perform();
    return adopt(fixer.Face());
  });
}

/** One shell sewn from `faces` (OCCT's BRepBuilderAPI_Sewing, as CadQuery's `Shell.makeShell`). */
export function makeShellFromFaces(faces: readonly AnyShape[]): AnyShape {
  return kernelRun("shell from faces", (oc, keep) => {
    const sewing = keep(new oc.BRepBuilderAPI_Sewing(1e-6, true, true, true, false));
    for (const face of faces) sewing.Add(face.wrapped);
    sewing.Perform(keep(new oc.Message_ProgressRange()));
    const sewn = keep(sewing.SewedShape());
    if (sewn.ShapeType() === oc.TopAbs_ShapeEnum.TopAbs_SHELL) return adoptCopy(sewn);
    const explorer = keep(new oc.TopExp_Explorer(sewn, oc.TopAbs_ShapeEnum.TopAbs_SHELL, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    if (explorer.More()) return adoptCopy(keep(explorer.Current()));
    // A single face sews to itself: wrap it in a shell.
    const builder = keep(new oc.TopoDS_Builder());
    const shell = keep(new oc.TopoDS_Shell());
    builder.MakeShell(shell);
    const faceExplorer = keep(new oc.TopExp_Explorer(sewn, oc.TopAbs_ShapeEnum.TopAbs_FACE, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
    for (; faceExplorer.More(); faceExplorer.Next()) builder.Add(shell, keep(faceExplorer.Current()));
    return adoptCopy(shell);
  });
}

/** The solid a closed shell bounds (ShapeFix_Solid, as CadQuery's `Solid.makeSolid`). */
export function makeSolidFromShell(shell: AnyShape): AnyShape {
  return kernelRun("solid from a shell", (oc, keep) => {
    const fixer = keep(new oc.ShapeFix_Solid());
    return adopt(fixer.SolidFromShell(keep(oc.TopoDS.Shell(shell.wrapped))));
  });
}

/** A compound of `shapes` that stays a compound even when it holds one solid (CadQuery's `Compound.makeCompound`). */
export function makeCompoundOf(shapes: readonly AnyShape[]): AnyShape {
  return kernelRun("making a compound", (oc, keep) => {
    const builder = keep(new oc.TopoDS_Builder());
    const compound = keep(new oc.TopoDS_Compound());
    builder.MakeCompound(compound);
    for (const shape of shapes) builder.Add(compound, shape.wrapped);
    return adoptCopy(compound);
  });
}

/** A copy of `shape` with its own geometry (CadQuery's `copy`). */
export function copyShape(shape: AnyShape): AnyShape {
  return kernelRun("copy", (oc, keep) => {
    const transform = keep(new oc.BRepBuilderAPI_Transform(shape.wrapped, keep(new oc.gp_Trsf()), true, false));
    return adopt(transform.ModifiedShape(shape.wrapped));
  });
}

/**
 * The shape transformed by the 3 × 4 matrix `rows` (rotation and translation, possibly with a
 * uniform scale or a mirror). Returns undefined when the matrix is not such a transformation.
 */
export function transformByMatrix(shape: AnyShape, rows: readonly (readonly number[])[]): AnyShape | undefined {
  return kernelRun("transformShape", (oc, keep) => {
    const trsf = keep(new oc.gp_Trsf());
    const [r0, r1, r2] = rows as [number[], number[], number[]];
    try {
      trsf.SetValues(r0[0]!, r0[1]!, r0[2]!, r0[3]!, r1[0]!, r1[1]!, r1[2]!, r1[3]!, r2[0]!, r2[1]!, r2[2]!, r2[3]!);
    } catch (error) {
      noteStackOverflow(error);
      return undefined;
    }
    const transform = keep(new oc.BRepBuilderAPI_Transform(shape.wrapped, trsf, true, false));
    return adopt(transform.ModifiedShape(shape.wrapped));
  });
}
