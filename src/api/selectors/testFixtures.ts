/**
 * Test-only: hand-made `Selectable` objects whose geometry is worked out by hand, so selector
 * tests need no kernel. Not exported from `index.ts`.
 */
import type { Selectable, SelectableKind, Vec3 } from "./selectable.ts";

/** A fixture object: a `Selectable` with a name for readable assertions. */
export interface Fake extends Selectable {
  readonly name: string;
}

export interface FakeFacts {
  normal?: Vec3;
  direction?: Vec3;
  radius?: number;
  length?: number;
  area?: number;
  box?: { min: Vec3; max: Vec3 };
}

/** One fixture object; only the facts given become methods, as a real shape lacks what it cannot answer. */
export function fake(name: string, kind: SelectableKind, geomType: string, center: Vec3, facts: FakeFacts = {}): Fake {
  const { normal, direction, radius, length, area, box } = facts;
  return {
    name,
    kind,
    geomType,
    center: () => center,
    ...(normal === undefined ? {} : { normal: () => normal }),
    ...(direction === undefined ? {} : { direction: () => direction }),
    ...(radius === undefined ? {} : { radius: () => radius }),
    ...(length === undefined ? {} : { length: () => length }),
    ...(area === undefined ? {} : { area: () => area }),
    ...(box === undefined ? {} : { boundingBox: () => box }),
  };
}

const AXIS_NAMES = ["X", "Y", "Z"] as const;

function unit(axis: number, sign = 1): Vec3 {
  return [0, 1, 2].map((i) => (i === axis ? sign : 0)) as unknown as Vec3;
}

function withCoordinate(point: Vec3, axis: number, value: number): Vec3 {
  return point.map((c, i) => (i === axis ? value : c)) as unknown as Vec3;
}

export interface FakeBox {
  /** 6 planar faces named by outward normal: "-X", "+X", "-Y", "+Y", "-Z", "+Z". */
  faces: Fake[];
  /** 12 straight edges named "|X y=… z=…" etc., tangents along +axis. */
  edges: Fake[];
  /** 8 vertices named "(x,y,z)". */
  vertices: Fake[];
  /** 6 face boundary wires named like their faces. */
  wires: Fake[];
  solid: Fake;
}

/** An axis-aligned box from `min` to `max`, with every sub-shape a selector can see. */
export function fakeBox(min: Vec3, max: Vec3, label = "box"): FakeBox {
  const mid = [0, 1, 2].map((i) => (min[i]! + max[i]!) / 2) as unknown as Vec3;
  const size = [0, 1, 2].map((i) => max[i]! - min[i]!);
  const faces: Fake[] = [];
  const wires: Fake[] = [];
  for (const axis of [0, 1, 2]) {
    for (const sign of [-1, 1]) {
      const at = sign < 0 ? min[axis]! : max[axis]!;
      const [a, b] = [0, 1, 2].filter((i) => i !== axis).map((i) => size[i]!);
      const name = `${sign < 0 ? "-" : "+"}${AXIS_NAMES[axis]}`;
      const center = withCoordinate(mid, axis, at);
      const box = { min: withCoordinate(min, axis, at), max: withCoordinate(max, axis, at) };
      faces.push(fake(name, "face", "PLANE", center, { normal: unit(axis, sign), area: a! * b!, box }));
      wires.push(fake(name, "wire", "WIRE", center, { length: 2 * (a! + b!), area: a! * b!, box }));
    }
  }
  const edges: Fake[] = [];
  for (const axis of [0, 1, 2]) {
    const [p, q] = [0, 1, 2].filter((i) => i !== axis) as [number, number];
    for (const atP of [min[p]!, max[p]!]) {
      for (const atQ of [min[q]!, max[q]!]) {
        const center = withCoordinate(withCoordinate(mid, p, atP), q, atQ);
        const name = `|${AXIS_NAMES[axis]} ${AXIS_NAMES[p]!.toLowerCase()}=${atP} ${AXIS_NAMES[q]!.toLowerCase()}=${atQ}`;
        const box = { min: withCoordinate(center, axis, min[axis]!), max: withCoordinate(center, axis, max[axis]!) };
        edges.push(fake(name, "edge", "LINE", center, { direction: unit(axis), length: size[axis]!, box }));
      }
    }
  }
  const vertices: Fake[] = [];
  for (const x of [min[0], max[0]]) {
    for (const y of [min[1], max[1]]) {
      for (const z of [min[2], max[2]]) {
        const point: Vec3 = [x, y, z];
        vertices.push(fake(`(${point.join(",")})`, "vertex", "VERTEX", point, { box: { min: point, max: point } }));
      }
    }
  }
  const area = 2 * (size[0]! * size[1]! + size[1]! * size[2]! + size[0]! * size[2]!);
  const solid = fake(label, "solid", "SOLID", mid, { area, box: { min, max } });
  return { faces, edges, vertices, wires, solid };
}

/** CadQuery's test `makeUnitCube()`: centred in x and y, z from 0 to 1. */
export const unitCube = (): FakeBox => fakeBox([-0.5, -0.5, 0], [0.5, 0.5, 1]);

/** CadQuery's test `makeUnitCube(centered=False)`: the box from (0,0,0) to (1,1,1). */
export const cornerCube = (): FakeBox => fakeBox([0, 0, 0], [1, 1, 1]);

/**
 * A cylinder of radius 10 and height 5 standing on z = 0, bored through by a hole of radius 3,
 * as OCCT builds it: 2 planar annuli, 2 cylindrical faces (each with a straight seam edge at
 * y = 0, x > 0), 4 circles, 4 vertices where the seams meet the circles.
 */
export function boredCylinder(): { faces: Fake[]; edges: Fake[]; vertices: Fake[] } {
  const [R, r, h] = [10, 3, 5];
  const faces = [
    fake("top annulus", "face", "PLANE", [0, 0, h], { normal: [0, 0, 1], area: Math.PI * (R * R - r * r) }),
    fake("bottom annulus", "face", "PLANE", [0, 0, 0], { normal: [0, 0, -1], area: Math.PI * (R * R - r * r) }),
    fake("outer wall", "face", "CYLINDER", [0, 0, h / 2], { radius: R, area: 2 * Math.PI * R * h }),
    fake("bore", "face", "CYLINDER", [0, 0, h / 2], { radius: r, area: 2 * Math.PI * r * h }),
  ];
  const circle = (name: string, radius: number, z: number): Fake =>
    fake(name, "edge", "CIRCLE", [0, 0, z], {
      radius,
      length: 2 * Math.PI * radius,
      box: { min: [-radius, -radius, z], max: [radius, radius, z] },
    });
  const seam = (name: string, x: number): Fake =>
    fake(name, "edge", "LINE", [x, 0, h / 2], { direction: [0, 0, 1], length: h, box: { min: [x, 0, 0], max: [x, 0, h] } });
  const edges = [
    circle("top outer circle", R, h),
    circle("top inner circle", r, h),
    circle("bottom outer circle", R, 0),
    circle("bottom inner circle", r, 0),
    seam("outer seam", R),
    seam("inner seam", r),
  ];
  const vertices = ([[R, 0, 0], [R, 0, h], [r, 0, 0], [r, 0, h]] as const).map((p) => fake(`(${p.join(",")})`, "vertex", "VERTEX", p));
  return { faces, edges, vertices };
}

/** The names of the objects, sorted, for order-independent comparison. */
export function names(objects: readonly Fake[]): string[] {
  return objects.map((o) => o.name).sort();
}

/** The centre of the single object, asserting there is exactly one. */
export function onlyCenter(objects: readonly Fake[]): Vec3 {
  if (objects.length !== 1) throw new Error(`expected one object, got ${objects.length}: ${names(objects).join(", ")}`);
  return objects[0]!.center();
}
