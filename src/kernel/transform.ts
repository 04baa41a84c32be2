/** Rigid transformations of shapes, each a new shape; kernel temporaries freed in `finally`. */
import type { AnyShape } from "replicad";
import type { gp_Trsf } from "replicad-opencascadejs";
import { kernel } from "./load.ts";
import { kernelRun, type Keep } from "./run.ts";
import { adopt } from "./adopt.ts";
import { memoized } from "./memo.ts";
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

/** Moves a shape built around the world origin so that its origin, x and z land on `frame`. */
export function placeInFrame(shape: AnyShape, frame: Frame): AnyShape {
  return applyTransform(shape, "placing a shape", frame, (trsf, keep) => {
    const oc = kernel();
    const from = keep(new oc.gp_Ax3());
    const origin = keep(new oc.gp_Pnt(...frame.origin));
    const zDir = keep(new oc.gp_Dir(...frame.zDir));
    const xDir = keep(new oc.gp_Dir(...frame.xDir));
    const to = keep(new oc.gp_Ax3(origin, zDir, xDir));
    trsf.SetDisplacement(from, to);
  });
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
