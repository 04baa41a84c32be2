import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { ModelDescription } from "../../modelscript/index.ts";
import { deepFreeze } from "../../shared/deepFreeze.ts";
import { PartforgeError } from "../../shared/errors.ts";
import type { CompiledScriptData, SlotJob, SlotSuccess } from "./protocol.ts";
import { charactersOf, ScriptsInSlot } from "./scriptsInSlot.ts";
import { KeptScripts } from "./slot/keptScripts.ts";

function script(n: number, codeCharacters = 100): CompiledScriptData {
  return {
    language: "ts",
    fileName: `s${n}.ts`,
    virtualFileName: `/model/s${n}.ts`,
    source: `// ${n}`,
    sha256: n.toString(16).padStart(64, "0"),
    code: `${n}`.padEnd(codeCharacters, " "),
    sourceMap: { version: 3, sources: [`s${n}.ts`], names: [], mappings: "AAAA" },
    exportLocations: [["build", { line: 1, column: 1 }]],
    partforgeImports: [["Workplane", null]],
  };
}

function job(data: CompiledScriptData, values: Record<string, string> = {}): SlotJob {
  return { kind: "build", script: data, type: "stl", preset: undefined, values, options: { tolerance: 0.1, angularTolerance: 0.1, ascii: false } };
}

/** What crosses the IPC channel: V8's structured clone, so the slot never shares the pool's objects. */
const overIpc = <T>(value: T): T => structuredClone(value);

/** A slot's published description of a script: frozen, one object per validation (slot/runJob.ts). */
function published(name: string): ModelDescription {
  return deepFreeze({ metadata: { name }, uom: "mm", version: "1", parameters: [], groups: [], presets: {} });
}

function success(description: ModelDescription): SlotSuccess {
  return { ok: true, description, values: {}, bytes: new Uint8Array([1, 2, 3]), timings: { loadMs: 1, buildMs: 2, exportMs: 3, cpuMs: 4, exportCpuMs: 2 } };
}

describe("scripts kept in a slot", () => {
  it("sends a script whole once, then by number; the slot hands the job its whole script again", () => {
    const pool = new ScriptsInSlot();
    const slot = new KeptScripts();
    const a = script(1);
    const first = pool.send(job(a, { w: "1" }));
    assert.equal(first.script, a);
    assert.equal(first.keepScriptAs, 1);
    const second = pool.send(job(a, { w: "2" }));
    assert.deepEqual(second.script, { kept: 1 });
    assert.equal(second.keepScriptAs, undefined);
    assert.deepEqual(slot.receive(overIpc(first)), job(a, { w: "1" }));
    const received = slot.receive(overIpc(second));
    assert.deepEqual(received, job(a, { w: "2" }), "the repeat gets the same script and its own values");
    assert.ok(!("keepScriptAs" in received) && !("dropScripts" in received), "the slot's job is a plain SlotJob");
    assert.ok(Object.isFrozen(received.script) && Object.isFrozen(received.script.sourceMap) && Object.isFrozen(received.script.exportLocations[0]), "a kept script cannot be changed by a job");
  });

  it("a text compiled again (a new data object) is sent whole again: identity, not equality, decides", () => {
    const pool = new ScriptsInSlot();
    pool.send(job(script(1)));
    const again = pool.send(job(script(1)));
    assert.ok(!("kept" in again.script));
    assert.equal(again.keepScriptAs, 2);
  });

  it("keeps at most maxScripts and maxCharacters, least recently used dropped first, and tells the slot", () => {
    const pool = new ScriptsInSlot({ maxScripts: 2, maxCharacters: 10_000 });
    const slot = new KeptScripts();
    const [a, b, c] = [script(1), script(2), script(3)];
    for (const data of [a, b, a]) slot.receive(overIpc(pool.send(job(data))));
    const third = pool.send(job(c));
    assert.deepEqual(third.dropScripts, [2], "b was used least recently");
    slot.receive(overIpc(third));
    assert.equal(slot.size, 2);
    assert.deepEqual(pool.send(job(a)).script, { kept: 1 });
    assert.ok(!("kept" in pool.send(job(b)).script), "b was dropped: sent whole");

    const bySize = new ScriptsInSlot({ maxScripts: 10, maxCharacters: 2 * charactersOf(script(0, 1000)) });
    const big = [script(4, 1000), script(5, 1000), script(6, 1000)];
    const sent = big.map((data) => bySize.send(job(data)));
    assert.deepEqual(sent[2]!.dropScripts, [1]);
    assert.equal(bySize.size, 2);
  });

  it("a script larger than the whole budget is sent whole every time and never kept", () => {
    const pool = new ScriptsInSlot({ maxCharacters: 500 });
    const huge = script(1, 1000);
    for (let i = 0; i < 3; i++) {
      const sent = pool.send(job(huge));
      assert.equal(sent.script, huge);
      assert.equal(sent.keepScriptAs, undefined);
    }
    assert.equal(pool.size, 0);
    assert.deepEqual(new ScriptsInSlot({ maxScripts: 0 }).send(job(huge)).keepScriptAs, undefined);
  });

  it("a job naming a script the slot does not keep is an INTERNAL error, not a wrong script", () => {
    const slot = new KeptScripts();
    assert.throws(() => slot.receive({ ...job(script(1)), script: { kept: 7 } }), (error: unknown) => error instanceof PartforgeError && error.code === "INTERNAL" && /script 7/.test(error.message));
    slot.receive(overIpc(new ScriptsInSlot().send(job(script(1)))));
    assert.throws(() => slot.receive({ ...job(script(1)), script: { kept: 1 }, dropScripts: [1] }), /does not keep/, "dropped before looked up");
  });

  it("differential: random jobs over 12 scripts through small bounds reach the slot exactly as sent whole", () => {
    let seed = 12345;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const scripts = Array.from({ length: 12 }, (_, i) => script(i, 50 + 200 * (i % 4)));
    const pool = new ScriptsInSlot({ maxScripts: 4, maxCharacters: 1500 });
    const slot = new KeptScripts();
    let byNumber = 0;
    for (let i = 0; i < 2000; i++) {
      const data = scripts[random(3) === 0 ? random(12) : random(4)]!;
      const sent = overIpc(pool.send(job(data, { i: String(i) })));
      if ("kept" in sent.script) byNumber += 1;
      assert.deepEqual(slot.receive(sent), job(data, { i: String(i) }), `job ${i}`);
      assert.ok(slot.size <= 4);
    }
    assert.ok(byNumber > 1000, `only ${byNumber} of 2000 jobs were sent by number`);
  });

  it("a repeat reply leaves out the description it sent before; the pool puts back the same frozen object", () => {
    const pool = new ScriptsInSlot();
    const slot = new KeptScripts();
    const a = script(1);
    const description = published("A");
    const first = overIpc(pool.send(job(a)));
    slot.receive(first);
    const firstReply = pool.receive(job(a), overIpc(slot.reply(first, success(description))));
    assert.ok(firstReply?.ok === true);
    assert.deepEqual(firstReply.description, description);
    assert.ok(Object.isFrozen(firstReply.description) && Object.isFrozen(firstReply.description.metadata), "the pool's copy cannot be changed");
    for (let i = 0; i < 3; i++) {
      const again = overIpc(pool.send(job(a)));
      slot.receive(again);
      const sent = slot.reply(again, success(description));
      assert.ok(sent.ok && !("description" in sent), "the description is left out");
      const reply = pool.receive(job(a), overIpc(sent));
      assert.ok(reply?.ok === true);
      assert.equal(reply.description, firstReply.description, "the very object the pool checked before");
      assert.deepEqual(reply.bytes, new Uint8Array([1, 2, 3]));
    }
  });

  it("a description the slot made again, or one for a script sent again under a new number, is sent whole", () => {
    const pool = new ScriptsInSlot({ maxScripts: 1 });
    const slot = new KeptScripts();
    const [a, b] = [script(1), script(2)];
    const run = (data: CompiledScriptData, description: ModelDescription) => {
      const sent = overIpc(pool.send(job(data)));
      slot.receive(sent);
      const reply = slot.reply(sent, success(description));
      const received = pool.receive(job(data), overIpc(reply));
      assert.ok(received?.ok === true);
      assert.deepEqual(received.description, description);
      return reply.ok && "description" in reply;
    };
    const first = published("A");
    assert.equal(run(a, first), true);
    assert.equal(run(a, first), false);
    assert.equal(run(a, published("A again")), true, "validated again: a new object");
    assert.equal(run(b, published("B")), true);
    assert.equal(run(a, first), true, "a was dropped for b, then sent whole again");
    assert.equal(run(a, first), false);
  });

  it("failures pass through; a reply leaving out a description the pool does not hold is refused", () => {
    const pool = new ScriptsInSlot({ maxCharacters: 500 });
    const failure = { ok: false as const, error: { code: "GEOMETRY" as const, message: "no" } };
    assert.deepEqual(pool.receive(job(script(1)), failure), failure);
    const { description: _left, ...withoutDescription } = success(published("A"));
    const kept = script(1);
    pool.send(job(kept));
    assert.equal(pool.receive(job(kept), withoutDescription), undefined, "kept, but no description received for it yet");
    const huge = script(2, 1000);
    const sent = pool.send(job(huge));
    assert.equal(pool.receive(job(huge), withoutDescription), undefined, "never kept");
    const slot = new KeptScripts();
    slot.receive(overIpc(sent));
    const reply = slot.reply(overIpc(sent), success(published("B")));
    assert.ok(reply.ok && "description" in reply, "a script that is not kept always gets its description sent");
  });
});
