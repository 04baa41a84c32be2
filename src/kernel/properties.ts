/**
 * The facts of a built shape for `type=PROPS`: exact measures integrated over the B-rep (never
 * a mesh), its tight bounding box, inertia about the centre of mass, topology counts and
 * validity, in one pass with every temporary freed.
 */
import type { AnyShape } from "replicad";
import type { OpenCascadeInstance, TopoDS_Shape } from "replicad-opencascadejs";
import { PartforgeError } from "../shared/errors.ts";
import type { BoundingBox } from "./measure.ts";
import type { Triple } from "./operations.ts";
import { kernelRun, type Keep } from "./run.ts";

export interface TopologyCounts {
  solids: number;
  shells: number;
  faces: number;
  wires: number;
  edges: number;
  vertices: number;
}

export interface ShapeProperties {
  /** Cubic model units (0 for a shape without volume). */
  volume: number;
  /** Square model units. */
  area: number;
  /** Tight: from the exact geometry, without tolerances. */
  boundingBox: BoundingBox;
  /** Of the volume at uniform density (of the area for a shape without volume). */
  centerOfMass: Triple;
  /**
   * The inertia tensor of the volume about the centre of mass, axes parallel to X, Y, Z, at
   * density 1 (model units⁵): rows [Ixx, Ixy, Ixz], [Ixy, Iyy, Iyz], [Ixz, Iyz, Izz], with the
   * products of inertia signed as OCCT's `MatrixOfInertia` (−∫xy dV).
   */
  inertia: [Triple, Triple, Triple];
  /** Distinct sub-shapes of each kind (shared edges and vertices counted once). */
  counts: TopologyCounts;
  /** OCCT's `BRepCheck_Analyzer` finds no fault. */
  valid: boolean;
}

type Oc = OpenCascadeInstance;

function countDistinct(oc: Oc, keep: Keep, shape: TopoDS_Shape, kind: unknown): number {
  const hasher = (oc as unknown as { ReplicadShapeHasher: { HashCode(s: TopoDS_Shape, max: number): number } }).ReplicadShapeHasher;
  const buckets = new Map<number, TopoDS_Shape[]>();
  let count = 0;
  const explorer = keep(new oc.TopExp_Explorer(shape, kind as never, oc.TopAbs_ShapeEnum.TopAbs_SHAPE));
  for (; explorer.More(); explorer.Next()) {
    const current = keep(explorer.Current());
    const hash = hasher.HashCode(current, 2147483647);
    const bucket = buckets.get(hash) ?? [];
    if (bucket.some((other) => other.IsSame(current))) continue;
    bucket.push(current);
    buckets.set(hash, bucket);
    count++;
  }
  return count;
}

function topologyCounts(oc: Oc, keep: Keep, shape: TopoDS_Shape): TopologyCounts {
  const kinds = oc.TopAbs_ShapeEnum;
  return {
    solids: countDistinct(oc, keep, shape, kinds.TopAbs_SOLID),
    shells: countDistinct(oc, keep, shape, kinds.TopAbs_SHELL),
    faces: countDistinct(oc, keep, shape, kinds.TopAbs_FACE),
    wires: countDistinct(oc, keep, shape, kinds.TopAbs_WIRE),
    edges: countDistinct(oc, keep, shape, kinds.TopAbs_EDGE),
    vertices: countDistinct(oc, keep, shape, kinds.TopAbs_VERTEX),
  };
}

/**
 * The tensor from moments about six axes through the centre: the bound build lacks `gp_Mat`,
 * so `MatrixOfInertia` cannot be called; for a unit axis n, I(n) = nᵀ M n gives the diagonal
 * from the X, Y, Z axes and each product from the diagonal of its plane.
 */
function inertiaTensor(oc: Oc, keep: Keep, props: InstanceType<Oc["GProp_GProps"]>, centre: InstanceType<Oc["gp_Pnt"]>): [Triple, Triple, Triple] {
  const about = (x: number, y: number, z: number) => props.MomentOfInertia(keep(new oc.gp_Ax1(centre, keep(new oc.gp_Dir(x, y, z)))));
  const ixx = about(1, 0, 0);
  const iyy = about(0, 1, 0);
  const izz = about(0, 0, 1);
  const ixy = about(1, 1, 0) - (ixx + iyy) / 2;
  const ixz = about(1, 0, 1) - (ixx + izz) / 2;
  const iyz = about(0, 1, 1) - (iyy + izz) / 2;
  return [
    [ixx, ixy, ixz],
    [ixy, iyy, iyz],
    [ixz, iyz, izz],
  ];
}

/**
 * The properties of `shape` (a solid, a compound of solids, or a surface part).
 * @example shapeProperties(makeBaseBox(10, 20, 30)).volume // 6000
 */
export function shapeProperties(shape: AnyShape): ShapeProperties {
  return kernelRun("measuring the part's properties", (oc, keep) => {
    const wrapped = shape.wrapped;
    if (wrapped.IsNull()) throw new PartforgeError("GEOMETRY", "the part has no geometry to measure");
    const volumeProps = keep(new oc.GProp_GProps());
    oc.BRepGProp.VolumeProperties(wrapped, volumeProps, false, false, false);
    const surfaceProps = keep(new oc.GProp_GProps());
    oc.BRepGProp.SurfaceProperties(wrapped, surfaceProps, false, false);
    const volume = volumeProps.Mass();
    const area = surfaceProps.Mass();
    // A shell or face part has no volume: its centre is the area's.
    const massive = Math.abs(volume) > 0 ? volumeProps : surfaceProps;
    const centre = keep(massive.CentreOfMass());
    const box = keep(new oc.Bnd_Box());
    oc.BRepBndLib.AddOptimal(wrapped, box, false, false);
    if (box.IsVoid()) throw new PartforgeError("GEOMETRY", "the part is empty: it has no bounding box");
    const min = keep(box.CornerMin());
    const max = keep(box.CornerMax());
    return {
      volume,
      area,
      boundingBox: { min: [min.X(), min.Y(), min.Z()], max: [max.X(), max.Y(), max.Z()] },
      centerOfMass: [centre.X(), centre.Y(), centre.Z()],
      inertia: Math.abs(volume) > 0 ? inertiaTensor(oc, keep, volumeProps, centre) : [[0, 0, 0], [0, 0, 0], [0, 0, 0]],
      counts: topologyCounts(oc, keep, wrapped),
      valid: keep(new oc.BRepCheck_Analyzer(wrapped, true, false)).IsValid(),
    };
  });
}
