/**
 * The one OCCT work session every STEP export of this process writes through.
 *
 * Why one: a writer made on a new session selects the STEP norm on it, which customises the
 * session (OCCT registers its few dozen selections, dispatches and modifiers), about 0.3 ms of
 * CPU per export, more than a tenth of a small box's STEP export; on a session that already has
 * the STEP norm, selecting it again returns at once (`XSControl_WorkSession::SelectNorm`).
 *
 * Why it carries nothing from one export (or build) to the next: what the customising adds is
 * the same for every session (it depends only on the STEP controller, registered once per
 * process), and an export's own data in the session is its model, graph and checks, and its
 * transfer maps, which are cleared after every export (`ClearData(7)`: transfers and results;
 * `ClearData(1)`: model, graph and checks; without them every export also leaks its model).
 * Each export makes its own writer, and the writer's own model. An export that fails (a kernel
 * failure, an interruption) may leave the session half updated, so the session is then dropped
 * and the next export makes a new one. The writers' settings are statics, pinned by every export
 * (step.ts). `src/kernel/step.test.ts` checks that a file is the same bytes whatever was
 * exported before it.
 */
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import type { kernel } from "./load.ts";

type OpenCascade = ReturnType<typeof kernel>;
export type StepSession = InstanceType<OpenCascade["XSControl_WorkSession"]>;

let shared: StepSession | undefined;

/** Frees the session's export data: transfers and results (7), then model, graph and checks (1). */
function clear(session: StepSession): void {
  session.ClearData(7);
  session.ClearData(1);
}

/**
 * Runs one export's `write` on the shared session, cleared afterwards. `write` must free the
 * writers it makes on the session before it returns or throws.
 */
export function withStepSession<T>(oc: OpenCascade, write: (session: StepSession) => T): T {
  const session = (shared ??= new oc.XSControl_WorkSession());
  let written = false;
  try {
    const result = write(session);
    written = true;
    return result;
  } finally {
    if (written) {
      try {
        clear(session);
      } catch (error) {
        forget(session);
        throw error;
      }
    } else {
      forget(session);
    }
  }
}

/** Drops the shared session (the next export makes a new one) and frees it as far as it can be. */
function forget(session: StepSession): void {
  if (shared === session) shared = undefined;
  try {
    clear(session);
    session.delete();
  } catch (error) {
    // A session a failed export left behind: freeing it is best effort.
    noteStackOverflow(error);
  }
}
