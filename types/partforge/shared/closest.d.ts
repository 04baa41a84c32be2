/** Levenshtein edit distance between two strings. */
export declare function editDistance(a: string, b: string): number;
/**
 * The candidate closest to `name` (case-insensitive), or undefined when none is
 * plausibly a typo of it (distance more than a third of the name, at least 2).
 */
export declare function closestName(name: string, candidates: readonly string[]): string | undefined;
