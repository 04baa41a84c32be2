/**
 * The slot's confinement, checked in this test process exactly as a slot sets it up (node:test
 * runs each test file in its own process, so locking this one down touches no other test):
 * SES lockdown, the hardened modelling API, the Compartment evaluator and the job pipeline.
 */
import "../../src/build/pool/slot/lockdown.ts";
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { isProxy } from "node:util/types";
import { Assembly, Color, Location, Plane, Shape, Sketch, Vector, Workplane, WorkplaneImpl } from "../../src/api/index.ts";
import { kernel, loadKernel, withScope } from "../../src/kernel/index.ts";
import { FloatParam, compileModelScript, Param } from "../../src/modelscript/index.ts";
import { PartforgeError } from "../../src/shared/errors.ts";
import { DEFAULT_EXPORT_OPTIONS } from "../../src/build/exportOptions.ts";
import { toCompiledData } from "../../src/build/pool/compiledData.ts";
import type { SlotJob, SlotReply } from "../../src/build/pool/protocol.ts";
import { createConfinedEvaluator, FIXED_TIME_MS, HOST_GLOBALS } from "../../src/build/pool/slot/confine.ts";
import { DescribedScripts } from "../../src/build/pool/slot/describedScripts.ts";
import { hardenModellingApi } from "../../src/build/pool/slot/harden.ts";
import { runJob, type SlotRuntime } from "../../src/build/pool/slot/runJob.ts";

let runtime: SlotRuntime;

before(async () => {
  await loadKernel();
  runtime = { scope: hardenModellingApi(), evaluator: createConfinedEvaluator(), described: new DescribedScripts() };
});

async function job(source: string, values: Record<string, string> = {}, kind: SlotJob["kind"] = "build"): Promise<SlotJob> {
  const compiled = await compileModelScript(source, { language: "js" });
  return { kind, script: toCompiledData(compiled), type: "stl", preset: undefined, values, options: { ...DEFAULT_EXPORT_OPTIONS } };
}

async function run(source: string, values: Record<string, string> = {}): Promise<SlotReply> {
  return (await runJob(await job(source, values), runtime)).reply;
}

function failure(reply: SlotReply): { code: string; message: string; line?: number } {
  assert.equal(reply.ok, false, "the build should have failed");
  return (reply as Extract<SlotReply, { ok: false }>).error;
}

/** A script that reports a value through its error message (builds cannot return data otherwise). */
const report = (expression: string) => `export function build() { throw new Error("REPORT " + JSON.stringify(${expression})); }\n`;

async function reported(expression: string, values: Record<string, string> = {}): Promise<unknown> {
  const { message } = failure(await run(report(expression), values));
  const match = /REPORT (.*)$/s.exec(message);
  assert.ok(match, message);
  return JSON.parse(match[1]!);
}

interface Walked {
  unfrozenShared: string[];
  kernelObjects: string[];
  visited: number;
}

/**
 * Everything a script can reach from `roots` by property reads (getters are collected, not
 * called), prototypes and collection contents. Shared objects — functions and prototypes —
 * must be frozen; nothing may be a kernel object (embind handle, replicad wrapper, module, heap).
 */
function walk(roots: ReadonlyArray<[string, unknown]>): Walked {
  const seen = new Set<object>();
  const result: Walked = { unfrozenShared: [], kernelObjects: [], visited: 0 };
  const queue: Array<[string, unknown, boolean]> = roots.map(([path, value]) => [path, value, false]);
  while (queue.length > 0) {
    const [path, value, isPrototype] = queue.shift()!;
    if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value)) continue;
    seen.add(value);
    result.visited += 1;
    if (isProxy(value)) continue;
    if ((typeof value === "function" || isPrototype) && !Object.isFrozen(value)) result.unfrozenShared.push(path);
    if (isKernelObject(value)) result.kernelObjects.push(path);
    const prototype = Object.getPrototypeOf(value) as unknown;
    queue.push([`${path}.[[Prototype]]`, prototype, true]);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
      const name = `${path}.${String(key)}`;
      if ("value" in descriptor) queue.push([name, descriptor.value, key === "prototype"]);
      if (descriptor.get) queue.push([`${name}<get>`, descriptor.get, false]);
      if (descriptor.set) queue.push([`${name}<set>`, descriptor.set, false]);
    }
    if (value instanceof Map) for (const [key, item] of value) queue.push([`${path}<map ${String(key)}>`, item, false]);
    if (value instanceof Set || Array.isArray(value)) [...value].forEach((item, index) => queue.push([`${path}[${index}]`, item, false]));
  }
  return result;
}

function isKernelObject(value: object): boolean {
  if (value instanceof WebAssembly.Memory || value instanceof WebAssembly.Module || value instanceof WebAssembly.Instance) return true;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return true;
  return ["$$", "wrapped", "_wrapped", "HEAPU8", "wasmMemory", "ptr"].some((name) => Object.hasOwn(value, name));
}

describe("the slot's hardened modelling API", () => {
  it("freezes Workplane, Shape, Vector, Plane, Location, Sketch, Assembly, Color, Param, PartforgeError and their prototypes", () => {
    for (const [name, value] of Object.entries({ Workplane, WorkplaneImpl, Shape, Vector, Plane, Location, Sketch, Assembly, Color, Param, PartforgeError, FloatParam })) {
      assert.ok(Object.isFrozen(value), `${name} is frozen`);
      assert.ok(Object.isFrozen(value.prototype), `${name}.prototype is frozen`);
    }
  });

  it("lets a script reach no unfrozen shared object and no kernel object, from the scope or from anything the API returns", () => {
    const roots: Array<[string, unknown]> = Object.entries(runtime.scope).map(([name, value]) => [name, value]);
    withScope(() => {
      const block = Workplane("XY").box(20, 10, 5).faces(">Z").workplane().pushPoints([[-4, 0], [4, 0]]).hole(2).edges("|Z").fillet(1);
      let thrown: unknown;
      try {
        Workplane("XY").box(-1, 1, 1);
      } catch (error) {
        thrown = error;
      }
      const shape = block.val() as Shape;
      roots.push(
        ["block", block],
        ["block.vals()", block.vals()],
        ["block.faces()", block.faces()],
        ["block.edges().vals()", block.edges().vals()],
        ["shape.BoundingBox()", shape.BoundingBox()],
        ["shape.Center()", shape.Center()],
        ["shape.Faces()", shape.Faces()],
        ["points", Workplane("XY").rarray(5, 5, 2, 2).vals()],
        ["tagged", Workplane("XY").box(1, 1, 1).tag("base").faces(">Z")],
        ["plane", Plane.named("XZ")],
        ["param", FloatParam({ default: 1 })],
        ["sketch", Sketch().rect(10, 4).vertices().fillet(1)],
        ["sketched", Workplane("XY").placeSketch(Sketch().circle(2)).extrude(1)],
        ["assembly", Assembly().add(Workplane("XY").box(2, 2, 1), { name: "base", color: new Color("gray") }).add(Workplane("XY").sphere(1), { name: "ball", loc: [0, 0, 2] })],
        ["parts", Assembly().add(Workplane("XY").box(1, 1, 1), { name: "cube" }).parts()],
        ["thrown", thrown],
      );
      const walked = walk(roots);
      assert.ok(walked.visited > 200, `walked ${walked.visited} objects`);
      assert.deepEqual(walked.kernelObjects, [], "kernel objects reachable");
      assert.deepEqual(walked.unfrozenShared, [], "unfrozen functions or prototypes reachable");
    });
  });

  it("finds a raw kernel handle and an unfrozen class when one is reachable (self-check of the walk)", () => {
    class Unfrozen {}
    withScope(() => {
      const walked = walk([["module", kernel()], ["class", Unfrozen]]);
      assert.ok(walked.kernelObjects.length > 0);
      assert.ok(walked.unfrozenShared.includes("class"));
    });
  });
});

describe("a build's compartment", () => {
  it("has only JavaScript's own globals, the partforge scope, a silent console and refusals for host globals", async () => {
    const names = (await reported("Object.getOwnPropertyNames(globalThis)")) as string[];
    const standard = new Set(Object.getOwnPropertyNames(new Compartment({ __options__: true }).globalThis));
    const allowed = new Set([...Object.keys(runtime.scope), "console", ...HOST_GLOBALS]);
    assert.deepEqual(names.filter((name) => !standard.has(name) && !allowed.has(name)), []);
    for (const name of Object.keys(runtime.scope)) assert.ok(names.includes(name), `${name} is a global`);
  });

  it("gives Math.random the same sequence for the same build, another for other values", async () => {
    const source = `export const p_x = FloatParam({ default: 1 });\n${report("[Math.random(), Math.random(), p_x.value]")}`;
    const first = await run(source, { p_x: "1" });
    const again = await run(source, { p_x: "1" });
    const other = await run(source, { p_x: "2" });
    const sequence = (reply: SlotReply) => JSON.parse(/REPORT (.*)$/s.exec(failure(reply).message)![1]!) as number[];
    assert.deepEqual(sequence(first), sequence(again));
    assert.notDeepEqual(sequence(first).slice(0, 2), sequence(other).slice(0, 2));
    for (const value of sequence(first).slice(0, 2)) assert.ok(value >= 0 && value < 1);
  });

  it("fixes Date: now, new Date() and Date() all say 2000-01-01T00:00:00Z; explicit dates stay real", async () => {
    const [now, made, fromFields, asString] = (await reported("[Date.now(), new Date().toISOString(), new Date(2024, 1, 3).toISOString(), Date()]")) as [number, string, string, string];
    assert.equal(now, FIXED_TIME_MS);
    assert.equal(made, "2000-01-01T00:00:00.000Z");
    assert.equal(fromFields, "2024-02-03T00:00:00.000Z");
    assert.match(asString, /2000/);
  });

  it("does not let one build's global changes reach the next", async () => {
    failure(await run(`export function build() { globalThis.leak = 1; Workplane = null; throw new Error("done"); }`));
    assert.deepEqual(await reported(`[typeof leak, typeof Workplane]`), ["undefined", "function"]);
  });

  it("is as fresh when the slot made it ahead (prepareNext, after a reply): the same globals and seeded Math, nothing of the build before", async () => {
    const source = `export const p_x = FloatParam({ default: 1 });\nexport function build() { const seen = [typeof leak, typeof Workplane, Math.random(), Object.getOwnPropertyNames(globalThis).sort()]; globalThis.leak = 1; Workplane = null; throw new Error("REPORT " + JSON.stringify(seen)); }\n`;
    const seen = (reply: SlotReply) => JSON.parse(/REPORT (.*)$/s.exec(failure(reply).message)![1]!) as unknown[];
    const madeAtBuild = seen(await run(source, { p_x: "1" }));
    assert.deepEqual(madeAtBuild.slice(0, 2), ["undefined", "function"]);
    for (let i = 0; i < 2; i++) {
      runtime.evaluator.prepareNext();
      assert.deepEqual(seen(await run(source, { p_x: "1" })), madeAtBuild);
    }
  });

  it("is made ahead for both evaluations of a script's first build, whoever built before, and is as fresh as one made at the build", async () => {
    const source = `export const p_x = FloatParam({ default: 1 });\nexport function build() { const seen = [typeof leak, typeof Workplane, Math.random(), Object.getOwnPropertyNames(globalThis).sort()]; globalThis.leak = 1; Workplane = null; throw new Error("REPORT " + JSON.stringify(seen)); }\n`;
    const slot = (): SlotRuntime => ({ scope: runtime.scope, evaluator: createConfinedEvaluator(), described: new DescribedScripts() });
    const answer = async (on: SlotRuntime) => (await runJob(await job(source, { p_x: "1" }), on)).reply;
    const madeAtBuild = failure(await answer(slot())).message;
    const warm = slot();
    failure((await runJob(await job(`export function build() { globalThis.leak = 1; Workplane = null; throw new Error("another script"); }\n`), warm)).reply);
    while (warm.evaluator.prepareNext());
    const realm = globalThis as unknown as { Compartment: typeof Compartment };
    const RealCompartment = realm.Compartment;
    let made = 0;
    realm.Compartment = function (...args: ConstructorParameters<typeof Compartment>) {
      made += 1;
      return new RealCompartment(...args);
    } as unknown as typeof Compartment;
    try {
      assert.equal(failure(await answer(warm)).message, madeAtBuild);
      assert.equal(made, 0, "the first build of the script made a compartment of its own");
      assert.equal(failure(await answer(warm)).message, madeAtBuild);
      assert.equal(made, 1, "a repeat build, with none made ahead, makes its one");
    } finally {
      realm.Compartment = RealCompartment;
    }
  });

  it("shares one frozen partforge namespace between builds, which no build can change", async () => {
    const changes = ['cq["leak"] = 1', "cq.Workplane = null", "delete cq.Sketch", "Object.setPrototypeOf(cq, { leak: 1 })", 'Object.defineProperty(cq, "leak", { value: 1 })'];
    const attempts = changes.map((change) => `(() => { try { ${change}; return "changed"; } catch (error) { return error.name; } })()`);
    const withNamespace = (expression: string) => `import * as cq from "partforge";\n${report(expression)}`;
    const reportOf = (reply: SlotReply) => JSON.parse(/REPORT (.*)$/s.exec(failure(reply).message)![1]!) as unknown;
    assert.deepEqual(reportOf(await run(withNamespace(`[${attempts.join(", ")}]`))), changes.map(() => "TypeError"));
    const after = await run(withNamespace('["leak" in cq, typeof cq.Workplane, typeof cq.Sketch, Object.isFrozen(cq), "default" in cq]'));
    assert.deepEqual(reportOf(after), [false, "function", "function", true, false]);
  });

  it("refuses to change shared intrinsics and API prototypes with a clear TypeError at the script's line", async () => {
    const error = failure(await run(`export function build() {\n  Array.prototype.map = null;\n}\n`));
    assert.equal(error.code, "SCRIPT_EXCEPTION");
    assert.match(error.message, /read only property 'map'/);
    assert.equal(error.line, 2);
  });

  it("hides every stack trace from scripts but still maps errors to the author's line", async () => {
    const error = failure(await run(`export function build() {\n  const e = new Error("x");\n  if (e.stack !== "") throw new Error("stack visible");\n  return Workplane("XY").box(1, 2, -3);\n}\n`));
    assert.notEqual(error.message, "stack visible");
    assert.equal(error.line, 4);
  });

  it("builds a normal model to bytes", async () => {
    const reply = await run(`export const METADATA = { name: "Box" };\nexport function build() { return Workplane("XY").box(10, 20, 30); }\n`);
    assert.equal(reply.ok, true);
    assert.ok(reply.ok && reply.bytes.byteLength > 84);
  });
});
