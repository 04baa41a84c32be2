/** Selection of the one object nearest a point. */
import { selectionError } from "./errors.ts";
import type { Selectable, Vec3 } from "./selectable.ts";
import { Selector } from "./selector.ts";
import { distance, formatPoint, toVec3, type VectorInput } from "./vec3.ts";

/**
 * Keeps the single object whose centre is nearest the point (the first one on a tie).
 * An empty list is an error, as in CadQuery.
 * Considers: every object, by its `center()` (a vertex's point).
 * @example new NearestToPointSelector([0, 1, 0]) // the unit cube's vertex at (0, 1, 0)
 */
export class NearestToPointSelector extends Selector {
  readonly point: Vec3;

  constructor(point: VectorInput) {
    super();
    this.point = toVec3(point, "NearestToPointSelector", "the point");
  }

  override filter<T extends Selectable>(objects: readonly T[]): T[] {
    let nearest: T | undefined;
    let nearestDistance = Infinity;
    for (const object of objects) {
      const d = distance(object.center(), this.point);
      if (d < nearestDistance) {
        nearest = object;
        nearestDistance = d;
      }
    }
    if (nearest === undefined) throw selectionError(String(this), "there are no objects to select from");
    return [nearest];
  }

  override toString(): string {
    return `NearestToPointSelector(${formatPoint(this.point)})`;
  }
}
