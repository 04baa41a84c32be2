import { test } from "node:test";
import assert from "node:assert/strict";
import { isPartforgeError } from "../shared/errors.ts";
import { describe } from "./describe.ts";
import { checkDescription, DESCRIPTION_LIMITS } from "./descriptionLimits.ts";
import { loadModelScript } from "./load.ts";
import { testScope } from "./testScope.ts";

const MIB = 1024 * 1024;

async function describeScript(lines: string[]) {
  return describe(await loadModelScript([...lines, "export function build() {}"].join("\n"), { language: "js", scope: testScope }));
}

async function refusal(lines: string[]) {
  try {
    await describeScript(lines);
  } catch (error) {
    assert.ok(isPartforgeError(error), `expected a PartforgeError, got ${String(error)}`);
    return error;
  }
  assert.fail("the script was described, not refused");
}

/** Checks the refusal's code, field (in `details.field` and the message) and `param`. */
function assertTooLarge(error: Awaited<ReturnType<typeof refusal>>, field: string, param?: string) {
  assert.equal(error.code, "DESCRIPTION_TOO_LARGE", error.message);
  assert.equal(error.httpStatus, 400);
  assert.equal(error.details?.field, field);
  assert.ok(error.message.startsWith(field), error.message);
  assert.equal(error.param, param);
}

test("refuses a 1 MB parameter desc with DESCRIPTION_TOO_LARGE naming the field, at its declaration", async () => {
  const error = await refusal(['export const p_width = FloatParam({ default: 1 });', 'export const p_length = FloatParam({ default: 1, desc: "x".repeat(1024 * 1024) });']);
  assertTooLarge(error, "p_length.desc", "p_length");
  assert.equal(error.details?.limit, DESCRIPTION_LIMITS.descBytes);
  assert.equal(error.details?.actual, MIB);
  assert.equal(error.location?.line, 2);
});

test("refuses METADATA values, too many METADATA fields and a long model name", async () => {
  assertTooLarge(await refusal(['export const METADATA = { name: "ok", description: "é".repeat(2049) };']), "METADATA.description");
  assertTooLarge(await refusal(['export const METADATA = { name: "n".repeat(201) };']), "METADATA.name");
  const fields = Array.from({ length: DESCRIPTION_LIMITS.metadataFields + 1 }, (_, i) => `f${i}: "v"`).join(", ");
  assertTooLarge(await refusal([`export const METADATA = { ${fields} };`]), "METADATA");
});

test("refuses a long group, too many or too long choices, and too many or too long preset names", async () => {
  assertTooLarge(await refusal(['export const p_a = IntParam({ default: 1, group: "g".repeat(101) });']), "p_a.group", "p_a");
  assertTooLarge(await refusal(["export const p_c = ChoiceParam({ choices: Array.from({ length: 201 }, (_, i) => i), default: 0 });"]), "p_c.choices", "p_c");
  assertTooLarge(await refusal(['export const p_c = ChoiceParam({ choices: ["a", "b".repeat(201)], default: "a" });']), "p_c.choices[1]", "p_c");
  const presets = "Object.fromEntries(Array.from({ length: 101 }, (_, i) => ['p' + i, 1]))";
  assertTooLarge(await refusal([`export const p_a = IntParam({ default: 1, presets: ${presets} });`]), "p_a.presets", "p_a");
  assertTooLarge(await refusal([`export const p_a = IntParam({ default: 1, presets: { ["${"k".repeat(101)}"]: 2 } });`]), `p_a.presets name "${"k".repeat(40)}"`, "p_a");
});

test("refuses more distinct presets across parameters than the limit, and more parameters than the limit", async () => {
  const presetLines = Array.from({ length: 60 }, (_, i) => `export const p_${i} = IntParam({ default: 1, presets: { a${i}: 2, b${i}: 3 } });`);
  assertTooLarge(await refusal(presetLines), "presets");
  const paramLines = Array.from({ length: DESCRIPTION_LIMITS.parameters + 1 }, (_, i) => `export const p_${i} = BooleanParam({ default: true });`);
  assertTooLarge(await refusal(paramLines), "parameters");
});

test("refuses a document over 64 KiB made of fields each within their limits", async () => {
  const lines = Array.from({ length: 80 }, (_, i) => `export const p_${i} = FloatParam({ default: 1, desc: "${"d".repeat(1000)}" });`);
  const error = await refusal(lines);
  assertTooLarge(error, "the description");
  assert.equal(error.details?.limit, 64 * 1024);
});

test("describes a script right at every limit", async () => {
  const description = await describeScript([
    `export const METADATA = { name: "${"n".repeat(200)}", description: "${"d".repeat(4096)}" };`,
    `export const p_a = ChoiceParam({ choices: Array.from({ length: 200 }, (_, i) => "c" + i), default: "c0", desc: "${"x".repeat(1024)}", group: "${"g".repeat(100)}" });`,
  ]);
  assert.equal(description.parameters[0]!.choices?.length, 200);
  checkDescription(description);
});

test("checkDescription refuses what a slot could send beyond the limits, and ignores shapes it does not know", () => {
  assert.throws(() => checkDescription({ metadata: { name: "x", description: "y".repeat(5000) } }), (error: unknown) => isPartforgeError(error) && error.details?.field === "METADATA.description");
  assert.throws(() => checkDescription({ parameters: [{ name: "p", desc: "z".repeat(2000) }] }), (error: unknown) => isPartforgeError(error) && error.details?.field === "p.desc");
  assert.throws(() => checkDescription({ padding: "x".repeat(70_000) }), (error: unknown) => isPartforgeError(error) && error.details?.field === "the description");
  checkDescription(null);
  checkDescription({ metadata: 3, parameters: "no", presets: [] });
});
