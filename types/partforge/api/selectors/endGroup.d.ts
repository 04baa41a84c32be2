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
import { type Selectable, type Vec3 } from "./selectable.ts";
/**
 * Fewer objects than this are all measured: bounding them costs about what it saves. A box's faces
 * for `>Z` show why: every side face reaches the top, so bounds leave out only the bottom face, and
 * six boxes (≈ 15 µs each) plus five centres cost more than six centres (≈ 50 µs each for a simple
 * planar face). With more objects, most of them usually lie away from either end.
 */
export declare const MIN_OBJECTS_TO_NARROW = 13;
/**
 * The objects that decide the `end` group of the ordering by `key` (dot(centre, direction)), or
 * undefined when bounds do not narrow them (too few objects, no object has bounds, or no measured
 * key is finite): then every object must be ordered. Grouping the result gives the `end` group of all `objects`.
 */
export declare function narrowToEndGroup<T extends Selectable>(objects: readonly T[], direction: Vec3, tolerance: number, end: "first" | "last", key: (object: T) => number | undefined): T[] | undefined;
