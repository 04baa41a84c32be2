/**
 * Test support only: a stand-in for the `"partforge"` scope made of the real parameter
 * constructors and a tiny fake `Workplane` that records the calls made on it. The real
 * modelling API lives in `src/api`; this layer's tests must not depend on it.
 */
import { PartforgeError } from "../shared/errors.ts";
import { paramConstructors } from "./params.ts";

/** Records the operations a script applied, instead of making geometry. */
export class FakeWorkplane {
  constructor(readonly operations: readonly unknown[][]) {}

  box(length: number, width: number, height: number): FakeWorkplane {
    return new FakeWorkplane([...this.operations, ["box", length, width, height]]);
  }

  edges(selector: string): FakeWorkplane {
    return new FakeWorkplane([...this.operations, ["edges", selector]]);
  }

  /** Fails like a kernel operation does when the radius is too large for the edges. */
  fillet(radius: number): FakeWorkplane {
    if (radius > 5) throw new PartforgeError("GEOMETRY", `fillet failed: radius ${radius} is too large`);
    return new FakeWorkplane([...this.operations, ["fillet", radius]]);
  }
}

/** The scope tests load scripts with. */
export const testScope: Readonly<Record<string, unknown>> = Object.freeze({
  ...paramConstructors,
  Workplane: (plane: string) => new FakeWorkplane([["workplane", plane]]),
});

/** Lines joined with `\n`, so that a test can see the line numbers it asserts. */
export function lines(...source: string[]): string {
  return source.join("\n") + "\n";
}
