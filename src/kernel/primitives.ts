/** Solid primitives and sweeps placed in a frame; kernel temporaries freed in `finally`. */
import type { AnyShape, Face } from "replicad";
import type { gp_Ax2, OpenCascadeInstance } from "replicad-opencascadejs";
import { kernelRun, type Keep } from "./run.ts";
import { adopt } from "./adopt.ts";
import { memoized } from "./memoSession.ts";
import type { Triple } from "./operations.ts";
import type { Frame } from "./transform.ts";

function axes(oc: OpenCascadeInstance, keep: Keep, frame: Frame): gp_Ax2 {
  return keep(
    new oc.gp_Ax2(keep(new oc.gp_Pnt(...frame.origin)), keep(new oc.gp_Dir(...frame.zDir)), keep(new oc.gp_Dir(...frame.xDir))),
  );
}

/** A box with one corner at the frame's origin and sides along its x, y, z. */
export function makeBoxInFrame(frame: Frame, dx: number, dy: number, dz: number): AnyShape {
  return memoized("box", { frame, dx, dy, dz }, [], () =>
    kernelRun(`box ${dx}×${dy}×${dz}`, (oc, keep) => {
      const maker = keep(new oc.BRepPrimAPI_MakeBox(axes(oc, keep, frame), dx, dy, dz));
      return adopt(maker.Shape());
    }));
}

/** A cylinder (or sector of one) standing on the frame's origin along its z. */
export function makeCylinderInFrame(frame: Frame, radius: number, height: number, angleDeg = 360): AnyShape {
  return memoized("cylinder", { frame, radius, height, angleDeg }, [], () =>
    kernelRun(`cylinder r=${radius} h=${height}`, (oc, keep) => {
      const maker = keep(new oc.BRepPrimAPI_MakeCylinder(axes(oc, keep, frame), radius, height, (angleDeg * Math.PI) / 180));
      return adopt(maker.Shape());
    }));
}

/** A sphere (or part) centred on the frame's origin; angles in degrees as CadQuery's `sphere`. */
export function makeSphereInFrame(frame: Frame, radius: number, angle1Deg: number, angle2Deg: number, angle3Deg: number): AnyShape {
  return memoized("sphere", { frame, radius, angle1Deg, angle2Deg, angle3Deg }, [], () => kernelRun(`sphere r=${radius}`, (oc, keep) => {
    const rad = Math.PI / 180;
    const maker = keep(
      new oc.BRepPrimAPI_MakeSphere(axes(oc, keep, frame), radius, angle1Deg * rad, angle2Deg * rad, angle3Deg * rad),
    );
    return adopt(maker.Shape());
  }));
}

/** A torus around the frame's z axis. */
export function makeTorusInFrame(frame: Frame, majorRadius: number, minorRadius: number): AnyShape {
  return memoized("torus", { frame, majorRadius, minorRadius }, [], () =>
    kernelRun(`torus R=${majorRadius} r=${minorRadius}`, (oc, keep) => {
      const maker = keep(new oc.BRepPrimAPI_MakeTorus(axes(oc, keep, frame), majorRadius, minorRadius));
      return adopt(maker.Shape());
    }));
}

/** Linear extrusion (prism) of a face or wire along `vector`. */
export function prism(profile: AnyShape, vector: Triple): AnyShape {
  return memoized("prism", vector, [profile], () =>
    kernelRun("extrude", (oc, keep) => {
      const maker = keep(new oc.BRepPrimAPI_MakePrism(profile.wrapped, keep(new oc.gp_Vec(...vector)), false, true));
      return adopt(maker.Shape());
    }));
}

/** Revolution of a face about the axis through `axisPoint` along `axisDir`. */
export function revolveProfile(profile: Face | AnyShape, axisPoint: Triple, axisDir: Triple, angleDeg: number): AnyShape {
  return memoized("revolve", { axisPoint, axisDir, angleDeg }, [profile], () =>
    kernelRun("revolve", (oc, keep) => {
      const axis = keep(new oc.gp_Ax1(keep(new oc.gp_Pnt(...axisPoint)), keep(new oc.gp_Dir(...axisDir))));
      const maker = keep(new oc.BRepPrimAPI_MakeRevol(profile.wrapped, axis, (angleDeg * Math.PI) / 180, false));
      return adopt(maker.Shape());
    }));
}
