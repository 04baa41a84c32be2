/**
 * Reordering the entities of an OCCT STEP model (Interface_InterfaceModel) with the only
 * reordering its bindings offer, `ChangeOrder`: a run of entities moved to an earlier number.
 */

/** Moves entity `from` (1-based) and the `count - 1` after it to `to` (< `from`), as `Interface_InterfaceModel::ChangeOrder` does. */
export interface EntityMove {
  from: number;
  to: number;
  count: number;
}

/**
 * Moves that turn the numbering `first, first + 1, …` into `wanted` (the old numbers in their new
 * order), runs moved whole: at each position the entity wanted there is moved in from where it is
 * now, with the entities after it that are wanted after it. The entities not yet placed keep their
 * old order, so where one is now comes from counting those before it (a Fenwick tree), and what
 * follows it from a list of them: n log n for n entities.
 * @example movesTo([5, 8, 6, 7], 5) // [{ from: 8, to: 6, count: 1 }]
 */
export function movesTo(wanted: readonly number[], first: number): EntityMove[] {
  const count = wanted.length;
  // Entity `first + rank` not yet placed: 1 at index rank + 1 of the tree; next/previous link the ranks not yet placed.
  const tree = new Int32Array(count + 1);
  for (let index = 1; index <= count; index++) tree[index] = index & -index;
  const next = Int32Array.from({ length: count }, (_, rank) => rank + 1);
  const previous = Int32Array.from({ length: count }, (_, rank) => rank - 1);
  const placed = new Uint8Array(count);
  const place = (rank: number): void => {
    placed[rank] = 1;
    for (let index = rank + 1; index <= count; index += index & -index) tree[index]!--;
    if (previous[rank]! >= 0) next[previous[rank]!] = next[rank]!;
    if (next[rank]! < count) previous[next[rank]!] = previous[rank]!;
  };
  /** How many not yet placed come before `rank`. */
  const before = (rank: number): number => {
    let sum = 0;
    for (let index = rank; index > 0; index -= index & -index) sum += tree[index]!;
    return sum;
  };
  const moves: EntityMove[] = [];
  for (let index = 0; index < count; index++) {
    const rank = wanted[index]! - first;
    if (placed[rank]) continue;
    const distance = before(rank);
    if (distance === 0) {
      place(rank);
      continue;
    }
    let run = 1;
    let last = rank;
    while (index + run < count && next[last]! < count && next[last]! === wanted[index + run]! - first && run < distance) {
      last = next[last]!;
      run++;
    }
    moves.push({ from: first + index + distance, to: first + index, count: run });
    for (let step = 0, at = rank; step < run; step++) {
      const following = next[at]!;
      place(at);
      at = following;
    }
  }
  return moves;
}
