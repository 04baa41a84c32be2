/** Units of measure a ModelScript may declare (SPEC section 1). */
export const UNITS = ["mm", "cm", "m", "in", "ft"] as const;

export type Unit = (typeof UNITS)[number];

export const DEFAULT_UNIT: Unit = "mm";

/** Millimetres in one unit. */
const MILLIMETRES_PER_UNIT: Readonly<Record<Unit, number>> = {
  mm: 1,
  cm: 10,
  m: 1000,
  in: 25.4,
  ft: 304.8,
};

export function isUnit(value: unknown): value is Unit {
  return typeof value === "string" && (UNITS as readonly string[]).includes(value);
}

/** Factor that converts a length in `unit` to millimetres. */
export function millimetresPer(unit: Unit): number {
  return MILLIMETRES_PER_UNIT[unit];
}

/** Factor that converts a length in `unit` to metres (glTF's unit). */
export function metresPer(unit: Unit): number {
  return MILLIMETRES_PER_UNIT[unit] / 1000;
}
