import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { ModelDescription, ParamValue } from "../../modelscript/index.ts";
import { ScriptCompiler } from "./compiler.ts";
import { BuildKeys, prepareRequest, type Prepared } from "./prepare.ts";

const BOX = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Box" };
export const p_w = FloatParam({ min: 1, max: 1000, default: 20 });
export function build() { return Workplane("XY").box(p_w.value, 10, 10); }
`;

const DESCRIPTION: ModelDescription = {
  metadata: { name: "Box" },
  uom: "mm",
  version: "1",
  parameters: [{ name: "p_w", type: "float", default: 20, min: 1, max: 1000, group: "default" }],
  groups: [{ name: "default", parameters: ["p_w"] }],
  presets: {},
};

async function prepared(values: Record<string, string>): Promise<Prepared> {
  const result = await prepareRequest(new ScriptCompiler(), { source: BOX, language: "ts", type: "step", values }, { timeoutMs: 1000 }, undefined);
  if (!("request" in result)) throw new Error(result.error.message);
  return result;
}

describe("content keys predicted while a slot builds", () => {
  it("predicts nothing for a script whose description no slot has returned yet", async () => {
    assert.equal(new BuildKeys("engine").predict(await prepared({ p_w: "30" })), undefined);
  });

  it("predicts the key of the values the remembered description resolves, and uses it when the slot resolved those", async () => {
    const keys = new BuildKeys("engine");
    const request = await prepared({ p_w: "30" });
    keys.noteDescription(request.script.compiled.sha256, DESCRIPTION);
    const predicted = keys.predict(request);
    assert.deepEqual(predicted?.values, { p_w: 30 });
    assert.equal(predicted?.key, keys.contentKey(request, { p_w: 30 }));
    assert.equal(keys.afterBuild(request, predicted, { p_w: 30 }), predicted?.key);
  });

  it("gives the key of the values the slot resolved when they differ from the prediction", async () => {
    const keys = new BuildKeys("engine");
    const request = await prepared({ p_w: "30" });
    keys.noteDescription(request.script.compiled.sha256, DESCRIPTION);
    const predicted = keys.predict(request);
    assert.ok(predicted !== undefined);
    const differing: Array<Record<string, ParamValue>> = [{ p_w: 31 }, { p_w: 30, extra: true }, { other: 30 }, {}, { p_w: "30" }];
    for (const resolved of differing) {
      assert.equal(keys.afterBuild(request, predicted, resolved), keys.contentKey(request, resolved), JSON.stringify(resolved));
      assert.notEqual(keys.afterBuild(request, predicted, resolved), predicted.key);
    }
    assert.equal(keys.afterBuild(request, undefined, { p_w: 30 }), keys.contentKey(request, { p_w: 30 }));
  });
});
