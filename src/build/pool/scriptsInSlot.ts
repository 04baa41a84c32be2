/**
 * The pool's side of the scripts a slot keeps (`slot/keptScripts.ts`): which compiled scripts
 * this slot process was sent whole and still keeps, so that a later job of the same script sends
 * only its number. The pool decides what the slot keeps — least recently used go beyond
 * `SCRIPTS_IN_SLOT`'s count or characters and the slot is told to drop them — so both sides always agree
 * without a round trip. A compiled script is known by identity: the pool's compile cache hands
 * out the same data object for the same text, and a new object (a text compiled again) is simply
 * sent whole once more. Everything dies with the slot process (a replacement starts empty).
 */
import type { CompiledScriptData, SentJob, SlotJob } from "./protocol.ts";

export const SCRIPTS_IN_SLOT = Object.freeze({ maxScripts: 64, maxCharacters: 16 * 1024 * 1024 });

export class ScriptsInSlot {
  readonly #kept = new Map<CompiledScriptData, { number: number; characters: number }>();
  readonly #limits: { maxScripts: number; maxCharacters: number };
  #characters = 0;
  #next = 1;

  constructor(limits: { maxScripts?: number; maxCharacters?: number } = {}) {
    this.#limits = { maxScripts: limits.maxScripts ?? SCRIPTS_IN_SLOT.maxScripts, maxCharacters: limits.maxCharacters ?? SCRIPTS_IN_SLOT.maxCharacters };
  }

  /** How many scripts the slot keeps. */
  get size(): number {
    return this.#kept.size;
  }

  /** `job` as it goes to the slot, this side's record updated as if the slot had received it. */
  send(job: SlotJob): SentJob {
    const script = job.script;
    const known = this.#kept.get(script);
    if (known !== undefined) {
      this.#kept.delete(script);
      this.#kept.set(script, known);
      return { ...job, script: { kept: known.number } };
    }
    const characters = charactersOf(script);
    if (characters > this.#limits.maxCharacters || this.#limits.maxScripts === 0) return job;
    const dropScripts: number[] = [];
    for (const [old, entry] of this.#kept) {
      if (this.#kept.size < this.#limits.maxScripts && this.#characters + characters <= this.#limits.maxCharacters) break;
      this.#kept.delete(old);
      this.#characters -= entry.characters;
      dropScripts.push(entry.number);
    }
    const number = this.#next++;
    this.#kept.set(script, { number, characters });
    this.#characters += characters;
    return dropScripts.length === 0 ? { ...job, keepScriptAs: number } : { ...job, keepScriptAs: number, dropScripts };
  }
}

/** What a kept script costs the slot, roughly: its texts. */
export function charactersOf(script: CompiledScriptData): number {
  return script.code.length + script.source.length + script.sourceMap.mappings.length;
}
