import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MIN_OBJECTS_TO_NARROW } from "./endGroup.ts";
import { CenterNthSelector, DirectionMinMaxSelector } from "./nthSelectors.ts";
import { CENTER_BOUNDS, type Selectable, type Vec3 } from "./selectable.ts";
import { seededRandom } from "../../../test/helpers/seededRandom.ts";


interface Counted extends Selectable {
  readonly id: number;
}

/**
 * Objects whose centres crowd within a few tolerances of each other near both ends (so groups
 * chain and split at the tolerance), some far away; each with a box around its centre of random
 * size, or none, or a centre that is not a number.
 */
function objectsFor(seed: number, tolerance: number, counter: { centres: number }): { bounded: Counted[]; plain: Counted[] } {
  const next = seededRandom(seed);
  const count = 1 + Math.floor(next() * 40);
  const bounded: Counted[] = [];
  const plain: Counted[] = [];
  for (let id = 0; id < count; id++) {
    const crowd = next();
    const base = crowd < 0.35 ? 10 : crowd < 0.7 ? -10 : (next() - 0.5) * 20;
    const centre: Vec3 = [base + (next() - 0.5) * 4 * tolerance, (next() - 0.5) * 3, base * 0.5 + Math.floor(next() * 5) * tolerance * 0.6];
    const broken = next() < 0.05;
    const reach = next() < 0.5 ? next() * tolerance * 3 : next() * 25;
    const lopsided = (axis: number) => [centre[axis]! - reach * next(), centre[axis]! + reach * next()] as const;
    const spans = [lopsided(0), lopsided(1), lopsided(2)];
    const box = next() < 0.15 ? undefined : { min: spans.map((s) => s[0]) as unknown as Vec3, max: spans.map((s) => s[1]) as unknown as Vec3 };
    // Measured once each, as a shape's centre is (a derived fact).
    const measured = (): (() => Vec3) => {
      let known: Vec3 | undefined;
      return () => {
        if (known === undefined) counter.centres += 1;
        known = broken ? [Number.NaN, 0, 0] : centre;
        return known;
      };
    };
    plain.push({ id, kind: "face", geomType: "PLANE", center: measured() });
    bounded.push({ id, kind: "face", geomType: "PLANE", center: measured(), [CENTER_BOUNDS]: () => box });
  }
  return { bounded, plain };
}

const ids = (objects: readonly Counted[]) => objects.map((o) => o.id);

function outcome(run: () => Counted[]): number[] | string {
  try {
    return ids(run());
  } catch (error) {
    return (error as Error).message;
  }
}

describe("end groups of a centre ordering decided from bounds (narrowToEndGroup)", () => {
  it("gives the very groups (members and order) the full ordering gives, over 3,000 random cases", () => {
    const directions: Vec3[] = [[1, 0, 0], [0, 0, 1], [0, 0, -1], [1, 1, 0.5], [-2, 0.3, 1]];
    let withBounds = 0;
    let without = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const tolerance = [1e-4, 0.5, 2][seed % 3]!;
      for (const direction of directions) {
        for (const [n, directionMax] of [[-1, true], [-1, false], [0, true], [0, false]] as const) {
          const counter = { centres: 0 };
          const { bounded, plain } = objectsFor(seed, tolerance, counter);
          const selector = new CenterNthSelector(direction, n, { directionMax, tolerance });
          const expected = outcome(() => selector.filter(plain));
          without += counter.centres;
          counter.centres = 0;
          assert.deepEqual(outcome(() => selector.filter(bounded)), expected, `seed ${seed}, direction ${direction}, n ${n}, directionMax ${directionMax}`);
          withBounds += counter.centres;
        }
      }
    }
    // The bounds must also pay: far fewer centres measured.
    assert.ok(withBounds < without * 0.6, `centres measured with bounds ${withBounds}, without ${without}`);
  });

  it("measures every centre of a few objects, and only those that can reach the end of many", () => {
    const counter = { centres: 0 };
    const at = (id: number, z: number, reach: number): Counted => ({
      id,
      kind: "face",
      geomType: "PLANE",
      center: () => {
        counter.centres += 1;
        return [0, 0, z];
      },
      [CENTER_BOUNDS]: () => ({ min: [-1, -1, z - reach], max: [1, 1, z + reach] }),
    });
    // Far from both ends, enough of them for narrowing to be worth it.
    const middle = Array.from({ length: MIN_OBJECTS_TO_NARROW }, (_, i) => at(5 + i, 5, 1));
    const objects = [at(0, 0, 1), at(1, 10, 1), at(2, 2, 1), at(3, 9.99995, 0.1), ...middle];
    assert.deepEqual(ids(new DirectionMinMaxSelector([0, 0, 1]).filter(objects)), [3, 1]);
    // Each candidate's centre is asked for twice (to narrow, then to group), here uncached.
    assert.equal(counter.centres, 2 * 2, "the two objects within reach of z = 10, no other");
    counter.centres = 0;
    assert.deepEqual(ids(new DirectionMinMaxSelector([0, 0, 1], { directionMax: false }).filter(objects)), [0]);
    assert.equal(counter.centres, 2 * 2, "the two objects whose boxes reach down to z = 1, no other");
    counter.centres = 0;
    const few = objects.slice(0, MIN_OBJECTS_TO_NARROW - 1);
    assert.deepEqual(ids(new DirectionMinMaxSelector([0, 0, 1]).filter(few)), [3, 1]);
    assert.equal(counter.centres, few.length, "too few objects to narrow: each centre once");
  });

  it("keeps a group that chains down into objects whose bounds alone would have left them out", () => {
    // Keys 10, 9.6, 9.2, 8.8 with tolerance 0.5 chain from the top; grouping from the bottom gives
    // [8.8, 9.2], [9.6, 10]: the last group depends on 8.8, whose box tops out below 10 − 0.5.
    const make = (id: number, z: number): Counted => ({
      id,
      kind: "face",
      geomType: "PLANE",
      center: () => [0, 0, z],
      [CENTER_BOUNDS]: () => ({ min: [0, 0, z - 0.01], max: [0, 0, z + 0.01] }),
    });
    const low = Array.from({ length: MIN_OBJECTS_TO_NARROW }, (_, i) => make(4 + i, 1));
    const objects = [make(0, 8.8), make(1, 9.2), make(2, 9.6), make(3, 10), ...low];
    const selector = new DirectionMinMaxSelector([0, 0, 1], { tolerance: 0.5 });
    assert.deepEqual(ids(selector.filter(objects)), [2, 3]);
    // Without 8.8 the groups are [1, …], [9.2, 9.6], [10].
    assert.deepEqual(ids(selector.filter(objects.slice(1))), [3]);
  });
});
