/**
 * Lexicographic order of number lists: item by item, then the shorter first. Sort keys made of
 * exact doubles (coordinates, entity numbers) compared without subtracting them.
 */
export declare function compareNumberLists(a: readonly number[], b: readonly number[]): number;
