import { type ParamConstraints, type ParamType, type ParamValue } from "./schema.ts";
/** The parameter constructors a script can call, by the name it calls them. */
export type ParamKind = "FloatParam" | "IntParam" | "BooleanParam" | "StringParam" | "ChoiceParam";
/** Each constructor's datatype and the option keys it accepts. */
export declare const PARAM_KINDS: Readonly<Record<ParamKind, {
    type: ParamType;
    options: readonly string[];
}>>;
/**
 * What one constructor call declared, read once from the script's options object. Problems
 * are recorded, never thrown: the loader reports them with the parameter's export name.
 */
export interface Declaration {
    readonly kind: ParamKind;
    readonly constraints: ParamConstraints;
    /** The default, when one was given and is valid. */
    readonly defaultValue: ParamValue | undefined;
    /** The valid preset values this parameter lists, `default` first when known. */
    readonly presets: Readonly<Record<string, ParamValue>>;
    readonly desc: string | undefined;
    readonly group: string;
    /** Human sentences, one per problem, in the order they were found. */
    readonly problems: readonly string[];
    /** An option with more entries than a description may hold; not read any further. */
    readonly oversize: Oversize | undefined;
}
/** An option list beyond its limit (see `DESCRIPTION_LIMITS`), reported by the loader with the parameter's name. */
export interface Oversize {
    option: "choices" | "presets";
    entries: number;
    limit: number;
}
/** Reads a constructor's options without ever throwing; bad options become `problems`. */
export declare function readDeclaration(kind: ParamKind, options: unknown): Declaration;
