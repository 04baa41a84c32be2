/**
 * Selectors that test a face's normal or an edge's tangent against one direction:
 * `|Z` (parallel), `#Z` (perpendicular), `+Z` / `-Z` / `Z` (same direction).
 */
import { readOptions } from "../options.ts";
import type { Selectable, Vec3 } from "./selectable.ts";
import { Selector } from "./selector.ts";
import { angleBetween, cross, formatDirection, norm, toDirection, toTolerance, type VectorInput } from "./vec3.ts";

/** CadQuery's default tolerance for direction tests and nth clustering. */
export const DEFAULT_SELECTOR_TOLERANCE = 0.0001;

export interface DirectionOptions {
  /** Default 0.0001; its meaning depends on the selector (length of a cross product, or radians). */
  tolerance?: number;
}

/**
 * The vector a direction selector tests, or undefined when the object is not one it considers:
 * a planar face gives its outward normal, a straight edge its tangent; everything else
 * (vertices, wires, curved faces and edges, shells, solids, compounds) is ignored, as in CadQuery.
 */
export function directionOf(object: Selectable): Vec3 | undefined {
  if (object.kind === "face" && object.geomType === "PLANE") return object.normal?.();
  if (object.kind === "edge" && object.geomType === "LINE") return object.direction?.();
  return undefined;
}

/** Base of the selectors that keep planar faces and straight edges whose vector passes `test`. */
export abstract class BaseDirSelector extends Selector {
  /** The direction as given (not normalised, as in CadQuery). */
  readonly direction: Vec3;
  readonly tolerance: number;

  constructor(vector: VectorInput, options: DirectionOptions = {}) {
    super();
    const owner = new.target.name;
    const { tolerance } = readOptions(owner, options, { tolerance: DEFAULT_SELECTOR_TOLERANCE });
    this.direction = toDirection(vector, owner, "the direction");
    this.tolerance = toTolerance(tolerance, owner);
  }

  /** Whether a face normal or edge tangent passes. */
  abstract test(vector: Vec3): boolean;

  override filter<T extends Selectable>(objects: readonly T[]): T[] {
    return objects.filter((object) => {
      const vector = directionOf(object);
      return vector !== undefined && this.test(vector);
    });
  }
}

/**
 * Keeps planar faces whose normal, and straight edges whose tangent, is parallel to the direction
 * in either sense: |direction × v| < tolerance (v is a unit vector; the direction is used as
 * given, so a non-unit direction such as XY = (1,1,0) scales the test). String form `|Z`.
 * Considers: planar faces, straight edges. Ignores every other object.
 * @example new ParallelDirSelector([0, 0, 1]) // same as "|Z"
 */
export class ParallelDirSelector extends BaseDirSelector {
  test(vector: Vec3): boolean {
    return norm(cross(this.direction, vector)) < this.tolerance;
  }

  override toString(): string {
    return `|${formatDirection(this.direction)}`;
  }
}

/**
 * Keeps planar faces whose normal, and straight edges whose tangent, points the same way as the
 * direction: angle < tolerance (radians). String forms `+Z`, `Z`, and `-Z` (the negated direction).
 * Considers: planar faces, straight edges. Ignores every other object.
 * @example new DirectionSelector([0, 0, -1]) // same as "-Z"
 */
export class DirectionSelector extends BaseDirSelector {
  test(vector: Vec3): boolean {
    return angleBetween(this.direction, vector) < this.tolerance;
  }

  override toString(): string {
    return formatDirection(this.direction, { signed: true });
  }
}

/**
 * Keeps planar faces whose normal, and straight edges whose tangent, is perpendicular to the
 * direction: |angle − π/2| < tolerance (radians). String form `#Z`. (CadQuery 2.1 and earlier
 * tested "parallel" here by mistake; this follows 2.2 onwards.)
 * Considers: planar faces, straight edges. Ignores every other object.
 * @example new PerpendicularDirSelector([0, 0, 1]) // same as "#Z": a box's 4 side faces
 */
export class PerpendicularDirSelector extends BaseDirSelector {
  test(vector: Vec3): boolean {
    return Math.abs(angleBetween(this.direction, vector) - Math.PI / 2) < this.tolerance;
  }

  override toString(): string {
    return `#${formatDirection(this.direction)}`;
  }
}
