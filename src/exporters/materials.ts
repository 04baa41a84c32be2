/**
 * Densities of common materials for `type=PROPS` with `out_material`, in g/cm³ (typical values
 * from the makers' datasheets; a quote that needs more precision gives `out_density`).
 */
export const MATERIAL_DENSITIES = {
  pla: 1.24,
  abs: 1.04,
  petg: 1.27,
  asa: 1.07,
  nylon: 1.14,
  resin: 1.18,
  aluminium: 2.7,
  steel: 7.85,
  stainless: 8.0,
  brass: 8.5,
  copper: 8.96,
  titanium: 4.43,
} as const satisfies Record<string, number>;

export type MaterialName = keyof typeof MATERIAL_DENSITIES;
