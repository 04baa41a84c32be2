/**
 * Moves the kernel's heap on: allocates and frees kernel shapes of varying sizes, so the next
 * operation's objects land at other addresses. OCCT orders some results by TShape address, which
 * in WebAssembly depends on what the heap held before (issue 15: a build's bytes must not).
 */
import { makeBaseBox, type AnyShape } from "replicad";
import { kernel } from "../../src/kernel/load.ts";
import { withScope } from "../../src/kernel/scope.ts";
import { writeStep } from "../../src/kernel/step.ts";

export function disturbHeap(round: number): void {
  const oc = kernel();
  const made = Array.from({ length: 50 + 37 * round }, (_, i) => new oc.BRepPrimAPI_MakeBox(1 + i, 2, 3));
  const shapes = made.filter((_, i) => i % 3 === 0).map((builder) => builder.Shape());
  for (const builder of made) builder.delete();
  withScope(() => writeStep([{ name: "noise", shape: makeBaseBox(3, 4, 5) as AnyShape }], { unit: "mm" }));
  for (const shape of shapes) shape.delete();
}
