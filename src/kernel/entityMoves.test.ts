import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { movesTo, type EntityMove } from "./entityMoves.ts";

/** The numbering after `moves`, applied as Interface_InterfaceModel::ChangeOrder applies them. */
function applied(moves: readonly EntityMove[], count: number, first: number): number[] {
  const order = Array.from({ length: count }, (_, index) => first + index);
  for (const { from, to, count: run } of moves) {
    assert.ok(to < from && run <= from - to, `a move to an earlier number that does not overlap: ${JSON.stringify({ from, to, run })}`);
    order.splice(to - first, 0, ...order.splice(from - first, run));
  }
  return order;
}

/** The search `movesTo` replaced (an indexOf and a splice per move): the same moves, in quadratic time. */
function movesBySearch(wanted: readonly number[], first: number): EntityMove[] {
  const current = wanted.map((_, index) => first + index);
  const moves: EntityMove[] = [];
  for (let index = 0; index < wanted.length; index++) {
    const at = current.indexOf(wanted[index]!, index);
    if (at === index) continue;
    let count = 1;
    while (index + count < wanted.length && at + count < current.length && current[at + count] === wanted[index + count] && count < at - index) count++;
    moves.push({ from: first + at, to: first + index, count });
    current.splice(index, 0, ...current.splice(at, count));
  }
  return moves;
}

/** A permutation of `first … first + count - 1` from a seeded generator, some of it left in runs. */
function shuffled(count: number, first: number, seed: number): number[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const order = Array.from({ length: count }, (_, index) => first + index);
  for (let index = count - 1; index > 0; index--) {
    if (random() < 0.3) continue;
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

describe("movesTo", () => {
  it("moves nothing for the order as it is, and one run for a block moved forward", () => {
    assert.deepEqual(movesTo([7, 8, 9], 7), []);
    assert.deepEqual(movesTo([5, 8, 9, 6, 7], 5), [{ from: 8, to: 6, count: 2 }]);
  });

  it("gives moves that put every permutation in the wanted order, the same moves as searching does", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const count = 1 + (seed % 60);
      const wanted = shuffled(count, 1000, seed);
      const moves = movesTo(wanted, 1000);
      assert.deepEqual(applied(moves, count, 1000), wanted, `seed ${seed}`);
      assert.deepEqual(moves, movesBySearch(wanted, 1000), `seed ${seed}`);
    }
  });
});
