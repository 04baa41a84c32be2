/**
 * One side of `npm run bench -- trivial --base` (started by ../trivial.ts with `fork`): the
 * trivial build's rig (./rig.ts) made from the checkout whose root is argv[2], so two versions'
 * services run side by side, each in its own process.
 * Protocol: "ready" once the rig is up; each `{ type }` message is answered with one round's
 * `Sample`, or `{ error }`; the process exits when the channel closes.
 */
import { openTrivialRig, type Sample } from "./rig.ts";

export interface Round {
  type: "step" | "stl";
}
export type RoundAnswer = Sample | { error: string };

const root = process.argv[2];
if (root === undefined) throw new Error("usage: side.ts CHECKOUT_ROOT");
const rig = await openTrivialRig(root);

process.on("message", ({ type }: Round) => {
  rig.sample(type).then(
    (sample) => process.send?.(sample),
    (error: unknown) => process.send?.({ error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on("disconnect", () => {
  void rig.close().finally(() => process.exit(0));
});
process.send?.("ready");
