import { type Declaration } from "./declaration.ts";
import type { ParamValue } from "./schema.ts";
/** Options every parameter constructor accepts. */
export interface CommonParamOptions<T extends ParamValue> {
    /** The default value; the same as `presets: { default: … }`. Every parameter needs one. */
    default?: T;
    /** Named value sets, e.g. `{ default: 100, short: 50, long: 180 }`. */
    presets?: Record<string, T>;
    /** A one-line description shown beside the input. */
    desc?: string;
    /** The form section the input appears in; ungrouped parameters are in group `"default"`. */
    group?: string;
}
/** Options of `FloatParam` and `IntParam`. */
export interface NumberParamOptions extends CommonParamOptions<number> {
    /** Inclusive lower bound. */
    min?: number;
    /** Inclusive upper bound. */
    max?: number;
    /** A UI hint for spinners and sliders; values need not be multiples of it. */
    step?: number;
}
/** Options of `StringParam`. */
export interface StringParamOptions extends CommonParamOptions<string> {
    /** Maximum length in characters (Unicode code points). */
    maxLength?: number;
    /**
     * A regular expression (source text) the whole value must match, e.g. `"[A-Z]{2}\\d+"`. It runs in
     * visitors' browsers too, so it must stay in a safe subset: at most 256 characters, no
     * backreferences or lookarounds, counts up to 1000, and no repeated group that itself repeats
     * or has alternatives (`(a+)+`, `(a|b)*`: write `[ab]*`).
     */
    pattern?: string;
}
/** Options of `ChoiceParam`. */
export interface ChoiceParamOptions<T extends string | number> extends CommonParamOptions<T> {
    /** The allowed values. */
    choices: readonly T[];
}
/** What the loader knows about one `Param` object. */
export interface ParamState {
    readonly declaration: Declaration;
    /**
     * The constructor call's stack, captured into this object (`Error.captureStackTrace`; its
     * `stack` is formatted only when read, as that is costly): the script frame in it is what the
     * loader maps to the declaration's location. Undefined in a build's own evaluation of an
     * already validated script, where nothing reads it (see `withoutDeclarationSites`).
     */
    readonly origin: object | undefined;
    /** Increases with every constructor call: declaration order is ascending `sequence`. */
    readonly sequence: number;
    /** The export name, once the loader knows it. */
    name: string | undefined;
    /** Whether `value` has been assigned for the build about to run. */
    assigned: boolean;
    value: ParamValue | undefined;
}
/**
 * A declared parameter. Export it from the script under the parameter's name and read
 * `.value` inside `build()`.
 * @example
 * export const p_length = FloatParam({ min: 30, max: 200, default: 100 });
 * export function build() { return Workplane("XY").box(p_length.value, 20, 10); }
 */
export declare class Param<T extends ParamValue = ParamValue> {
    /** Made only by the parameter constructors (`FloatParam`, …), never by scripts. */
    constructor(token: symbol);
    /** This parameter's value for the current build. Only available inside `build()`. */
    get value(): T;
    /** Using a parameter where a value is expected is a mistake: say so instead of computing NaN. */
    [Symbol.toPrimitive](): never;
}
/**
 * Runs `action` (a build's own evaluation of a script that was validated before) with the
 * constructors capturing no call site: only validation (validate.ts) reads `origin`, to place a
 * parameter's problems at its declaration, and a build that follows a validation reports no such
 * problem. A capture cost a slot's repeat build ~25 µs of main-thread CPU per parameter, on every
 * build (measured: a script of 10 parameters, box to STEP, −0.24 ms per build). The flag is restored in `finally` by an assignment,
 * which cannot fail even at the edge of the stack.
 */
export declare function withoutDeclarationSites<T>(action: () => T): T;
/**
 * Declares a decimal-number parameter.
 * @example export const p_length = FloatParam({ min: 30, max: 200, default: 100, desc: "Length" });
 */
export declare function FloatParam(options?: NumberParamOptions): Param<number>;
/**
 * Declares a whole-number parameter (alias: `IntegerParam`).
 * @example export const p_holes = IntParam({ min: 0, max: 8, default: 2 });
 */
export declare function IntParam(options?: NumberParamOptions): Param<number>;
/** The CadQuery name of `IntParam`. */
export declare const IntegerParam: typeof IntParam;
/**
 * Declares an on/off parameter.
 * @example export const p_round = BooleanParam({ default: true, desc: "Round the edges" });
 */
export declare function BooleanParam(options?: CommonParamOptions<boolean>): Param<boolean>;
/**
 * Declares a text parameter.
 * @example export const p_label = StringParam({ default: "A1", maxLength: 8, pattern: "[A-Z]\\d+" });
 */
export declare function StringParam(options?: StringParamOptions): Param<string>;
/**
 * Declares a parameter whose value is one of a fixed list.
 * @example export const p_thread = ChoiceParam({ choices: ["M3", "M4", "M5"], default: "M4" });
 */
export declare function ChoiceParam<T extends string | number>(options?: ChoiceParamOptions<T>): Param<T>;
/** The parameter constructors, for composing the `"partforge"` scope a script sees. */
export declare const paramConstructors: Readonly<{
    FloatParam: typeof FloatParam;
    IntParam: typeof IntParam;
    IntegerParam: typeof IntParam;
    BooleanParam: typeof BooleanParam;
    StringParam: typeof StringParam;
    ChoiceParam: typeof ChoiceParam;
}>;
/** The loader's view of a `Param`, or undefined when `value` is not one made by a constructor. */
export declare function paramState(value: unknown): ParamState | undefined;
