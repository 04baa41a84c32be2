/**
 * STEP exports share one work session (stepSession.ts). Its own file, so that its first export is
 * the process's first: a file the plain writer wrote and `writeStep` writes again through the
 * document (a name the plain writer cannot express) showed the plain writer's model twice when
 * the document writer found it left in the session.
 */
import assert from "node:assert/strict";
import { before, it } from "node:test";
import { plateWithHoles } from "../../test/helpers/shapes.ts";
import { loadKernel } from "./load.ts";
import { writeStep, writeStepThroughDocument } from "./step.ts";

before(async () => {
  await loadKernel();
});

it("writes again through the document a file the plain writer wrote, with nothing of the plain writer's model in it", () => {
  const plate = plateWithHoles(3);
  try {
    const parts = [{ name: "Shelling To Create Thin features", shape: plate }];
    const chosen = writeStep(parts, { unit: "mm" });
    const reference = writeStepThroughDocument(parts, { unit: "mm" });
    assert.equal(new TextDecoder().decode(chosen), new TextDecoder().decode(reference));
  } finally {
    plate.delete();
  }
});
