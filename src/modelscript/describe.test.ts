import { test } from "node:test";
import assert from "node:assert/strict";
import { describe } from "./describe.ts";
import { loadModelScript } from "./load.ts";
import { resolveValues } from "./values.ts";
import { testScope } from "./testScope.ts";

// The example script of SPEC.md section 1, verbatim.
const specExample = `import { Workplane, FloatParam, IntParam, BooleanParam } from "partforge";

export const UOM = "mm";                 // unit of measure: mm (default), cm, m, in, ft
export const VERSION = "1.0";            // script format version
export const METADATA = { name: "Bored block", description: "A block with a bore", license: "CC-BY-4.0" };

export const p_length = FloatParam({ min: 30, max: 200, group: "Basics", desc: "Length of the block",
                                     presets: { default: 100, short: 50, long: 180 } });
export const p_holes  = IntParam({ min: 0, max: 8, default: 2, desc: "Number of holes" });
export const p_round  = BooleanParam({ default: true, desc: "Round the vertical edges" });

export function build() {
  let part = Workplane("XY").box(p_length.value, 20, 10);
  if (p_round.value) part = part.edges("|Z").fillet(2);
  return part;
}
`;

test("describes the SPEC example: metadata, schema in declaration order, groups and full presets", async () => {
  const loaded = await loadModelScript(specExample, { language: "ts", scope: testScope });
  const description = describe(loaded);
  assert.deepEqual(JSON.parse(JSON.stringify(description)), {
    metadata: { name: "Bored block", description: "A block with a bore", license: "CC-BY-4.0" },
    uom: "mm",
    version: "1.0",
    parameters: [
      { name: "p_length", type: "float", default: 100, min: 30, max: 200, desc: "Length of the block", group: "Basics" },
      { name: "p_holes", type: "int", default: 2, min: 0, max: 8, desc: "Number of holes", group: "default" },
      { name: "p_round", type: "boolean", default: true, desc: "Round the vertical edges", group: "default" },
    ],
    groups: [
      { name: "Basics", parameters: ["p_length"] },
      { name: "default", parameters: ["p_holes", "p_round"] },
    ],
    presets: {
      default: { p_length: 100, p_holes: 2, p_round: true },
      short: { p_length: 50, p_holes: 2, p_round: true },
      long: { p_length: 180, p_holes: 2, p_round: true },
    },
  });
  assert.deepEqual(Object.keys(description.presets), ["default", "short", "long"]);
  assert.deepEqual(Object.keys(description.parameters[0]!), ["name", "type", "default", "min", "max", "desc", "group"]);
});

test("builds the SPEC example with a preset and an explicit value", async () => {
  const loaded = await loadModelScript(specExample, { language: "ts", scope: testScope });
  const values = resolveValues(describe(loaded), { preset: "long", values: { p_round: "no" } });
  const result = loaded.run(values) as { operations: unknown[] };
  assert.deepEqual(result.operations, [
    ["workplane", "XY"],
    ["box", 180, 20, 10],
  ]);
});

test("publishes choices, string constraints and step, leaving absent options out", async () => {
  const loaded = await loadModelScript(
    [
      'export const p_thread = ChoiceParam({ choices: ["M3", "M4"], default: "M4", presets: { fine: "M3" } });',
      'export const p_text = StringParam({ default: "AB", maxLength: 4, pattern: "[A-Z]+", group: "Label" });',
      "export const p_gap = FloatParam({ default: 0.2, step: 0.05 });",
      "export function build() {}",
    ].join("\n"),
    { language: "js", scope: testScope },
  );
  const description = describe(loaded);
  assert.deepEqual(description.parameters, [
    { name: "p_thread", type: "choice", default: "M4", choices: ["M3", "M4"], group: "default" },
    { name: "p_text", type: "string", default: "AB", maxLength: 4, pattern: "[A-Z]+", group: "Label" },
    { name: "p_gap", type: "float", default: 0.2, step: 0.05, group: "default" },
  ]);
  assert.deepEqual(description.groups, [
    { name: "default", parameters: ["p_thread", "p_gap"] },
    { name: "Label", parameters: ["p_text"] },
  ]);
  assert.deepEqual(description.presets.fine, { p_thread: "M3", p_text: "AB", p_gap: 0.2 });
});

test("returns a fresh document each time, so callers cannot change the loaded script", async () => {
  const loaded = await loadModelScript("export const p = IntParam({ default: 1 });\nexport function build() {}", { language: "js", scope: testScope });
  const first = describe(loaded);
  first.presets.default!.p = 99;
  first.parameters[0]!.default = 99;
  assert.equal(describe(loaded).presets.default!.p, 1);
  assert.equal(describe(loaded).parameters[0]!.default, 1);
});
