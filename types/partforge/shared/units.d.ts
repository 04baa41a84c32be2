/** Units of measure a ModelScript may declare (SPEC section 1). */
export declare const UNITS: readonly ["mm", "cm", "m", "in", "ft"];
export type Unit = (typeof UNITS)[number];
export declare const DEFAULT_UNIT: Unit;
export declare function isUnit(value: unknown): value is Unit;
/** Factor that converts a length in `unit` to millimetres. */
export declare function millimetresPer(unit: Unit): number;
/** Factor that converts a length in `unit` to metres (glTF's unit). */
export declare function metresPer(unit: Unit): number;
