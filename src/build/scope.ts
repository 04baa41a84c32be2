/** Everything `import … from "partforge"` offers a ModelScript (also pre-loaded as globals). */
import { paramConstructors } from "../modelscript/index.ts";
import { Location, Plane, Shape, Sketch, Vector, Workplane, selectors } from "../api/index.ts";

const SCOPE: Readonly<Record<string, unknown>> = Object.freeze({
  ...paramConstructors,
  Workplane,
  Vector,
  Plane,
  Location,
  Shape,
  Sketch,
  ...selectors.scriptSelectors,
});

/** The `"partforge"` module as scripts see it: one frozen object, the same for every build. */
export function partforgeScope(): Readonly<Record<string, unknown>> {
  return SCOPE;
}
