declare function fail(method: string, message: string): never;
/**
 * Reads a trailing options object, refusing unknown keys (a typo must not be silently ignored).
 * @returns the options with defaults filled in
 */
export declare function readOptions<T extends Record<string, unknown>>(method: string, given: unknown, defaults: T): T;
export declare function finiteNumber(method: string, name: string, value: unknown): number;
export declare function positiveNumber(method: string, name: string, value: unknown): number;
export declare function nonZeroNumber(method: string, name: string, value: unknown): number;
export declare function positiveInteger(method: string, name: string, value: unknown): number;
export declare function booleanValue(method: string, name: string, value: unknown): boolean;
/** CadQuery's `centered`: one boolean for all axes, or one per axis. */
export declare function centeredFlags(method: string, value: unknown, axes: 2 | 3): boolean[];
export declare function oneOf<T extends string>(method: string, name: string, value: unknown, choices: readonly T[]): T;
export declare function nonEmptyString(method: string, name: string, value: unknown): string;
export { fail as apiError };
