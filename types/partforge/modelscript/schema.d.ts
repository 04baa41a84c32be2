/**
 * The data shapes of a ModelScript's parameter schema (SPEC section 1), shared by the
 * declaration checks, value resolution and `describe()`. Plain JSON-compatible data only.
 */
/** A parameter's datatype, as published in the schema. */
export type ParamType = "float" | "int" | "boolean" | "string" | "choice";
/** A typed parameter value, as `build()` receives it. */
export type ParamValue = number | boolean | string;
/** The group a parameter belongs to when it declares none. */
export declare const DEFAULT_GROUP = "default";
/** The preset every model has: each parameter's default. */
export declare const DEFAULT_PRESET = "default";
/** Request fields of the build service (SPEC section 2); a parameter cannot use these names. */
export declare const RESERVED_PARAM_NAMES: readonly string[];
/** Every request field starting with this is an output option (`out_view`, …), never a parameter. */
export declare const RESERVED_PARAM_PREFIX = "out_";
/**
 * The constraints of one parameter: everything value checking needs, nothing about where it
 * was declared. Absent options are absent properties (never `null`).
 */
export interface ParamConstraints {
    type: ParamType;
    /** Inclusive lower bound (float and int only). */
    min?: number;
    /** Inclusive upper bound (float and int only). */
    max?: number;
    /** A UI hint for spinners and sliders; values are not required to be multiples of it. */
    step?: number;
    /** The allowed values (choice only), strings or numbers. */
    choices?: readonly (string | number)[];
    /** Maximum length in Unicode code points (string only). */
    maxLength?: number;
    /** A regular expression source the whole value must match (string only, `u` flag). */
    pattern?: string;
}
/** One parameter as `describe()` publishes it. */
export interface ParamSchema extends ParamConstraints {
    name: string;
    default: ParamValue;
    desc?: string;
    group: string;
}
/** A preset name → a value for every parameter. */
export type PresetTable = Record<string, Record<string, ParamValue>>;
/** What `resolveValues` needs to know about a model: its parameters and presets. */
export interface ValueSchema {
    readonly parameters: readonly ParamSchema[];
    readonly presets: Readonly<Record<string, Readonly<Record<string, ParamValue>>>>;
}
/**
 * Sets an own, enumerable property even when `key` is `__proto__`, so names chosen by script
 * authors or requests can never reach a prototype.
 */
export declare function setOwn<T>(target: Record<string, T>, key: string, value: T): void;
/** The own property `key` of `record`, ignoring anything inherited. */
export declare function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined;
