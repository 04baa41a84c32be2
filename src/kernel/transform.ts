/**
 * Transformations of shapes, each a new shape; kernel temporaries freed in `finally`. Rigid
 * placements by location (`moveShape`, `locateShape`) share the geometry and set only the
 * shape's OCCT location, as CadQuery's `moved`/`located`; the others copy the geometry,
 * transformed (mirror and scale must: an OCCT location is rigid).
 */
import type { AnyShape } from "replicad";
import type { gp_Trsf } from "replicad-opencascadejs";
import { kernel } from "./load.ts";
import { kernelRun, type Keep } from "./run.ts";
import { adopt } from "./adopt.ts";
import { memoized } from "./memoSession.ts";
import type { Triple } from "./operations.ts";

/** An orthonormal frame in world coordinates: where local (0,0,0), x and z point. */
export interface Frame {
  origin: Triple;
  xDir: Triple;
  zDir: Triple;
}

/** `args` are everything `configure` reads: the memo keys the transformation on them. */
function applyTransform(shape: AnyShape, operation: string, args: unknown, configure: (trsf: gp_Trsf, keep: Keep) => void): AnyShape {
  return memoized(operation, args, [shape], () =>
    kernelRun(operation, (oc, keep) => {
      const trsf = keep(new oc.gp_Trsf());
      configure(trsf, keep);
      const transform = keep(new oc.BRepBuilderAPI_Transform(shape.wrapped, trsf, true, false));
      return adopt(transform.ModifiedShape(shape.wrapped));
    }));
}

/** The rigid transformation taking world coordinates to `frame`'s (local (0,0,0) to its origin). */
function setFrame(trsf: gp_Trsf, frame: Frame, keep: Keep): void {
  const oc = kernel();
  const origin = keep(new oc.gp_Pnt(...frame.origin));
  const to = keep(new oc.gp_Ax3(origin, keep(new oc.gp_Dir(...frame.zDir)), keep(new oc.gp_Dir(...frame.xDir))));
  trsf.SetDisplacement(keep(new oc.gp_Ax3()), to);
}

/**
 * The shape placed by `frame` after its own location (OCCT's `Moved`, CadQuery's `moved`): the
 * same geometry with the location `frame` × its location. The product is one transformation,
 * not OCCT's chain of the two (`Moved` appends to the chain, so a shape moved n times would carry
 * n transformations, and every later composition walks them all).
 */
export function moveShape(shape: AnyShape, frame: Frame): AnyShape {
  return relocate(shape, "moving a shape", frame, (keep, trsf) => {
    const current = keep(shape.wrapped.Location());
    if (!current.IsIdentity()) trsf.Multiply(keep(current.Transformation()));
  });
}

/** The shape with its location replaced by `frame` (OCCT's `Located`, CadQuery's `located`): the same geometry. */
export function locateShape(shape: AnyShape, frame: Frame): AnyShape {
  return relocate(shape, "locating a shape", frame, () => undefined);
}

/** The shape located at `frame`'s transformation, after `compose` has changed it. */
function relocate(shape: AnyShape, operation: string, frame: Frame, compose: (keep: Keep, trsf: gp_Trsf) => void): AnyShape {
  return memoized(operation, frame, [shape], () =>
    kernelRun(operation, (oc, keep) => {
      const trsf = keep(new oc.gp_Trsf());
      setFrame(trsf, frame, keep);
      compose(keep, trsf);
      // The identity is the empty location, the one a shape as made has (a location made from an
      // identity transformation is another one to OCCT: `IsSame` would tell them apart).
      const location = keep(isIdentity(trsf) ? new oc.TopLoc_Location() : new oc.TopLoc_Location(trsf));
      return adopt(shape.wrapped.Located(location, false));
    }));
}

/** Exactly the identity (a frame equal to the world's, or a move undone exactly). */
function isIdentity(trsf: gp_Trsf): boolean {
  for (let row = 1; row <= 3; row++) {
    for (let column = 1; column <= 4; column++) {
      if (trsf.Value(row, column) !== (row === column ? 1 : 0)) return false;
    }
  }
  return true;
}

/**
 * The shape's OCCT location as a frame (identity: the world frame). A location with a mirror
 * cannot be a right-handed frame and is reported as undefined; partforge never sets one.
 */
export function shapeLocationFrame(shape: AnyShape): Frame | undefined {
  return kernelRun("reading a location", (_oc, keep) => {
    const trsf = keep(keep(shape.wrapped.Location()).Transformation());
    if (trsf.IsNegative()) return undefined;
    const column = (c: number): Triple => [trsf.Value(1, c), trsf.Value(2, c), trsf.Value(3, c)];
    const scale = Math.abs(trsf.ScaleFactor());
    const unit = (v: Triple): Triple => [v[0] / scale, v[1] / scale, v[2] / scale];
    return { origin: column(4), xDir: unit(column(1)), zDir: unit(column(3)) };
  });
}

/** Moves a shape built around the world origin so that its origin, x and z land on `frame`, copying the geometry (its location is kept). */
export function placeInFrame(shape: AnyShape, frame: Frame): AnyShape {
  return applyTransform(shape, "placing a shape", frame, (trsf, keep) => setFrame(trsf, frame, keep));
}

export function translateShape(shape: AnyShape, offset: Triple): AnyShape {
  return applyTransform(shape, "translate", offset, (trsf, keep) => {
    trsf.SetTranslation(keep(new (kernel().gp_Vec)(...offset)));
  });
}

/** Rotation by `angleDeg` about the axis through `axisPoint` along `axisDir`. */
export function rotateShape(shape: AnyShape, axisPoint: Triple, axisDir: Triple, angleDeg: number): AnyShape {
  return applyTransform(shape, "rotate", { axisPoint, axisDir, angleDeg }, (trsf, keep) => {
    const oc = kernel();
    const axis = keep(new oc.gp_Ax1(keep(new oc.gp_Pnt(...axisPoint)), keep(new oc.gp_Dir(...axisDir))));
    trsf.SetRotation(axis, (angleDeg * Math.PI) / 180);
  });
}

/** Mirror image through the plane at `planeOrigin` with normal `planeNormal`. */
export function mirrorShape(shape: AnyShape, planeOrigin: Triple, planeNormal: Triple): AnyShape {
  return applyTransform(shape, "mirror", { planeOrigin, planeNormal }, (trsf, keep) => {
    const oc = kernel();
    const plane = keep(new oc.gp_Ax2(keep(new oc.gp_Pnt(...planeOrigin)), keep(new oc.gp_Dir(...planeNormal))));
    trsf.SetMirror(plane);
  });
}

/** Uniform scale about `center`. */
export function scaleShape(shape: AnyShape, center: Triple, factor: number): AnyShape {
  return applyTransform(shape, "scale", { center, factor }, (trsf, keep) => {
    trsf.SetScale(keep(new (kernel().gp_Pnt)(...center)), factor);
  });
}
