/** CadQuery's `Solid`: a closed volume, with its class methods for primitives, extrusions, revolutions, lofts and sweeps. */
import type { AnyShape } from "replicad";
import {
  frameFor,
  loftSections,
  makeBoxInFrame,
  makeConeSolid,
  makeCylinderInFrame,
  makeFaceFromWires,
  makeHelixWire,
  makeLineEdge,
  makeSolidFromShell,
  makeSphereInFrame,
  makeTorusSolid,
  makeWire,
  offsetWire,
  outerWire,
  prism,
  revolveProfile,
  solidFromPolygons,
  subShapes,
  sweepProfile,
  sweepSections,
  translateShape,
  type Triple,
} from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { Vector } from "../vector.ts";
import { SOLID_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { SolidArgs, SolidValues } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { isShape, unwrapShape, wrapAs, wrapShape } from "./wrap.ts";
import { Mixin3D } from "./mixin3D.ts";

const bind = binderFor<SolidValues>("Solid", SOLID_SIGNATURES, {});

function positive(method: string, name: string, value: number): number {
  if (!(value > 0)) throw new PartforgeError("SCRIPT_EXCEPTION", `Solid.${method}: ${name} must be positive; got ${value}`);
  return value;
}

function direction(method: string, name: string, value: Vector): Triple {
  if (value.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", `Solid.${method}: ${name} must not be the zero vector`);
  return value.toTuple();
}

/** The profile of the wire forms (outer wire and holes) or of the face form, as kernel wires. */
function profileOf(bound: { form: number; outerWire?: Shape; innerWires?: Shape[]; face?: Shape }): { outer: AnyShape; inner: AnyShape[] } {
  if (bound.form === 0) return { outer: unwrapShape(bound.outerWire!), inner: bound.innerWires!.map(unwrapShape) };
  const face = unwrapShape(bound.face!);
  const outer = outerWire(face);
  return { outer, inner: subShapes(face, "wire").filter((w) => !w.isSame(outer)) };
}

function profileFace(profile: { outer: AnyShape; inner: AnyShape[] }): AnyShape {
  return makeFaceFromWires(profile.outer, profile.inner);
}

function pathWire(path: Shape): AnyShape {
  return path.kind === "wire" ? unwrapShape(path) : makeWire([unwrapShape(path)]);
}

/** CadQuery's sweep mode: a fixed binormal direction, an auxiliary spine, or Frenet/corrected. */
function sweepMode(mode: unknown, isFrenet: boolean) {
  if (mode instanceof Vector) return { isFrenet, normal: mode.toTuple() };
  if (isShape(mode)) return { isFrenet, auxSpine: pathWire(mode), curvilinear: true };
  return { isFrenet };
}

/**
 * A solid: `Solid.makeBox(…)`, `Solid.sweep(…)`, … or from `shape.Solids()` and `Workplane.val()`.
 * @example Solid.makeCone(1, 0, 2).Volume() // 2π/3
 */
export class Solid extends Mixin3D {
  /**
   * True for a solid, or a compound holding solids.
   * @example Solid.isSolid(Solid.makeBox(1, 1, 1)) // true
   */
  static isSolid(...args: SolidArgs["isSolid"]): boolean {
    const { obj } = bind("isSolid", args);
    return obj.kind === "solid" || (obj.kind === "compound" && obj.Solids().length > 0);
  }

  /**
   * The solid a closed shell bounds.
   * @example Solid.makeSolid(Shell.makeShell(Solid.makeBox(1, 1, 1).Faces())).Volume() // 1
   */
  static makeSolid(...args: SolidArgs["makeSolid"]): Solid {
    const { shell } = bind("makeSolid", args);
    return wrapAs(Solid, makeSolidFromShell(unwrapShape(shell)));
  }

  /**
   * A box with a corner at `pnt`, `height` along `dir`.
   * @example Solid.makeBox(1, 2, 3).Volume() // 6
   */
  static makeBox(...args: SolidArgs["makeBox"]): Solid {
    const { length, width, height, pnt, dir } = bind("makeBox", args);
    const [l, w, h] = [positive("makeBox", "length", length), positive("makeBox", "width", width), positive("makeBox", "height", height)];
    return wrapAs(Solid, makeBoxInFrame(frameFor(pnt.toTuple(), direction("makeBox", "dir", dir)), l, w, h));
  }

  /**
   * A cone (a frustum when both radii are positive) standing on `pnt` along `dir`, swept through `angleDegrees`.
   * @example Solid.makeCone(1, 0, 2).Faces().length // 2
   */
  static makeCone(...args: SolidArgs["makeCone"]): Solid {
    const { radius1, radius2, height, pnt, dir, angleDegrees } = bind("makeCone", args);
    if (radius1 < 0 || radius2 < 0 || radius1 + radius2 === 0) {
      throw new PartforgeError("SCRIPT_EXCEPTION", `Solid.makeCone: the radii must not be negative and not both 0; got ${radius1} and ${radius2}`);
    }
    positive("makeCone", "height", height);
    positive("makeCone", "angleDegrees", angleDegrees);
    return wrapAs(Solid, makeConeSolid(radius1, radius2, height, frameFor(pnt.toTuple(), direction("makeCone", "dir", dir)), Math.min(angleDegrees, 360)));
  }

  /**
   * A cylinder (or sector of one) standing on `pnt` along `dir`.
   * @example Solid.makeCylinder(1, 2).Volume() // 2π
   */
  static makeCylinder(...args: SolidArgs["makeCylinder"]): Solid {
    const { radius, height, pnt, dir, angleDegrees } = bind("makeCylinder", args);
    positive("makeCylinder", "radius", radius);
    positive("makeCylinder", "height", height);
    const frame = frameFor(pnt.toTuple(), direction("makeCylinder", "dir", dir));
    return wrapAs(Solid, makeCylinderInFrame(frame, radius, height, positive("makeCylinder", "angleDegrees", angleDegrees)));
  }

  /**
   * A torus of major radius `radius1` and tube radius `radius2` about `dir` through `pnt`; the
   * tube's section runs from `angleDegrees1` to `angleDegrees2`.
   * @example Solid.makeTorus(3, 1).Volume() // 6π²
   */
  static makeTorus(...args: SolidArgs["makeTorus"]): Solid {
    const { radius1, radius2, pnt, dir, angleDegrees1, angleDegrees2 } = bind("makeTorus", args);
    positive("makeTorus", "radius1", radius1);
    positive("makeTorus", "radius2", radius2);
    return wrapAs(Solid, makeTorusSolid(radius1, radius2, pnt.toTuple(), direction("makeTorus", "dir", dir), angleDegrees1, angleDegrees2));
  }

  /**
   * A solid through the wires in order, smooth or `ruled`.
   * @example Solid.makeLoft([Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]), Wire.makeCircle(2, [0, 0, 2], [0, 0, 1])], true).Volume() // 14π/3
   */
  static makeLoft(...args: SolidArgs["makeLoft"]): Solid {
    const { listOfWire, ruled } = bind("makeLoft", args);
    if (listOfWire.length < 2) throw new PartforgeError("SCRIPT_EXCEPTION", `Solid.makeLoft: more than one wire is required; got ${listOfWire.length}`);
    return wrapAs(Solid, loftSections(listOfWire.map(unwrapShape), ruled));
  }

  /**
   * OCCT's wedge: a box `dx` × `dy` × `dz` whose face at y = dy shrinks to [xmin, xmax] × [zmin, zmax].
   * @example Solid.makeWedge(10, 10, 10, 5, 5, 5, 5).Volume() // 1000/3
   */
  static makeWedge(...args: SolidArgs["makeWedge"]): Solid {
    const { dx, dy, dz, xmin, zmin, xmax, zmax, pnt, dir } = bind("makeWedge", args);
    for (const [name, value] of [["dx", dx], ["dy", dy], ["dz", dz]] as const) positive("makeWedge", name, value);
    if (xmax < xmin || zmax < zmin) throw new PartforgeError("SCRIPT_EXCEPTION", "Solid.makeWedge: xmax and zmax must not be less than xmin and zmin");
    const { origin, xDir, zDir } = frameFor(pnt.toTuple(), direction("makeWedge", "dir", dir));
    const yDir = new Vector(...zDir).cross(xDir).toTuple();
    const world = (x: number, y: number, z: number): Triple => [0, 1, 2].map((i) => origin[i]! + x * xDir[i]! + y * yDir[i]! + z * zDir[i]!) as Triple;
    const corners = (y: number, x0: number, x1: number, z0: number, z1: number) => [world(x0, y, z0), world(x1, y, z0), world(x1, y, z1), world(x0, y, z1)];
    const bottom = corners(0, 0, dx, 0, dz);
    const top = corners(dy, xmin, xmax, zmin, zmax);
    const polygons = [bottom, [...top].reverse(), ...[0, 1, 2, 3].map((i) => [bottom[i]!, bottom[(i + 1) % 4]!, top[(i + 1) % 4]!, top[i]!])];
    return wrapAs(Solid, solidFromPolygons(polygons));
  }

  /**
   * A sphere, or the part of it between latitudes `angleDegrees1` and `angleDegrees2` swept through
   * `angleDegrees3` (CadQuery's defaults 0 and 90 give the upper half).
   * @example Solid.makeSphere(1, [0, 0, 0], [0, 0, 1], -90, 90).Volume() // 4π/3
   */
  static makeSphere(...args: SolidArgs["makeSphere"]): Solid {
    const { radius, pnt, dir, angleDegrees1, angleDegrees2, angleDegrees3 } = bind("makeSphere", args);
    positive("makeSphere", "radius", radius);
    if (angleDegrees1 >= angleDegrees2) throw new PartforgeError("SCRIPT_EXCEPTION", `Solid.makeSphere: angleDegrees1 must be less than angleDegrees2; got ${angleDegrees1} and ${angleDegrees2}`);
    const frame = frameFor(pnt.toTuple(), direction("makeSphere", "dir", dir));
    return wrapAs(Solid, makeSphereInFrame(frame, radius, angleDegrees1, angleDegrees2, angleDegrees3));
  }

  /**
   * A prism of a face (or of an outer wire with inner wires) along `vecNormal`, the sides leaning in by `taper` degrees.
   * @example Solid.extrudeLinear(Face.makePlane(2, 2), [0, 0, 3]).Volume() // 12
   */
  static extrudeLinear(...args: SolidArgs["extrudeLinear"]): Solid {
    const bound = bind("extrudeLinear", args);
    const profile = profileOf(bound);
    const vector = direction("extrudeLinear", "vecNormal", bound.vecNormal);
    if (bound.taper === 0) return wrapAs(Solid, prism(profileFace(profile), vector));
    if (profile.inner.length > 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Solid.extrudeLinear: a tapered extrusion cannot have inner wires (CadQuery refuses them too)");
    const offset = -bound.vecNormal.length * Math.tan((bound.taper * Math.PI) / 180);
    const tops = offsetWire(profile.outer, offset, "intersection");
    if (tops.length !== 1) throw new PartforgeError("GEOMETRY", `Solid.extrudeLinear: a taper of ${bound.taper}° closes the outline before the full height`);
    return wrapAs(Solid, loftSections([profile.outer, translateShape(tops[0]!, vector)], true));
  }

  /**
   * A twisted prism: the profile extruded along `vecNormal` while turning `angleDegrees` about the axis through `vecCenter`.
   * @example Solid.extrudeLinearWithRotation(Face.makePlane(2, 2), [0, 0, 0], [0, 0, 3], 45).Volume() // 12
   */
  static extrudeLinearWithRotation(...args: SolidArgs["extrudeLinearWithRotation"]): Solid {
    const bound = bind("extrudeLinearWithRotation", args);
    const { outer, inner } = profileOf(bound);
    const center = bound.vecCenter;
    const normal = direction("extrudeLinearWithRotation", "vecNormal", bound.vecNormal);
    const height = bound.vecNormal.length;
    if (bound.angleDegrees === 0) return wrapAs(Solid, prism(profileFace({ outer, inner }), normal));
    const spine = makeWire([makeLineEdge(center.toTuple(), center.add(bound.vecNormal).toTuple())]);
    const helix = makeHelixWire((360 / bound.angleDegrees) * height, height, 1, center.toTuple(), normal);
    const options = { isFrenet: false, transition: "right" as const, auxSpine: helix, curvilinear: false, makeSolid: true };
    return wrapAs(Solid, sweepProfile(outer, inner, spine, center.toTuple(), options));
  }

  /**
   * A solid of revolution: the profile turned `angleDegrees` about the axis from `axisStart` to `axisEnd`.
   * @example Solid.revolve(Face.makePlane(1, 1, [2, 0, 0], [0, 1, 0]), 360, [0, 0, 0], [0, 0, 1]).Volume() // 4π
   */
  static revolve(...args: SolidArgs["revolve"]): Solid {
    const bound = bind("revolve", args);
    const axis = bound.axisEnd.sub(bound.axisStart);
    direction("revolve", "axisEnd - axisStart", axis);
    return wrapAs(Solid, revolveProfile(profileFace(profileOf(bound)), bound.axisStart.toTuple(), axis.normalized().toTuple(), bound.angleDegrees));
  }

  /**
   * The profile swept along `path` (Frenet frame when `isFrenet`, which helical threads need; a
   * fixed binormal when `mode` is a vector; guided by an auxiliary spine when it is an edge or wire).
   * @example Solid.sweep(Wire.makeCircle(0.2, [3, 0, 0], [0, 1, 0]), [], Wire.makeHelix(1, 3, 3), true, true).isValid() // true
   */
  static sweep(...args: SolidArgs["sweep"]): Shape {
    const bound = bind("sweep", args);
    const { outer, inner } = profileOf(bound);
    const path = pathWire(bound.path);
    const options = { ...sweepMode(bound.mode, bound.isFrenet), transition: bound.transitionMode, makeSolid: bound.makeSolid };
    return wrapShape(sweepProfile(outer, inner, path, bound.path.startPoint().toTuple(), options));
  }

  /**
   * One sweep through several profiles (wires or faces) along `path`.
   * @example Solid.sweep_multi([Wire.makeCircle(1, [0, 0, 0], [0, 0, 1]), Wire.makeCircle(2, [0, 0, 4], [0, 0, 1])], Edge.makeLine([0, 0, 0], [0, 0, 4])).isValid() // true
   */
  static sweep_multi(...args: SolidArgs["sweep_multi"]): Shape {
    const { profiles, path, makeSolid, isFrenet, mode } = bind("sweep_multi", args);
    const sections = profiles.map((profile, i) => {
      if (!isShape(profile) || (profile.kind !== "wire" && profile.kind !== "face")) {
        throw new PartforgeError("SCRIPT_EXCEPTION", `Solid.sweep_multi: profiles[${i}] must be a Wire or a Face`);
      }
      return profile.kind === "wire" ? unwrapShape(profile) : outerWire(unwrapShape(profile));
    });
    if (sections.length === 0) throw new PartforgeError("SCRIPT_EXCEPTION", "Solid.sweep_multi: needs at least one profile");
    const options = { ...sweepMode(mode, isFrenet), transition: "transformed" as const, makeSolid };
    return wrapShape(sweepSections(sections, pathWire(path), path.startPoint().toTuple(), options));
  }

  /**
   * The solid's outer boundary.
   * @example Solid.makeBox(1, 1, 1).outerShell().Area() // 6
   */
  outerShell(...args: SolidArgs["outerShell"]): Shape {
    bind("outerShell", args);
    return this.#shellsByReach()[0]!;
  }

  /**
   * The boundaries of the solid's internal voids.
   * @example Solid.makeBox(1, 1, 1).innerShells().length // 0
   */
  innerShells(...args: SolidArgs["innerShells"]): Shape[] {
    bind("innerShells", args);
    return this.#shellsByReach().slice(1);
  }

  /** The shells, the outer one (the one whose bounding box is largest) first. */
  #shellsByReach(): Shape[] {
    const shells = this.Shells();
    const reach = (s: Shape) => s.BoundingBox().DiagonalLength;
    return [...shells].sort((a, b) => reach(b) - reach(a));
  }
}

