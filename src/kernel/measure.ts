/**
 * Exact B-rep measures (integrated over the true geometry, never over a triangulation), with
 * CadQuery's semantics: a shape is measured by its own dimension — length of edges and wires,
 * area of faces and shells, volume of solids and compounds.
 */
import type { AnyShape } from "replicad";
import type { OpenCascadeInstance } from "replicad-opencascadejs";
import { PartforgeError } from "../shared/errors.ts";
import { kernelRun, type Keep } from "./run.ts";
import type { Triple } from "./operations.ts";

/** An axis-aligned box in model units. */
export interface BoundingBox {
  min: Triple;
  max: Triple;
}

export type Dimension = 0 | 1 | 2 | 3;

function properties(oc: OpenCascadeInstance, keep: Keep, shape: AnyShape, dimension: 1 | 2 | 3) {
  const props = keep(new oc.GProp_GProps());
  if (dimension === 1) oc.BRepGProp.LinearProperties(shape.wrapped, props, false, false);
  else if (dimension === 2) oc.BRepGProp.SurfaceProperties(shape.wrapped, props, false, false);
  else oc.BRepGProp.VolumeProperties(shape.wrapped, props, false, false, false);
  return props;
}

/** Length (1), area (2) or volume (3) of `shape`, in model units. */
export function measure(shape: AnyShape, dimension: 1 | 2 | 3): number {
  const what = ["", "length", "area", "volume"][dimension];
  return kernelRun(`measuring the ${what}`, (oc, keep) => properties(oc, keep, shape, dimension).Mass());
}

/**
 * Centre of mass by dimension, as CadQuery's `Center()`: the point of a vertex, the centre of a
 * curve's length, of a surface's area or of a solid's volume (uniform density).
 */
export function centerOfMass(shape: AnyShape, dimension: Dimension): Triple {
  return kernelRun("measuring the centre of mass", (oc, keep) => {
    if (dimension === 0) {
      const point = keep(oc.BRep_Tool.Pnt(shape.wrapped));
      return [point.X(), point.Y(), point.Z()];
    }
    const props = properties(oc, keep, shape, dimension);
    if (!(Math.abs(props.Mass()) > 0)) {
      throw new PartforgeError("GEOMETRY", "measuring the centre of mass failed: the shape has no extent");
    }
    const centre = keep(props.CentreOfMass());
    return [centre.X(), centre.Y(), centre.Z()];
  });
}

/**
 * The exact volume of `shape` in cubic model units (0 for shapes without volume).
 * @example volumeOf(makeBaseBox(10, 20, 30)) // 6000
 */
export function volumeOf(shape: AnyShape): number {
  return measure(shape, 3);
}

/** The exact surface area of `shape` in square model units. */
export function areaOf(shape: AnyShape): number {
  return measure(shape, 2);
}

/** The centre of mass of `shape`'s volume (uniform density), in model units. */
export function centerOfMassOf(shape: AnyShape): Triple {
  return centerOfMass(shape, 3);
}

/** The tight axis-aligned bounding box of `shape`'s exact geometry (tolerances not added). */
export function boundingBoxOf(shape: AnyShape): BoundingBox {
  return kernelRun("measuring the bounding box", (oc, keep) => {
    const box = keep(new oc.Bnd_Box());
    oc.BRepBndLib.AddOptimal(shape.wrapped, box, false, false);
    if (box.IsVoid()) throw new PartforgeError("GEOMETRY", "measuring the bounding box failed: the shape is empty");
    const min = keep(box.CornerMin());
    const max = keep(box.CornerMax());
    return { min: [min.X(), min.Y(), min.Z()], max: [max.X(), max.Y(), max.Z()] };
  });
}

/**
 * A box that surely holds all of `shape`, and so its centre of mass: OCCT's box around the exact
 * geometry (control points for splines, never a triangulation) widened by the shape's tolerances,
 * as OCCT's booleans use to find which shapes may meet. Looser than `boundingBoxOf`, and about ten
 * times cheaper than a face's centre of mass. Undefined for an empty shape.
 */
export function enclosingBox(shape: AnyShape): BoundingBox | undefined {
  return kernelRun("bounding the shape", (oc, keep) => {
    const box = keep(new oc.Bnd_Box());
    oc.BRepBndLib.Add(shape.wrapped, box, false);
    if (box.IsVoid()) return undefined;
    const min = keep(box.CornerMin());
    const max = keep(box.CornerMax());
    return { min: [min.X(), min.Y(), min.Z()], max: [max.X(), max.Y(), max.Z()] };
  });
}
