import { type ParamConstraints, type ParamSchema, type ParamValue, type ValueSchema } from "./schema.ts";
/** A parameter value as a request carries it: a string over HTTP, or a JSON scalar. */
export type RequestValue = string | number | boolean;
/** What a build request asks for: an optional preset, then explicit values by parameter name. */
export interface ValueRequest {
    /** Applied first; `undefined` or `""` means no preset (each parameter keeps its default). */
    preset?: string | undefined;
    values: Readonly<Record<string, RequestValue>>;
}
/**
 * Resolves a request to one typed value per parameter (SPEC section 2): start from the
 * defaults, apply the preset, then the explicit values, converting each to its datatype and
 * checking its constraints. The result has every parameter, in schema order.
 *
 * Datatypes: a float is decimal or exponent notation (`"1e2"`, `".5"`, `"+3"`; no whitespace,
 * hex, `NaN`, `Infinity`, `,` or `_`); an int is plain digits with an optional sign (`"1e2"`
 * and `"3.0"` are refused, as CadQuery's `int()` refused them); `-0` becomes `0`. A boolean is
 * `true/false/1/0/yes/no/on/off` in any case (a JSON boolean, or the JSON numbers 1 and 0). A
 * choice is one of its choices, a number choice matched by numeric value. A string parameter
 * takes JSON numbers and booleans as their text. `step` is a UI hint and is not enforced.
 *
 * @throws PartforgeError UNKNOWN_PRESET (valid names in `details.presets`), UNKNOWN_PARAM
 *   (closest name in `details.suggestion`) or PARAM_INVALID (with `param`).
 * @example resolveValues(schema, { preset: "short", values: { p_holes: "4" } })
 */
export declare function resolveValues(schema: ValueSchema, request: ValueRequest): Record<string, ParamValue>;
/**
 * Completes already-typed values (as `resolveValues` returns) with the defaults and checks
 * them again, so a build never runs with a value its parameter forbids.
 * @throws PartforgeError UNKNOWN_PARAM or PARAM_INVALID.
 */
export declare function completeValues(parameters: readonly ParamSchema[], values: Readonly<Record<string, ParamValue>>): Record<string, ParamValue>;
/**
 * Converts one request value to `parameter`'s datatype and checks its constraints.
 * @throws PartforgeError PARAM_INVALID naming the parameter, what was received and what is expected.
 */
export declare function coerceValue(parameter: ParamSchema, raw: RequestValue): ParamValue;
/**
 * Why a typed value breaks the constraints (`"must be … ; got …"`), or undefined when it is
 * valid. Used both for request values and for the defaults and presets a script declares.
 */
export declare function valueProblem(constraints: ParamConstraints, value: unknown): string | undefined;
/** `pattern` compiled so that it must match the whole value (as HTML's `pattern` attribute). */
export declare function anchoredPattern(pattern: string): RegExp;
/** What a valid value looks like, e.g. `a number between 30 and 200`. */
export declare function expectation(constraints: ParamConstraints): string;
/** A short, safe rendering of a received value for messages (strings quoted and truncated). */
export declare function showValue(value: unknown): string;
