/**
 * Lexicographic order of number lists: item by item, then the shorter first. Sort keys made of
 * exact doubles (coordinates, entity numbers) compared without subtracting them.
 */
export function compareNumberLists(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}
