import type { Unit } from "../shared/units.ts";
import { type ParamSchema, type ParamValue, type PresetTable } from "./schema.ts";
/** A model's `METADATA`: `name` always, `description` and `license` when given, and any extra string fields. */
export interface ModelMetadata {
    name: string;
    description?: string;
    license?: string;
    [field: string]: string | undefined;
}
/** A form section: a group name and its parameters in declaration order. */
export interface ParamGroup {
    name: string;
    parameters: string[];
}
/**
 * The JSON document that describes a model to clients (the web form, `GET /api/models/:id`):
 * metadata, unit, format version, the typed parameter schema in declaration order, groups in
 * order of first appearance, and every preset's full value set (`default` always present).
 * Options a parameter does not declare are absent (never `null`).
 */
export interface ModelDescription {
    metadata: ModelMetadata;
    uom: Unit;
    version: string;
    parameters: ParamSchema[];
    groups: ParamGroup[];
    presets: PresetTable;
}
/** What `describe` reads: a loaded script, or anything shaped like one. */
export interface Describable {
    readonly metadata: Readonly<ModelMetadata>;
    readonly uom: Unit;
    readonly version: string;
    readonly parameters: readonly ParamSchema[];
    readonly presets: Readonly<Record<string, Readonly<Record<string, ParamValue>>>>;
}
/**
 * The model's description as one fresh JSON-compatible document (callers may change it).
 * @throws PartforgeError DESCRIPTION_TOO_LARGE naming the field beyond its limit (see `DESCRIPTION_LIMITS`).
 * @example JSON.stringify(describe(await loadModelScript(source, { language: "ts", scope })))
 */
export declare function describe(model: Describable): ModelDescription;
/** Groups in order of first appearance, each listing its parameters in declaration order. */
export declare function groupsOf(parameters: readonly ParamSchema[]): ParamGroup[];
/**
 * Every preset's full value set (SPEC section 1): a preset exists when any parameter lists it;
 * applying it gives each parameter its own value for that preset, else its default.
 * `default` comes first, the others in order of first appearance.
 */
export declare function presetTable(parameters: ReadonlyArray<{
    name: string;
    default: ParamValue;
    presets: Readonly<Record<string, ParamValue>>;
}>): PresetTable;
