import type { AnyShape } from "replicad";
import { PartforgeError } from "../shared/errors.ts";
import { withKernel } from "./kernelError.ts";
import { kernel } from "./load.ts";
import type { Triple } from "./operations.ts";

/** An axis-aligned box in model units. */
export interface BoundingBox {
  min: Triple;
  max: Triple;
}

type OpenCascade = ReturnType<typeof kernel>;
type Properties = InstanceType<OpenCascade["GProp_GProps"]>;

/** Runs `measure` on fresh global properties of `shape` (from its exact geometry) and frees them. */
function withProperties<T>(
  operation: string,
  shape: AnyShape,
  compute: (oc: OpenCascade, properties: Properties) => void,
  measure: (properties: Properties) => T,
): T {
  return withKernel(operation, () => {
    const oc = kernel();
    const properties = new oc.GProp_GProps();
    try {
      compute(oc, properties);
      return measure(properties);
    } finally {
      properties.delete();
    }
  });
}

function volumeProperties(oc: OpenCascade, properties: Properties, shape: AnyShape): void {
  // Exact integration over the B-rep, never over a cached triangulation.
  oc.BRepGProp.VolumeProperties(shape.wrapped, properties, false, false, false);
}

/**
 * The exact volume of `shape` in cubic model units (0 for shapes without volume).
 *
 * @example volumeOf(makeBaseBox(10, 20, 30)) // 6000
 */
export function volumeOf(shape: AnyShape): number {
  return withProperties("measuring the volume", shape,
    (oc, properties) => volumeProperties(oc, properties, shape),
    (properties) => properties.Mass());
}

/** The exact surface area of `shape` in square model units. */
export function areaOf(shape: AnyShape): number {
  return withProperties("measuring the area", shape,
    (oc, properties) => oc.BRepGProp.SurfaceProperties(shape.wrapped, properties, false, false),
    (properties) => properties.Mass());
}

/**
 * The centre of mass of `shape`'s volume (uniform density), in model units. (`centerOfMass` in
 * operations.ts is CadQuery's `Center()`, by dimension; this one is for solids only.)
 */
export function centerOfMassOf(shape: AnyShape): Triple {
  return withProperties("measuring the centre of mass", shape,
    (oc, properties) => volumeProperties(oc, properties, shape),
    (properties) => {
      if (!(Math.abs(properties.Mass()) > 0)) {
        throw new PartforgeError("GEOMETRY", "measuring the centre of mass failed: the shape has no volume");
      }
      const centre = properties.CentreOfMass();
      try {
        return [centre.X(), centre.Y(), centre.Z()];
      } finally {
        centre.delete();
      }
    });
}

/** The tight axis-aligned bounding box of `shape`'s exact geometry (tolerances not added). */
export function boundingBoxOf(shape: AnyShape): BoundingBox {
  return withKernel("measuring the bounding box", () => {
    const oc = kernel();
    const box = new oc.Bnd_Box();
    try {
      oc.BRepBndLib.AddOptimal(shape.wrapped, box, false, false);
      if (box.IsVoid()) {
        throw new PartforgeError("GEOMETRY", "measuring the bounding box failed: the shape is empty");
      }
      const min = box.CornerMin();
      const max = box.CornerMax();
      try {
        return { min: [min.X(), min.Y(), min.Z()], max: [max.X(), max.Y(), max.Z()] };
      } finally {
        min.delete();
        max.delete();
      }
    } finally {
      box.delete();
    }
  });
}
