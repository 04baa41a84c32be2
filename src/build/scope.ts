/** Everything `import … from "partforge"` offers a ModelScript (also pre-loaded as globals). */
import * as partforge from "./partforgeModule.ts";

const SCOPE: Readonly<Record<string, unknown>> = Object.freeze({ ...partforge });

/** The `"partforge"` module as scripts see it: one frozen object, the same for every build. */
export function partforgeScope(): Readonly<Record<string, unknown>> {
  return SCOPE;
}
