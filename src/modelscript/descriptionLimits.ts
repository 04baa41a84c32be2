/**
 * The size limits of what a script writes into its description (README "Limits"): the server
 * keeps descriptions (the build cache, stored models), so a script must not be able to make one
 * of any size. Checked where the description is made (the build slot, before anything leaves
 * it) and again by the server before it keeps one. Text limits are UTF-8 bytes.
 */
import { PartforgeError } from "../shared/errors.ts";

export const DESCRIPTION_LIMITS = Object.freeze({
  /** The whole description as JSON (UTF-8). */
  documentBytes: 64 * 1024,
  metadataFields: 32,
  metadataFieldNameBytes: 64,
  /** `METADATA.name` is also the model's name, which is at most 200 characters. */
  metadataNameBytes: 200,
  metadataValueBytes: 4096,
  parameters: 200,
  parameterNameBytes: 100,
  descBytes: 1024,
  groupBytes: 100,
  choices: 200,
  choiceBytes: 200,
  /** Distinct preset names in a model, `default` included; also per parameter. */
  presets: 100,
  presetNameBytes: 100,
});

/** What went over a limit: `field` is a path such as `p_width.desc` or `METADATA.description`. */
function tooLarge(field: string, actual: number, limit: number, unit: "bytes" | "entries", param: string | undefined): PartforgeError {
  const what = unit === "bytes" ? `${actual} bytes long; at most ${limit} bytes (UTF-8) are allowed` : `${actual} entries; at most ${limit} are allowed`;
  return new PartforgeError("DESCRIPTION_TOO_LARGE", `${field} is ${what}: shorten it (see the limits in the README)`, {
    ...(param === undefined ? {} : { param }),
    details: { field, limit, actual, unit },
  });
}

/**
 * Throws DESCRIPTION_TOO_LARGE when `text` is longer than `limitBytes` in UTF-8.
 * @example checkText("p_width.desc", desc, DESCRIPTION_LIMITS.descBytes, "p_width")
 */
export function checkText(field: string, text: string, limitBytes: number, param?: string): void {
  // A string of n UTF-16 units has at most 3n UTF-8 bytes: most checks need no counting.
  if (text.length * 3 <= limitBytes) return;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limitBytes) throw tooLarge(field, bytes, limitBytes, "bytes", param);
}

/** Throws DESCRIPTION_TOO_LARGE when `count` entries are more than `limit`. */
export function checkCount(field: string, count: number, limit: number, param?: string): void {
  if (count > limit) throw tooLarge(field, count, limit, "entries", param);
}

/**
 * Checks every limit on a description document, which may come from another process (a slot):
 * it reads plain data only and ignores what is not the expected shape (that is not its concern).
 * @throws PartforgeError DESCRIPTION_TOO_LARGE naming the first field beyond its limit.
 */
export function checkDescription(description: unknown): void {
  if (!isRecord(description)) return;
  checkMetadata(description.metadata);
  const parameters = Array.isArray(description.parameters) ? (description.parameters as unknown[]) : [];
  checkCount("parameters", parameters.length, DESCRIPTION_LIMITS.parameters);
  for (const parameter of parameters) if (isRecord(parameter)) checkParameter(parameter);
  if (isRecord(description.presets)) {
    const names = Object.keys(description.presets);
    checkCount("presets", names.length, DESCRIPTION_LIMITS.presets);
    for (const name of names) checkText(`preset name "${name.slice(0, 40)}"`, name, DESCRIPTION_LIMITS.presetNameBytes);
  }
  checkDocumentSize(description);
}

/** Throws DESCRIPTION_TOO_LARGE when the document's JSON is larger than `documentBytes`. */
export function checkDocumentSize(description: unknown): void {
  const text = JSON.stringify(description) ?? "";
  checkText("the description", text, DESCRIPTION_LIMITS.documentBytes);
}

/** `METADATA`: the number of fields, each field's name and each value. */
export function checkMetadata(metadata: unknown): void {
  if (!isRecord(metadata)) return;
  const fields = Object.keys(metadata);
  checkCount("METADATA", fields.length, DESCRIPTION_LIMITS.metadataFields);
  for (const field of fields) {
    checkText(`METADATA field name "${field.slice(0, 40)}"`, field, DESCRIPTION_LIMITS.metadataFieldNameBytes);
    const value = metadata[field];
    if (typeof value !== "string") continue;
    const limit = field === "name" ? DESCRIPTION_LIMITS.metadataNameBytes : DESCRIPTION_LIMITS.metadataValueBytes;
    checkText(`METADATA.${field}`, value, limit);
  }
}

/** One published parameter: its name, `desc`, `group` and `choices`. */
export function checkParameter(parameter: Readonly<Record<string, unknown>>): void {
  const name = typeof parameter.name === "string" ? parameter.name : "";
  checkText(`parameter name "${name.slice(0, 40)}"`, name, DESCRIPTION_LIMITS.parameterNameBytes, name.slice(0, 40));
  if (typeof parameter.desc === "string") checkText(`${name}.desc`, parameter.desc, DESCRIPTION_LIMITS.descBytes, name);
  if (typeof parameter.group === "string") checkText(`${name}.group`, parameter.group, DESCRIPTION_LIMITS.groupBytes, name);
  if (Array.isArray(parameter.choices)) checkChoices(name, parameter.choices as unknown[]);
}

/** A parameter's `choices`: how many, and each string choice's length. */
export function checkChoices(name: string, choices: readonly unknown[]): void {
  checkCount(`${name}.choices`, choices.length, DESCRIPTION_LIMITS.choices, name);
  choices.forEach((choice, index) => {
    if (typeof choice === "string") checkText(`${name}.choices[${index}]`, choice, DESCRIPTION_LIMITS.choiceBytes, name);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
