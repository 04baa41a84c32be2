/** Everything `import … from "partforge"` offers a ModelScript (also pre-loaded as globals). */
import { paramConstructors } from "../modelscript/index.ts";
import { Assembly, Color, Location, Plane, Shape, Sketch, Vector, Workplane, selectors } from "../api/index.ts";

type AnyClass = abstract new (...args: never[]) => object;

/** A class a script may call with or without `new`, as CadQuery's Python classes are. */
function callable<C extends AnyClass>(Class: C): C {
  const factory = function (this: unknown, ...args: unknown[]): object {
    return Reflect.construct(Class, args, new.target ?? Class) as object;
  };
  Object.defineProperty(factory, "name", { value: Class.name });
  factory.prototype = Class.prototype;
  // Static members (Vector.from, Location.at) stay reachable.
  for (const key of Object.getOwnPropertyNames(Class)) {
    if (!["length", "name", "prototype"].includes(key)) Object.defineProperty(factory, key, Object.getOwnPropertyDescriptor(Class, key)!);
  }
  return Object.freeze(factory) as unknown as C;
}

const SCOPE: Readonly<Record<string, unknown>> = Object.freeze({
  ...paramConstructors,
  Workplane,
  Vector: callable(Vector),
  Plane,
  Location: callable(Location),
  Color: callable(Color),
  Shape,
  Sketch,
  Assembly,
  ...selectors.scriptSelectors,
});

/** The `"partforge"` module as scripts see it: one frozen object, the same for every build. */
export function partforgeScope(): Readonly<Record<string, unknown>> {
  return SCOPE;
}
