/**
 * A script built again in the same slot is evaluated once, not twice (issue 15, point 2): the
 * slot keeps the description its first build validated (slot/describedScripts.ts). Checked in
 * this test process as a slot runs jobs (SES lockdown, the hardened API, the Compartment
 * evaluator, runJob), with each "slot" a runtime of its own, counting evaluations; a fresh
 * runtime is what a fresh slot has, and every repeat build must answer exactly as it does.
 */
import "../../src/build/pool/slot/lockdown.ts";
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { isProxy } from "node:util/types";
import { loadKernel } from "../../src/kernel/index.ts";
import { compileModelScript } from "../../src/modelscript/index.ts";
import { DEFAULT_EXPORT_OPTIONS } from "../../src/build/exportOptions.ts";
import { toCompiledData } from "../../src/build/pool/compiledData.ts";
import type { SlotJob, SlotReply } from "../../src/build/pool/protocol.ts";
import { createConfinedEvaluator } from "../../src/build/pool/slot/confine.ts";
import { DescribedScripts } from "../../src/build/pool/slot/describedScripts.ts";
import { hardenModellingApi } from "../../src/build/pool/slot/harden.ts";
import { runJob, type SlotRuntime } from "../../src/build/pool/slot/runJob.ts";

let scope: Readonly<Record<string, unknown>>;

before(async () => {
  await loadKernel();
  scope = hardenModellingApi();
});

interface Slot {
  runtime: SlotRuntime;
  /** How many times the slot has evaluated a script's module so far. */
  evaluations(): number;
}

function freshSlot(): Slot {
  const confined = createConfinedEvaluator();
  let evaluations = 0;
  const evaluator = {
    evaluate: (...args: Parameters<typeof confined.evaluate>) => {
      evaluations += 1;
      confined.evaluate(...args);
    },
    setSeed: confined.setSeed,
    prepareNext: confined.prepareNext,
  };
  return { runtime: { scope, evaluator, described: new DescribedScripts() }, evaluations: () => evaluations };
}

async function job(source: string, values: Record<string, string> = {}, kind: SlotJob["kind"] = "build"): Promise<SlotJob> {
  const compiled = await compileModelScript(source, { language: "js" });
  return { kind, script: toCompiledData(compiled), type: "stl", preset: undefined, values, options: { ...DEFAULT_EXPORT_OPTIONS } };
}

/** The reply, and how many evaluations the job cost. */
async function run(slot: Slot, source: string, values: Record<string, string> = {}, kind: SlotJob["kind"] = "build"): Promise<{ reply: SlotReply; evaluations: number }> {
  const request = await job(source, values, kind);
  const before = slot.evaluations();
  const { reply } = await runJob(request, slot.runtime);
  return { reply, evaluations: slot.evaluations() - before };
}

/** What a client sees of a reply: the error, or the bytes with the description and values (timings vary). */
function answer(reply: SlotReply): unknown {
  if (!reply.ok) return reply.error;
  return { bytes: Buffer.from(reply.bytes).toString("base64"), description: reply.description, values: reply.values };
}

function reportOf(reply: SlotReply): unknown {
  assert.equal(reply.ok, false, "the probe should report through its error");
  const match = /REPORT (.*)$/s.exec((reply as Extract<SlotReply, { ok: false }>).error.message);
  assert.ok(match, JSON.stringify(reply));
  return JSON.parse(match[1]!);
}

const BOX = `export const METADATA = { name: "Box" };
export const p_w = FloatParam({ min: 1, max: 100, default: 10, presets: { wide: 40 } });
export function build() { return Workplane("XY").box(p_w.value, 10, 10); }
`;

/** Math.random at the top level and in build() shapes the box: the seeds must be exactly a fresh slot's. */
const RANDOM_BOX = `const r = Math.random();
export const p_w = FloatParam({ min: 1, max: 100, default: 10 });
export function build() { return Workplane("XY").box(p_w.value + r, 10 + Math.random(), 10); }
`;

describe("a script built again in the same slot", () => {
  it("is evaluated once per build after its first (which validates it too: twice), and not at all to describe it", async () => {
    const slot = freshSlot();
    const first = await run(slot, BOX, { p_w: "12" });
    assert.equal(first.reply.ok, true, JSON.stringify(first.reply));
    assert.equal(first.evaluations, 2);
    for (const width of ["13", "14"]) {
      const again = await run(slot, BOX, { p_w: width });
      assert.equal(again.reply.ok, true, JSON.stringify(again.reply));
      assert.equal(again.evaluations, 1, `the build with p_w=${width} evaluated the script ${again.evaluations} times`);
    }
    assert.equal((await run(slot, BOX, {}, "describe")).evaluations, 0);
    assert.equal((await run(slot, RANDOM_BOX, { p_w: "12" })).evaluations, 2, "another script is validated afresh");
  });

  it("answers exactly as a fresh slot does: the same bytes, description and values, with Math.random seeded as there", async () => {
    const warm = freshSlot();
    const requests: Array<[string, Record<string, string>]> = [
      [BOX, {}],
      [RANDOM_BOX, { p_w: "12" }],
      [BOX, { p_w: "33.5" }],
      [RANDOM_BOX, { p_w: "12" }],
      [RANDOM_BOX, { p_w: "50" }],
      [BOX, {}],
    ];
    for (const [source, values] of requests) {
      const fromWarm = await run(warm, source, values);
      const fromFresh = await run(freshSlot(), source, values);
      assert.equal(fromFresh.evaluations, 2);
      assert.equal(fromWarm.reply.ok, true, JSON.stringify(fromWarm.reply));
      assert.deepEqual(answer(fromWarm.reply), answer(fromFresh.reply), `${JSON.stringify(values)} differs from a fresh slot's build`);
    }
    assert.equal((await run(warm, RANDOM_BOX, { p_w: "70" })).evaluations, 1, "the warm slot did not reuse the description");
  });

  it("still fails a build whose evaluation declares other parameters than the validated ones, exactly as a fresh slot", async () => {
    // p_kind's type depends on Math.random, whose seed differs between validating and building.
    const source = `export const p_kind = Math.random() < 0.5 ? FloatParam({ default: 1 }) : IntParam({ default: 1 });
export const p_v = FloatParam({ default: 0 });
export function build() { return Workplane("XY").box(1, 1, 1); }
`;
    const warm = freshSlot();
    const outcomes = new Set<string>();
    for (let v = 0; v < 8; v++) {
      const values = { p_v: String(v) };
      const fromWarm = await run(warm, source, values);
      const fromFresh = await run(freshSlot(), source, values);
      assert.deepEqual(answer(fromWarm.reply), answer(fromFresh.reply), `p_v=${v}`);
      outcomes.add(fromWarm.reply.ok ? "built" : `${fromWarm.reply.error.code}: ${fromWarm.reply.error.message}`);
    }
    assert.ok(outcomes.has("built"), [...outcomes].join("; "));
    assert.ok([...outcomes].some((outcome) => /^SCRIPT_INVALID: the script changed when evaluated again/.test(outcome)), [...outcomes].join("; "));
  });

  it("sends the description its first build made, one frozen plain object per validated script, made without script code", async () => {
    // METADATA's getter counts its reads: the description must come from what validation read once.
    const source = `let reads = 0;
export const METADATA = { get name() { reads += 1; return "Box read " + reads + " times"; } };
export const p_w = FloatParam({ min: 1, max: 100, default: 10, presets: { wide: 40 } });
export function build() { return Workplane("XY").box(p_w.value, 10, 10); }
`;
    const slot = freshSlot();
    const first = await run(slot, source, { p_w: "12" });
    const again = await run(slot, source, { p_w: "13" });
    const preset = await run(slot, source, {}, "describe");
    assert.ok(first.reply.ok && again.reply.ok && preset.reply.ok, JSON.stringify([first.reply, again.reply, preset.reply]));
    assert.equal(again.reply.description, first.reply.description, "a repeat build made its description again");
    assert.equal(preset.reply.description, first.reply.description);
    assertPlainFrozen(first.reply.description, "description");
    const fresh = await run(freshSlot(), source, { p_w: "13" });
    assert.deepEqual(again.reply.description, fresh.reply.ok ? fresh.reply.description : fresh.reply);
    assert.notEqual(fresh.reply.ok && fresh.reply.description, first.reply.description, "two slots share no description object");
    const other = await run(slot, BOX, { p_w: "12" });
    assert.ok(other.reply.ok && other.reply.description.metadata.name === "Box", JSON.stringify(other.reply));
  });

  it("makes the description again, equal, when the slot no longer keeps the script", async () => {
    const slot = freshSlot();
    const oneKept: SlotRuntime = { ...slot.runtime, described: new DescribedScripts({ maxEntries: 1 }) };
    const build = async (source: string) => {
      const { reply } = await runJob(await job(source, { p_w: "12" }), oneKept);
      assert.ok(reply.ok, JSON.stringify(reply));
      return reply.description;
    };
    const first = await build(BOX);
    await build(RANDOM_BOX); // BOX's description goes
    const second = await build(BOX);
    assert.notEqual(second, first);
    assert.deepEqual(second, first);
    assertPlainFrozen(second, "description");
  });

  it("fails every build of a script whose description is too large, kept or not, with the same error", async () => {
    const source = `export const METADATA = { name: "x".repeat(100000) };\nexport function build() { return Workplane("XY").box(1, 1, 1); }\n`;
    const slot = freshSlot();
    const errors = [];
    for (let i = 0; i < 3; i++) {
      const { reply } = await run(slot, source);
      assert.equal(reply.ok, false, "a too large description was sent");
      errors.push(reply.ok ? undefined : reply.error);
    }
    assert.equal(errors[0]!.code, "DESCRIPTION_TOO_LARGE", JSON.stringify(errors[0]));
    assert.deepEqual(errors[1], errors[0]);
    assert.deepEqual(errors[2], errors[0]);
  });

  it("keeps no description of a script that failed validation: each build evaluates and fails it again", async () => {
    const slot = freshSlot();
    const source = `export const p_x = FloatParam({ min: 5, default: 1 });\nexport function build() { return Workplane("XY").box(1, 1, 1); }\n`;
    for (let i = 0; i < 2; i++) {
      const { reply, evaluations } = await run(slot, source);
      assert.equal(evaluations, 1);
      assert.equal(reply.ok ? "built" : reply.error.code, "SCRIPT_INVALID");
    }
    assert.equal(slot.runtime.described.size, 0);
  });

  it("gives the build's evaluation a realm Error untouched by the validating evaluation, so a first build and a repeat see the same", async () => {
    // The start compartment's Error (reached through a caught PartforgeError) is the one thing
    // two evaluations of one job share; what the first sets must not show in the second. Its
    // prepareStackTrace reads as SES's own (which answers "") unless a script replaced it.
    const probe = `let base;
try { Workplane(42); } catch (caught) { base = Object.getPrototypeOf(caught.constructor); }
const seen = base.prepareStackTrace(new Error("probe"), []);
base.prepareStackTrace = () => "set by an earlier evaluation";
export function build() { throw new Error("REPORT " + JSON.stringify(seen)); }
`;
    const slot = freshSlot();
    const first = await run(slot, probe);
    const again = await run(slot, probe);
    assert.equal(again.evaluations, 1);
    assert.equal(reportOf(first.reply), "");
    assert.equal(reportOf(again.reply), "");
  });
});

/** JSON data all the way down, frozen: no accessors, Proxies or class instances can reach the IPC serialiser. */
function assertPlainFrozen(value: unknown, path: string): void {
  if (typeof value !== "object" || value === null) {
    assert.ok(["string", "number", "boolean"].includes(typeof value) || value === null, `${path} is ${typeof value}`);
    return;
  }
  assert.equal(isProxy(value), false, `${path} is a Proxy`);
  assert.ok(Object.isFrozen(value), `${path} is not frozen`);
  assert.ok([Object.prototype, Array.prototype].includes(Object.getPrototypeOf(value)), `${path} is not a plain object or array`);
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (Array.isArray(value) && key === "length") continue;
    assert.ok("value" in descriptor && descriptor.enumerable, `${path}.${key} is not an enumerable data property`);
    assertPlainFrozen(descriptor.value, `${path}.${key}`);
  }
}
