/**
 * The names of a batch's files in its ZIP: `<model>-<preset>-<name>=<value>-….<ext>`, from the
 * configuration as sent (its preset, then its values by parameter name), `<model>-defaults.<ext>`
 * for an empty one. Safe (letters, digits and `._=+-` only: no path, no separator), deterministic
 * (the same configurations give the same names) and unique even on a case-insensitive file
 * system (a repeat gets `-2`, `-3`…, in configuration order).
 */
import { createHash } from "node:crypto";
import type { RequestValue } from "../../modelscript/index.ts";

/** Longest part of a name after the model's, in characters; a longer one is cut and ends in a hash of the whole. */
export const MAX_CONFIGURATION_NAME_LENGTH = 80;

export interface NamedConfiguration {
  preset?: string;
  values: Readonly<Record<string, RequestValue>>;
}

function safe(text: string): string {
  return text.replace(/[^\p{L}\p{N}._=+-]+/gu, "_");
}

/** The configuration's part of a file name. */
function configurationName(configuration: NamedConfiguration): string {
  const parts: string[] = [];
  if (configuration.preset !== undefined && configuration.preset !== "") parts.push(safe(configuration.preset));
  const names = Object.keys(configuration.values).sort();
  for (const name of names) parts.push(safe(`${name}=${String(configuration.values[name])}`));
  const whole = parts.length === 0 ? "defaults" : parts.join("-");
  if (whole.length <= MAX_CONFIGURATION_NAME_LENGTH) return whole;
  const hash = createHash("sha256").update(whole).digest("hex").slice(0, 8);
  return `${whole.slice(0, MAX_CONFIGURATION_NAME_LENGTH - hash.length - 1)}~${hash}`;
}

/**
 * One file name per configuration, in order.
 * @param modelStem the model's file name without extension (as `/build` names the file)
 * @param extension with its dot, e.g. `.stl`
 * @example batchFileNames("Box", ".stl", [{ preset: "short", values: {} }, { values: { p_length: "30" } }]) // ["Box-short.stl", "Box-p_length=30.stl"]
 */
export function batchFileNames(modelStem: string, extension: string, configurations: readonly NamedConfiguration[]): string[] {
  const taken = new Set<string>();
  return configurations.map((configuration) => {
    const stem = `${modelStem}-${configurationName(configuration)}`;
    let name = `${stem}${extension}`;
    for (let repeat = 2; taken.has(name.toLowerCase()); repeat++) name = `${stem}-${repeat}${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
