/**
 * The pool's side of the scripts a slot keeps (`slot/keptScripts.ts`): which compiled scripts
 * this slot process was sent whole and still keeps, so that a later job of the same script sends
 * only its number. The pool decides what the slot keeps — least recently used go beyond
 * `SCRIPTS_IN_SLOT`'s count or characters and the slot is told to drop them — so both sides always agree
 * without a round trip. A compiled script is known by identity: the pool's compile cache hands
 * out the same data object for the same text, and a new object (a text compiled again) is simply
 * sent whole once more. Everything dies with the slot process (a replacement starts empty).
 *
 * Replies work the other way round: for each kept script this side holds the description the
 * slot last sent with a reply, frozen, and a reply that leaves it out (the slot's, unchanged) gets
 * that same object back — so the pool, which checks each description it keeps, can tell one it
 * accepted already by identity.
 */
import { deepFreeze } from "../../shared/deepFreeze.ts";
import type { CompiledScriptData, SentJob, SentReply, SlotJob, SlotReply, SlotSuccess } from "./protocol.ts";

export const SCRIPTS_IN_SLOT = Object.freeze({ maxScripts: 64, maxCharacters: 16 * 1024 * 1024 });

export class ScriptsInSlot {
  readonly #kept = new Map<CompiledScriptData, { number: number; characters: number; description?: SlotSuccess["description"] }>();
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

  /**
   * The slot's `reply` to `job` (as `send` sent it last) with its description: a description sent
   * is held for the job's kept script, one left out is the one held. Undefined when the slot left
   * out a description this side does not hold (the two sides disagree).
   */
  receive(job: SlotJob, reply: SentReply): SlotReply | undefined {
    if (!reply.ok) return reply;
    const entry = this.#kept.get(job.script);
    if (reply.description !== undefined) {
      if (entry !== undefined) entry.description = deepFreeze(reply.description);
      return { ...reply, description: reply.description };
    }
    return entry?.description === undefined ? undefined : { ...reply, description: entry.description };
  }
}

/** What a kept script costs the slot, roughly: its texts. */
export function charactersOf(script: CompiledScriptData): number {
  return script.code.length + script.source.length + script.sourceMap.mappings.length;
}
