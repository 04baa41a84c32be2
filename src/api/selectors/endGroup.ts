/**
 * The first or last group of a centre ordering (`>Z`, `<Z`, `>>Z[-1]`, `<<Z[0]`, …) decided from
 * as few centres as possible. A centre of mass is an integral over the object's geometry (≈ 0.2 ms
 * for a face); a box around the object is ≈ 10× cheaper and bounds the centre's key from both sides,
 * because the centre lies inside the object's convex hull. Only the objects whose bounds reach the
 * end in question have their centres computed; the answer is the one the full ordering gives.
 *
 * Why it is the same answer (grouping as `NthSelector.cluster`: ascending, greedy from the smallest
 * key, a group takes the keys within `tolerance` of its first):
 * - first group: it starts at the smallest key k and holds exactly the keys ≤ k + tolerance. Every
 *   object not measured has a lower bound above (the smallest measured key) + tolerance, so none of
 *   them is smaller than k or joins that group.
 * - last group: the measured keys are walked down from the largest while each is within tolerance
 *   of the one above (a chain); below the chain's lowest key m every key, measured or not (upper
 *   bound below m − tolerance), is more than tolerance below m. A group that starts below m ends
 *   before m, so a group starts at m and the groups from m up are those of the chain alone.
 */
import { CENTER_BOUNDS, type Selectable, type Vec3 } from "./selectable.ts";

/**
 * Bounds are widened by this relative amount, far above the rounding of a centre's integration
 * and of the comparisons here (a few units in the last place), far below any selector tolerance.
 */
const MARGIN = 1e-9;

/**
 * Fewer objects than this are all measured: bounding them costs about what it saves. A box's faces
 * for `>Z` show why: every side face reaches the top, so bounds leave out only the bottom face, and
 * six boxes (≈ 15 µs each) plus five centres cost more than six centres (≈ 50 µs each for a simple
 * planar face). With more objects, most of them usually lie away from either end.
 */
export const MIN_OBJECTS_TO_NARROW = 13;

/**
 * The objects that decide the `end` group of the ordering by `key` (dot(centre, direction)), or
 * undefined when bounds do not narrow them (too few objects, no object has bounds, or no measured
 * key is finite): then every object must be ordered. Grouping the result gives the `end` group of all `objects`.
 */
export function narrowToEndGroup<T extends Selectable>(
  objects: readonly T[],
  direction: Vec3,
  tolerance: number,
  end: "first" | "last",
  key: (object: T) => number | undefined,
): T[] | undefined {
  if (objects.length < MIN_OBJECTS_TO_NARROW) return undefined;
  const lows: number[] = [];
  const highs: number[] = [];
  for (const object of objects) {
    const [low, high] = keyRange(object, direction);
    lows.push(low);
    highs.push(high);
  }
  const keys: (number | undefined)[] = new Array(objects.length).fill(undefined);
  const measured: boolean[] = new Array(objects.length).fill(false);
  const measure = (index: number): void => {
    measured[index] = true;
    const value = key(objects[index]!);
    keys[index] = value !== undefined && Number.isFinite(value) ? value : undefined;
  };
  // Measure every object whose bounds reach the end, until no object left unmeasured could
  // change the end group the measured keys give.
  const unmeasuredAll = (excluded: (index: number) => boolean): boolean => objects.every((_, i) => measured[i] || excluded(i));
  if (end === "first") {
    let reach = smallest(highs) + tolerance;
    if (!Number.isFinite(reach)) return undefined;
    for (;;) {
      for (let i = 0; i < objects.length; i++) if (!measured[i] && lows[i]! <= reach) measure(i);
      const least = smallest(finite(keys));
      if (!Number.isFinite(least)) return undefined;
      reach = least + tolerance;
      if (unmeasuredAll((i) => lows[i]! > reach)) break;
    }
    return objects.filter((_, i) => keys[i] !== undefined);
  }
  let floor = largest(lows) - tolerance;
  if (!Number.isFinite(floor)) return undefined;
  let chainLow: number;
  for (;;) {
    for (let i = 0; i < objects.length; i++) if (!measured[i] && highs[i]! >= floor) measure(i);
    chainLow = lowestOfTopChain(finite(keys), tolerance);
    if (Number.isNaN(chainLow)) return undefined;
    floor = chainLow - tolerance;
    if (unmeasuredAll((i) => highs[i]! < floor)) break;
  }
  return objects.filter((_, i) => keys[i] !== undefined && keys[i]! >= chainLow);
}

function smallest(values: readonly number[]): number {
  let result = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < result) result = value;
  return result;
}

function largest(values: readonly number[]): number {
  let result = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > result) result = value;
  return result;
}

/** The lowest key of the chain down from the largest key, each within `tolerance` of the next above; NaN for no keys. */
function lowestOfTopChain(keys: number[], tolerance: number): number {
  if (keys.length === 0) return Number.NaN;
  keys.sort((a, b) => b - a);
  let low = keys[0]!;
  for (const value of keys) {
    if (low - value > tolerance) break;
    low = value;
  }
  return low;
}

function finite(keys: readonly (number | undefined)[]): number[] {
  return keys.filter((value): value is number => value !== undefined);
}

/** [low, high] of dot(centre, direction) over the object's centre bounds, widened; ±∞ without bounds. */
function keyRange(object: Selectable, direction: Vec3): [number, number] {
  const box = object[CENTER_BOUNDS]?.();
  if (box === undefined) return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  let low = 0;
  let high = 0;
  for (let axis = 0; axis < 3; axis++) {
    const a = box.min[axis]! * direction[axis]!;
    const b = box.max[axis]! * direction[axis]!;
    low += Math.min(a, b);
    high += Math.max(a, b);
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  const margin = MARGIN * (1 + Math.max(Math.abs(low), Math.abs(high)));
  return [low - margin, high + margin];
}
