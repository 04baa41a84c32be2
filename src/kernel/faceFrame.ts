/**
 * The local frame of a face at the middle of its parameter range, as CadQuery's
 * `Face.locationAt(u, v)` makes it: x along the surface's u direction, z along u × v (the
 * surface's own normal, not turned by the face's orientation).
 */
import type { AnyShape } from "replicad";
import { kernelRun } from "./run.ts";
import type { Triple } from "./operations.ts";
import type { Frame } from "./transform.ts";

function minus(a: Triple, b: Triple): Triple {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

function unit(v: Triple): Triple {
  const length = Math.hypot(...v);
  if (length < 1e-15) throw new Error("the surface is degenerate at the face's centre");
  return [v[0] / length, v[1] / length, v[2] / length];
}

export function faceFrameAtCenter(face: AnyShape): Frame {
  return kernelRun("face location", (oc, keep) => {
    const topoFace = keep(oc.TopoDS.Face(face.wrapped));
    const { UMin, UMax, VMin, VMax } = oc.BRepTools.UVBounds(topoFace, 0, 0, 0, 0);
    const surface = keep(oc.BRep_Tool.Surface(topoFace));
    const at = (u: number, v: number): Triple => {
      const p = keep(surface.Value(u, v));
      return [p.X(), p.Y(), p.Z()];
    };
    const [u, v] = [(UMin + UMax) / 2, (VMin + VMax) / 2];
    // Central differences: the directions of the first derivatives (their lengths do not matter).
    const hu = Math.max(1e-7, (UMax - UMin) * 1e-6);
    const hv = Math.max(1e-7, (VMax - VMin) * 1e-6);
    const du = unit(minus(at(u + hu, v), at(u - hu, v)));
    const dv = unit(minus(at(u, v + hv), at(u, v - hv)));
    const normal = unit([du[1] * dv[2] - du[2] * dv[1], du[2] * dv[0] - du[0] * dv[2], du[0] * dv[1] - du[1] * dv[0]]);
    return { origin: at(u, v), xDir: du, zDir: normal };
  });
}
