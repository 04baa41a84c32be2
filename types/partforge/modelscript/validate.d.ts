import { type Unit } from "../shared/units.ts";
import type { CompiledScript } from "./compile.ts";
import type { ModelMetadata } from "./describe.ts";
import { type ScriptExports } from "./evaluate.ts";
import { type ParamState } from "./params.ts";
import { type ParamSchema, type ParamValue } from "./schema.ts";
/** One exported parameter of an evaluated module. */
export interface ExportedParam {
    readonly name: string;
    readonly state: ParamState;
}
/** A declared parameter ready for the schema: its published form plus every preset it lists. */
export interface DeclaredParam extends ParamSchema {
    presets: Readonly<Record<string, ParamValue>>;
}
/** What a valid module declares. */
export interface ValidModule {
    metadata: ModelMetadata;
    uom: Unit;
    version: string;
    parameters: DeclaredParam[];
}
/**
 * Refuses names read from `"partforge"` that it does not export, as ES modules do at link time
 * (before anything runs), suggesting the closest export.
 * @throws PartforgeError SCRIPT_INVALID at the first such read.
 */
export declare function checkImports(compiled: CompiledScript, scope: Readonly<Record<string, unknown>>): void;
/** The module's exported parameters in declaration order (the order of the constructor calls). */
export declare function exportedParams(exports: ScriptExports): ExportedParam[];
/**
 * Checks an evaluated module against SPEC section 1: `UOM`, `VERSION`, `METADATA`, a `build`
 * function, and every parameter (name not reserved, declared once, options valid).
 * @throws PartforgeError SCRIPT_INVALID naming the parameter where there is one, at its
 *   declaration's line:column, with every problem in `details.diagnostics`.
 */
export declare function validateModule(exports: ScriptExports, compiled: CompiledScript): ValidModule;
