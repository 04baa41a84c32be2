/**
 * The descriptions a slot has validated (issue 15, point 2): per compiled script, the frozen
 * metadata, unit, version, parameters and presets that evaluating it found, and the description
 * its replies carry. Validating a script evaluates it once, and every build evaluates it afresh;
 * with the description kept, a later build of the same script (a customizer's: the same script,
 * new values) takes its parameters from here and evaluates the script once instead of twice
 * (`loadDescribedModelScript`), and replies with the published description made when it was
 * validated instead of describing, checking and copying it again.
 *
 * This is the one state besides the operation memo that crosses builds in a slot, and it is
 * content only: the description is a function of the compiled code and the slot's scope (its
 * evaluation runs under a seed taken from the script's SHA-256 and a fixed `Date`), so whoever
 * builds the script would have found the same. It is plain partforge-made data, frozen, and no
 * script ever receives it (a build gets fresh copies of the values). An entry is found only for
 * the same compiled code, language and virtual file name; least recently used go first beyond
 * `MAX_ENTRIES` or `MAX_CODE_CHARACTERS` of code kept, and everything goes with the slot.
 */
import type { CompiledScript, Describable, ModelDescription } from "../../../modelscript/index.ts";

/** What a slot keeps of a script it validated. */
export interface KeptDescription extends Describable {
  /** `describe` of the rest, as JSON data frozen throughout: what every reply for the script carries. */
  readonly published: ModelDescription;
}

const MAX_ENTRIES = 64;
/** The code each entry keeps to compare with (Python code carries its ~80 KB runtime). */
const MAX_CODE_CHARACTERS = 16 * 1024 * 1024;

interface Entry {
  readonly code: string;
  readonly description: KeptDescription;
}

export class DescribedScripts {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #maxCodeCharacters: number;
  #codeCharacters = 0;

  constructor(limits: { maxEntries?: number; maxCodeCharacters?: number } = {}) {
    this.#maxEntries = limits.maxEntries ?? MAX_ENTRIES;
    this.#maxCodeCharacters = limits.maxCodeCharacters ?? MAX_CODE_CHARACTERS;
  }

  /** How many descriptions are kept. */
  get size(): number {
    return this.#entries.size;
  }

  /** The description validated for exactly this compiled script, if kept (it becomes the most recently used). */
  find(compiled: CompiledScript): KeptDescription | undefined {
    const key = keyOf(compiled);
    const entry = this.#entries.get(key);
    if (entry === undefined || entry.code !== compiled.code) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.description;
  }

  /** Keeps what validating `compiled` found; `description` must be frozen throughout (as `loadCompiledModelScript` makes it). */
  remember(compiled: CompiledScript, description: KeptDescription): void {
    if (compiled.code.length > this.#maxCodeCharacters) return;
    const key = keyOf(compiled);
    this.#forget(key);
    this.#entries.set(key, { code: compiled.code, description });
    this.#codeCharacters += compiled.code.length;
    while (this.#entries.size > this.#maxEntries || this.#codeCharacters > this.#maxCodeCharacters) {
      this.#forget(this.#entries.keys().next().value!);
    }
  }

  #forget(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#codeCharacters -= entry.code.length;
  }
}

function keyOf(compiled: CompiledScript): string {
  return `${compiled.language}\n${compiled.sha256}\n${compiled.virtualFileName}`;
}
