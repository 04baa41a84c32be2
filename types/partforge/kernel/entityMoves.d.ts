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
export declare function movesTo(wanted: readonly number[], first: number): EntityMove[];
