export declare const DESCRIPTION_LIMITS: Readonly<{
    /** The whole description as JSON (UTF-8). */
    documentBytes: number;
    metadataFields: 32;
    metadataFieldNameBytes: 64;
    /** `METADATA.name` is also the model's name, which is at most 200 characters. */
    metadataNameBytes: 200;
    metadataValueBytes: 4096;
    parameters: 200;
    parameterNameBytes: 100;
    descBytes: 1024;
    groupBytes: 100;
    choices: 200;
    choiceBytes: 200;
    /** Distinct preset names in a model, `default` included; also per parameter. */
    presets: 100;
    presetNameBytes: 100;
}>;
/**
 * Throws DESCRIPTION_TOO_LARGE when `text` is longer than `limitBytes` in UTF-8.
 * @example checkText("p_width.desc", desc, DESCRIPTION_LIMITS.descBytes, "p_width")
 */
export declare function checkText(field: string, text: string, limitBytes: number, param?: string): void;
/** Throws DESCRIPTION_TOO_LARGE when `count` entries are more than `limit`. */
export declare function checkCount(field: string, count: number, limit: number, param?: string): void;
/**
 * Checks every limit on a description document, which may come from another process (a slot):
 * it reads plain data only and ignores what is not the expected shape (that is not its concern).
 * @throws PartforgeError DESCRIPTION_TOO_LARGE naming the first field beyond its limit.
 */
export declare function checkDescription(description: unknown): void;
/** Throws DESCRIPTION_TOO_LARGE when the document's JSON is larger than `documentBytes`. */
export declare function checkDocumentSize(description: unknown): void;
/** `METADATA`: the number of fields, each field's name and each value. */
export declare function checkMetadata(metadata: unknown): void;
/** One published parameter: its name, `desc`, `group` and `choices`. */
export declare function checkParameter(parameter: Readonly<Record<string, unknown>>): void;
/** A parameter's `choices`: how many, and each string choice's length. */
export declare function checkChoices(name: string, choices: readonly unknown[]): void;
