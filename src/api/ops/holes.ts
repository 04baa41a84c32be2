/**
 * hole, cboreHole, cskHole as CadQuery makes them: the tool built once around the origin, boring
 * along -z (for cboreHole and cskHole the bore fused with the counterbore or the cone), moved to
 * every stack point (copies sharing its geometry) and cut from the solid in one boolean (cutEach).
 * (Until 2026-12-07 each point had its own bore and counterbore or revolved cone, all in one cut.
 * Fused first, CPU per build in one process after the WebAssembly's tier-up (the 11th-15th builds
 * of each case, old and new trees interleaved twice): 15 counterbores in a 60x40x10 plate 163-167 ->
 * 75-79 ms, 15 countersinks 247-278 -> 91 ms, 15 plain holes 50-66 -> 51-80 ms (same), and two
 * crossing counterbores in a cube x0.48. Builds measured in fresh processes include the tier-up and
 * showed the plate of counterbores x2.6 slower: that was the warm-up, not the tool.)
 */
import type { AnyShape } from "replicad";
import { booleanOperation, frameFor, makeConeSolid, makeCylinderInFrame } from "../../kernel/index.ts";
import { apiError, booleanValue, positiveNumber, readOptions } from "../options.ts";
import { wrapShape } from "../shape.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { eachpoint, requireSolid, stackLocations } from "./context.ts";

/** CadQuery's bore axes: the local origin, direction -z, x as OCCT's gp_Ax2 picks it. */
const boreFrame = () => frameFor([0, 0, 0], [0, 0, -1]);

/** A bore shorter than the farthest box corner by no more than this still reaches it (OCCT's Precision::Confusion). */
const CONFUSION = 1e-7;

/**
 * CadQuery's default depth, `largestDimension()`: the solid's bounding-box diagonal, which reaches
 * through the box from any point in it. From a stack point outside the box the diagonal may stop
 * short of the far side (CadQuery's hole then leaves material): there the depth is the distance to
 * the box corner farthest from that point, so the bore goes through in whatever direction it points.
 */
function throughDepth(wp: WorkplaneImpl, method: string): number {
  const box = requireSolid(wp, method).BoundingBox();
  const farthestCorner = Math.max(
    ...stackLocations(wp).map(({ position: p }) =>
      Math.hypot(
        Math.max(Math.abs(p.x - box.xmin), Math.abs(p.x - box.xmax)),
        Math.max(Math.abs(p.y - box.ymin), Math.abs(p.y - box.ymax)),
        Math.max(Math.abs(p.z - box.zmin), Math.abs(p.z - box.zmax)),
      ),
    ),
  );
  return farthestCorner > box.DiagonalLength + CONFUSION ? farthestCorner : box.DiagonalLength;
}

function boreDepth(wp: WorkplaneImpl, method: string, depth: number | undefined): number {
  return depth === undefined ? throughDepth(wp, method) : positiveNumber(method, "depth", depth);
}

/** CadQuery's `cutEach(lambda loc: tool.moved(loc), True, clean)`: the tool moved to every stack point, one cut. */
function cutAtEachPoint(wp: WorkplaneImpl, method: string, tool: AnyShape, options: unknown): WorkplaneImpl {
  const { clean } = readOptions(method, options, { clean: true });
  const cleanResult = booleanValue(method, "clean", clean);
  stackLocations(wp); // a selection that matched nothing is an error here, not the plane's origin (eachpoint's empty stack)
  return eachpoint(wp, wrapShape(tool), { useLocalCoordinates: true, combine: "cut", clean: cleanResult });
}

/** The bore, fused with `other` (CadQuery's `hole.fuse(other)`: not cleaned). */
function boreWith(bore: AnyShape, other: AnyShape): AnyShape {
  return booleanOperation("fuse", [bore], [other], { clean: false });
}

export function hole(wp: WorkplaneImpl, diameter: number, depth: number | undefined, options?: { clean?: boolean }): WorkplaneImpl {
  const method = "hole";
  positiveNumber(method, "diameter", diameter);
  const length = boreDepth(wp, method, depth);
  return cutAtEachPoint(wp, method, makeCylinderInFrame(boreFrame(), diameter / 2, length), options);
}

export function cboreHole(
  wp: WorkplaneImpl,
  diameter: number,
  cboreDiameter: number,
  cboreDepth: number,
  depth: number | undefined,
  options?: { clean?: boolean },
): WorkplaneImpl {
  const method = "cboreHole";
  positiveNumber(method, "diameter", diameter);
  positiveNumber(method, "cboreDiameter", cboreDiameter);
  positiveNumber(method, "cboreDepth", cboreDepth);
  if (cboreDiameter <= diameter) apiError(method, `cboreDiameter (${cboreDiameter}) must be larger than diameter (${diameter})`);
  const length = boreDepth(wp, method, depth);
  const frame = boreFrame();
  const tool = boreWith(makeCylinderInFrame(frame, diameter / 2, length), makeCylinderInFrame(frame, cboreDiameter / 2, cboreDepth));
  return cutAtEachPoint(wp, method, tool, options);
}

export function cskHole(
  wp: WorkplaneImpl,
  diameter: number,
  cskDiameter: number,
  cskAngle: number,
  depth: number | undefined,
  options?: { clean?: boolean },
): WorkplaneImpl {
  const method = "cskHole";
  positiveNumber(method, "diameter", diameter);
  positiveNumber(method, "cskDiameter", cskDiameter);
  positiveNumber(method, "cskAngle", cskAngle);
  if (cskAngle >= 180) apiError(method, `cskAngle must be less than 180 degrees; got ${cskAngle}`);
  if (cskDiameter <= diameter) apiError(method, `cskDiameter (${cskDiameter}) must be larger than diameter (${diameter})`);
  const length = boreDepth(wp, method, depth);
  const radius = cskDiameter / 2;
  const coneHeight = radius / Math.tan(((cskAngle / 2) * Math.PI) / 180);
  const frame = boreFrame();
  const tool = boreWith(makeCylinderInFrame(frame, diameter / 2, length), makeConeSolid(radius, 0, coneHeight, frame, 360));
  return cutAtEachPoint(wp, method, tool, options);
}
