/**
 * The slot's side of `../scriptsInSlot.ts`: the compiled scripts the pool asked this slot to keep,
 * by the number it gave them, so that a job of a script sent before carries only that number.
 * The pool bounds what is kept and says what to drop; this side obeys. Kept data is the pool's
 * (compiled code, source map), never the script's: no build can reach or change it, and a job
 * gets it as it was sent. A job naming a number this slot does not hold is refused as an
 * internal error (the two sides disagree: the slot is retired). It also remembers the description
 * it last sent the pool for each kept script, so that a reply repeating it can leave it out.
 */
import { deepFreeze } from "../../../shared/deepFreeze.ts";
import { PartforgeError } from "../../../shared/errors.ts";
import type { CompiledScriptData, SentJob, SentReply, SlotJob, SlotReply, SlotSuccess } from "../protocol.ts";

export class KeptScripts {
  readonly #scripts = new Map<number, CompiledScriptData>();
  /** The description last sent with a reply for each kept script (dropped with it). */
  readonly #sentDescriptions = new Map<number, SlotSuccess["description"]>();

  get size(): number {
    return this.#scripts.size;
  }

  /**
   * The job with its script whole: drops what the pool dropped, keeps this job's script when
   * asked to, and finds a kept one by its number.
   * @throws PartforgeError INTERNAL when the job names a script this slot does not keep.
   */
  receive(job: SentJob): SlotJob {
    for (const number of job.dropScripts ?? []) {
      this.#scripts.delete(number);
      this.#sentDescriptions.delete(number);
    }
    const { keepScriptAs, dropScripts: _dropped, script, ...rest } = job;
    if ("kept" in script) {
      const kept = this.#scripts.get(script.kept);
      if (kept === undefined) throw new PartforgeError("INTERNAL", `the pool referred to script ${script.kept}, which this slot does not keep`);
      return { ...rest, script: kept };
    }
    if (keepScriptAs !== undefined) {
      this.#scripts.set(keepScriptAs, deepFreeze(script));
      this.#sentDescriptions.delete(keepScriptAs);
    }
    return { ...rest, script };
  }

  /**
   * `reply` to `job` as it goes back to the pool: without its description when it is the same
   * object this slot last sent for the job's kept script (the pool holds that one; see
   * `../scriptsInSlot.ts`), else whole, and then remembered as the last sent.
   */
  reply(job: SentJob, reply: SlotReply): SentReply {
    const number = "kept" in job.script ? job.script.kept : job.keepScriptAs;
    if (!reply.ok || number === undefined || !this.#scripts.has(number)) return reply;
    if (this.#sentDescriptions.get(number) !== reply.description) {
      this.#sentDescriptions.set(number, reply.description);
      return reply;
    }
    const { description: _sent, ...rest } = reply;
    return rest;
  }
}
