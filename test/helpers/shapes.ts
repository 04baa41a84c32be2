/** Test solids made directly with replicad, with their exact volumes where a formula exists. */
import { Compound as CompoundShape, makeBaseBox, makeCompound, makeCylinder, makeSphere, type AnyShape, type Compound, type Solid } from "replicad";
import { kernel } from "../../src/kernel/load.ts";

/** 30 × 30 × 10 block (z from 0 to 10) with a vertical Ø10 bore through its centre. */
export function boxWithHole(): AnyShape {
  const block = makeBaseBox(30, 30, 10);
  const tool = makeCylinder(5, 20, [0, 0, -5]);
  try {
    return block.cut(tool);
  } finally {
    block.delete();
    tool.delete();
  }
}

export const BOX_WITH_HOLE_VOLUME = 30 * 30 * 10 - Math.PI * 25 * 10;

/** A 10 mm cube and, apart from it, a sphere of radius 5 centred at (20, 0, 5): one compound of two solids. */
export function cubeAndSphere(): AnyShape {
  const solids = [makeBaseBox(10, 10, 10), makeSphere(5).translate([20, 0, 5])];
  try {
    return makeCompound(solids);
  } finally {
    for (const solid of solids) solid.delete();
  }
}

export const CUBE_AND_SPHERE_VOLUME = 1000 + (4 / 3) * Math.PI * 125;

/** A 210 × 210 × 10 plate with `rows × rows` vertical Ø6 holes on a 20 mm grid. */
export function plateWithHoles(rows: number): AnyShape {
  const plate = makeBaseBox(20 * rows + 10, 20 * rows + 10, 10);
  const holes: Solid[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < rows; j++) {
      holes.push(makeCylinder(3, 20, [20 * i - 10 * (rows - 1), 20 * j - 10 * (rows - 1), -5]));
    }
  }
  const tool = makeCompound(holes) as Compound;
  try {
    return plate.cut(tool);
  } finally {
    plate.delete();
    tool.delete();
    for (const hole of holes) hole.delete();
  }
}

/**
 * `shape` moved by a new location (its geometry shared), as CadQuery's `moved` and an assembly's
 * placement make: each call a location at a new address.
 */
export function located(shape: AnyShape, offset: [number, number, number]): AnyShape {
  const oc = kernel();
  const trsf = new oc.gp_Trsf();
  const vector = new oc.gp_Vec(...offset);
  trsf.SetTranslation(vector);
  const location = new oc.TopLoc_Location(trsf);
  const moved = new CompoundShape(shape.wrapped.Moved(location, false));
  // Same kernel shape type as the original (the facade class only names it).
  trsf.delete();
  vector.delete();
  location.delete();
  return moved;
}
