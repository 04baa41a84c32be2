/**
 * The slot's side of `../scriptsInSlot.ts`: the compiled scripts the pool asked this slot to keep,
 * by the number it gave them, so that a job of a script sent before carries only that number.
 * The pool bounds what is kept and says what to drop; this side obeys. Kept data is the pool's
 * (compiled code, source map), never the script's: no build can reach or change it, and a job
 * gets it as it was sent. A job naming a number this slot does not hold is refused as an
 * internal error (the two sides disagree: the slot is retired).
 */
import { deepFreeze } from "../../../shared/deepFreeze.ts";
import { PartforgeError } from "../../../shared/errors.ts";
import type { CompiledScriptData, SentJob, SlotJob } from "../protocol.ts";

export class KeptScripts {
  readonly #scripts = new Map<number, CompiledScriptData>();

  get size(): number {
    return this.#scripts.size;
  }

  /**
   * The job with its script whole: drops what the pool dropped, keeps this job's script when
   * asked to, and finds a kept one by its number.
   * @throws PartforgeError INTERNAL when the job names a script this slot does not keep.
   */
  receive(job: SentJob): SlotJob {
    for (const number of job.dropScripts ?? []) this.#scripts.delete(number);
    const { keepScriptAs, dropScripts: _dropped, script, ...rest } = job;
    if ("kept" in script) {
      const kept = this.#scripts.get(script.kept);
      if (kept === undefined) throw new PartforgeError("INTERNAL", `the pool referred to script ${script.kept}, which this slot does not keep`);
      return { ...rest, script: kept };
    }
    if (keepScriptAs !== undefined) this.#scripts.set(keepScriptAs, deepFreeze(script));
    return { ...rest, script };
  }
}
