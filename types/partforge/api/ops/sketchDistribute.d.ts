import { Location } from "../location.ts";
import { type Shape } from "../shape.ts";
/** The fractions of the curve's length CadQuery places at, for a closed or an open curve. */
export declare function distributionParams(n: number, start: number, stop: number, closed: boolean): number[];
/**
 * `n` Locations along each selected edge or wire, from `start` to `stop` (fractions of its
 * length): evenly around a whole closed curve, else including both ends.
 * @example distributeLocations([circleWire], 6, 0, 1, true) // six Locations around the circle, x towards its centre
 */
export declare function distributeLocations(selection: readonly Shape[], n: number, start: number, stop: number, rotate: boolean): Location[];
