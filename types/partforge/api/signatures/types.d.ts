/**
 * The shape of the signature table: for each public method, CadQuery 2.5's parameters in
 * Python's order with their defaults and types. The tables are data only; argument binding
 * (`bind.ts`), the script-facing TypeScript types (`generated.ts`) and docs/api.md are all
 * derived from them.
 */
/**
 * What a parameter accepts. Each kind has one check (and copy) at the call, in `kinds.ts`, and
 * one TypeScript type, in `declarations.ts`.
 */
export type ValueKind = "number" | "int" | "boolean" | "string"
/** A point `[x, y]`, `[x, y, z]` or a Vector; bound as a Vector. */
 | "vector"
/** A list of points; bound as Vectors. */
 | "vectors"
/** A list of points or Locations (bound as Vectors and Locations). */
 | "locations" | "location" | "plane" | "numbers"
/** Exactly three numbers (e.g. `smoothing`). */
 | "numbers3" | "shape" | "shapes"
/** A shape of one kind (CadQuery's `Vertex`, `Edge`, … parameters). */
 | "vertex" | "edge" | "wire" | "face" | "shell" | "solid" | "compound"
/** Lists of one kind; `curves` holds edges and wires, `sheets` faces and shells. */
 | "edges" | "wires" | "faces" | "curves" | "sheets"
/** CadQuery's `Matrix`, as the rows it is built from: 3 or 4 rows of 4 numbers. */
 | "matrix" | "workplane" | "sketch" | "assembly" | "color"
/** A selector string or a Selector object. */
 | "selector" | "function"
/** CadQuery's CombineMode: true/"a" fuse, "s"/"cut" cut, false keep apart. */
 | "combine"
/** One flag for every axis, or one per axis (`centered`, `center`). */
 | "centered2" | "centered3"
/** A plain object of names to values, as Python's dict parameters (`metadata`). */
 | "mapping"
/** A list passed on as a copy; its items are checked by the operation (`tsType` gives its type). */
 | "list";
/** A choice among CadQuery's literal strings (or numbers), e.g. `"arc" | "intersection"`. */
export interface OneOf {
    readonly oneOf: readonly (string | number)[];
}
export type TypeSpec = ValueKind | OneOf;
/** A default as Python writes it: `None` is `null`, tuples are arrays. */
export type PythonValue = number | string | boolean | null | readonly PythonValue[];
export interface ParamSpec {
    readonly name: string;
    /** The kinds accepted (a union). */
    readonly type: readonly TypeSpec[];
    /** Absent: the parameter is required. `null`: Python's `None`. */
    readonly default?: PythonValue;
    /** Python's `Optional[…]`: `null` and `undefined` mean None. Implied by a `None` default. */
    readonly none?: boolean;
    /** A partforge extension, not in CadQuery: keyword-only, given by name in the options object. */
    readonly extension?: string;
    /** Python's keyword-only parameter (after `*args` or a bare `*`): given by name in the options object only. */
    readonly keywordOnly?: true;
    /** CadQuery has it but partforge cannot do it yet: any value but the default is NOT_SUPPORTED, for this reason. */
    readonly unsupported?: string;
    /** The TypeScript type for the declarations where the kind alone is too broad (functions, lists). */
    readonly tsType?: string;
}
export interface MethodSignature {
    /** The parameters in Python's order (partforge extensions last). */
    readonly params: readonly ParamSpec[];
    /** Python's `*args`: every positional argument after `params`. */
    readonly rest?: ParamSpec;
    /** A class method (`@classmethod`, `@staticmethod`): called on the class, `Solid.makeBox(…)`. */
    readonly classmethod?: true;
    /** CadQuery's other call forms (`@overload`, `@multimethod`), tried in order after `params`. */
    readonly overloads?: readonly (readonly ParamSpec[])[];
}
/** One class's table: method name → signature. */
export type SignatureTable = Readonly<Record<string, MethodSignature>>;
/** A parameter given by name only: Python's keyword-only parameters and partforge's extensions. */
export declare function byNameOnly(param: ParamSpec): boolean;
