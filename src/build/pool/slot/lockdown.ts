/**
 * Imported first by the slot entry, so SES locks the realm down before any other module of
 * the slot (kernel, modelling API) evaluates.
 *
 * - `errorTaming: "safe"`: `error.stack` is "" for every error, so a script can never read
 *   host frames or paths; the slot itself reads frames with the start compartment's
 *   privileged `getStackString` (see `stackOf` in modelscript/thrown.ts) to map them to the
 *   author's line:column.
 * - `stackFiltering: "verbose"`: keep every frame, so the script's frame is found under deep
 *   API calls.
 * - `overrideTaming: "severe"`: assignment to properties that shadow frozen intrinsics
 *   (`obj.toString = …`) keeps working for libraries that do it.
 * - `errorTrapping`/`unhandledRejectionTrapping: "none"`: the slot decides what a failure means.
 * - `consoleTaming: "unsafe"`: the slot never logs; leave Node's console alone.
 */
import "ses";

lockdown({
  errorTaming: "safe",
  stackFiltering: "verbose",
  overrideTaming: "severe",
  consoleTaming: "unsafe",
  errorTrapping: "none",
  unhandledRejectionTrapping: "none",
  reporting: "none",
});
