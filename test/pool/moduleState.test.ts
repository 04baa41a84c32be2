/**
 * No module a script can reach keeps state from one build to the next (issue 12, point 1).
 * The modules checked are exactly those bundled into a build slot (the process scripts run in):
 * the modelling API, the kernel layer, the ModelScript loader, the slot runtime, the result and
 * export steps with every exporter, and the error catalogue. Each module-level mutable binding
 * there must be on the allow-list below with a reason; anything new fails this test.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { findModuleState } from "./moduleState.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SLOT_ENTRY = "src/build/pool/slot/main.ts";

/**
 * Reviewed module state, `file#name` → why it cannot carry anything from one build into another.
 * Keep it short: prefer moving state into the build's scope over adding an entry.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  "src/kernel/load.ts#loading": "set once when the slot loads the kernel, before any script runs",
  "src/kernel/load.ts#loaded": "set once when the slot loads the kernel, before any script runs",
  "src/kernel/load.ts#loadingThreads": "the kernel's thread count, set once when the slot loads the kernel (from the pool's config), before any script runs",
  "src/kernel/load.ts#repaired": "the names of the kernel classes whose delete() was repaired, set once when the kernel loads, before any script runs",
  "src/api/signatures/bind.ts#CALL_FORMS": "call forms worked out from the frozen signature tables, frozen themselves, keyed weakly by the signature: a pure function of the tables, never handed to a script",
  "src/kernel/scope.ts#scopes": "the stack of open build scopes: empty between builds, checked after every build (slot/invariants.ts)",
  "src/kernel/scope.ts#unscopedObjects": "a count of kernel objects made with no build scope open; a build that makes any retires its slot (slot/invariants.ts)",
  "src/build/pool/slot/main.ts#runtime": "set once when the slot starts, before any script runs",
  "src/build/pool/slot/main.ts#preparing": "the timer that prepares the next evaluation's compartment after a reply, cleared when a job arrives: the slot's entry module, which no module a script reaches imports; it holds no value of a build",
  "src/build/pool/slot/main.ts#memoryAtRest": "two numbers (JS heap, resident memory) read after each reply and sent with the next, for the pool's health(): the slot's entry module, which no module a script reaches imports; no script can read or change them",
  "src/api/shapes/handles.ts#kernelShapes": "a private field by another name: keyed by the Shape objects one build made, never iterated",
  "src/api/shapes/wrap.ts#shapeClasses": "set once while the modules load (src/api/shape.ts defines the class of each kind; a second definition throws), before any script runs",
  "src/api/workplaneKind.ts#workplanes": "a brand by another name: holds the Workplanes builds made, weakly, never iterated; it only tells whether a value its caller already holds is one",
  "src/api/ops/drawing.ts#edgeEndPoints": "a private field by another name: keyed by the edge Shapes one build drew, never iterated",
  "src/modelscript/params.ts#states": "a private field by another name: keyed by the Param objects one evaluation made, never iterated",
  "src/modelscript/params.ts#declarations": "a counter of which only the order within one evaluation is used; scripts cannot read it",
  "src/modelscript/params.ts#recordingSites": "whether the parameter constructors capture their call site: off only while withoutDeclarationSites runs a build's own evaluation, restored in its finally (an assignment, which cannot fail); it changes only whether a declaration carries its site, which only validation reads, and scripts cannot read or set it",
  "src/api/ops/glyphs.ts#loaded": "parsed bundled fonts: a pure function of a fixed file name; no script receives a Font",
  "src/modelscript/evaluate.ts#frozenScopes": "memo of a frozen null-prototype copy of a frozen scope object (one per slot), keyed by that object",
  "src/modelscript/evaluate.ts#compiledCache": "the in-process evaluator's (CLI, tests) cache of compiled code, keyed by code and scope; slots never use it",
  "src/shared/stackOverflow.ts#overflowsNoted": "a count of stack overflows caught; it only grows, and a build that makes it grow retires its slot (slot/invariants.ts)",
  "src/shared/stackOverflow.ts#hookCallsFinished": "a count of finished calls of the scripts' catch hook, compared with the calls begun (caughtHook.entered, written by instrumented scripts, which cannot name it); it only grows, and a build after which fewer finished than began retires its slot",
  "src/kernel/memoSession.ts#session": "the open build's memo session (its tenant, and keys held in a WeakMap keyed by the shapes that build made): set only while a build runs, cleared in finally, checked closed after every build (slot/invariants.ts); the memo itself is the slot runtime's and serves each tenant only its own entries",
  "src/kernel/stepSession.ts#shared": "the OCCT work session STEP exports write through, kept to save its set-up (~0.3 ms of CPU per export): what it keeps is what selecting the STEP norm adds to every session alike; each export's model, graph, checks and transfer maps are cleared after it, an export that fails drops the session, and exports write the same bytes whatever was exported before (src/kernel/step.test.ts, stepSession.test.ts, every example's STEP before and after); scripts cannot reach it",
  "src/modelscript/python/runtime.ts#prelude": "the Python runtime's text read once from a fixed file (runtime.js) in the package: a constant no script can reach or change",
  "src/build/pool/slot/runJob.ts#compiledScripts": "the CompiledScript made from a script's data the slot keeps for the pool (slot/keptScripts.ts: frozen, the pool's), keyed weakly by that data: a function of it alone, never handed to a script",
  "src/modelscript/compiledPrelude.ts#compiling": "the Python runtime compiled once from that fixed text (a promise of a frozen object of strings): the same for every script, computed by the host before any script runs, never handed to a script (each evaluation runs its own copy of the code)",
};

/** The repository-relative paths of partforge's own modules in the slot bundle. */
async function slotModules(): Promise<string[]> {
  const result = await build({ entryPoints: [ROOT + SLOT_ENTRY], bundle: true, platform: "node", format: "esm", target: "node20", write: false, metafile: true, packages: "external", logLevel: "silent" });
  return Object.keys(result.metafile.inputs)
    .map((input) => (input.startsWith("/") ? input.slice(ROOT.length) : input))
    .filter((input) => input.startsWith("src/"))
    .sort();
}

describe("module state in script-reachable code", () => {
  it("checks every layer a script reaches: api, kernel, modelscript, the slot runtime, results, exporters and errors", async () => {
    const modules = await slotModules();
    for (const expected of ["src/api/sketch.ts", "src/api/options.ts", "src/kernel/scope.ts", "src/modelscript/params.ts", "src/build/pool/slot/runJob.ts", "src/build/resultParts.ts", "src/build/exportParts.ts", "src/exporters/gltf.ts", "src/shared/errors.ts"]) {
      assert.ok(modules.includes(expected), `${expected} is not in the slot bundle: ${modules.join(", ")}`);
    }
    assert.ok(!modules.some((module) => module.startsWith("src/http/") || module.startsWith("src/store/")), "the slot bundle holds HTTP or store code");
  });

  it("finds no module-level mutable state outside the reviewed allow-list", async () => {
    const unreviewed: string[] = [];
    const seen = new Set<string>();
    for (const module of await slotModules()) {
      for (const finding of findModuleState(module, await readFile(ROOT + module, "utf8"))) {
        const key = `${module}#${finding.name}`;
        seen.add(key);
        if (ALLOWED[key] === undefined) unreviewed.push(`${module}:${finding.line} ${finding.kind} ${finding.name}`);
      }
    }
    assert.deepEqual(unreviewed, [], "module-level mutable state a build could leave for the next one: move it into the build's scope, or review it onto ALLOWED with a reason");
    const stale = Object.keys(ALLOWED).filter((key) => !seen.has(key));
    assert.deepEqual(stale, [], "allow-list entries for state that no longer exists: remove them");
  });
});

describe("the module-state finder", () => {
  it("reports top-level let and var, mutable static fields, and containers a function writes", () => {
    const source = [
      "let counter = 0;",
      "var legacy;",
      "const cache = new Map<string, number>();",
      "const list: number[] = [];",
      "const table = { a: 1 };",
      "export class Thing { static shared = 1; static readonly fixed = 2; }",
      "export function remember(key: string) { cache.set(key, 1); list.push(1); table.a++; }",
    ].join("\n");
    assert.deepEqual(
      findModuleState("x.ts", source).map((finding) => `${finding.kind} ${finding.name}`),
      ["let counter", "var legacy", "container written after load cache", "container written after load list", "container written after load table", "static field Thing.shared"],
    );
  });

  it("accepts constants, frozen tables, tables filled while the module loads, and function-local state", () => {
    const source = [
      "const NAMES = new Set(['a', 'b']);",
      "const TABLE = Object.freeze({ a: 1 });",
      "const BUILT: Record<string, number> = {};",
      "for (const name of NAMES) BUILT[name] = 1;",
      "export function f() { let local = 0; const seen = new Map(); seen.set(1, 2); local++; return NAMES.has('a') ? local : BUILT.a; }",
    ].join("\n");
    assert.deepEqual(findModuleState("y.ts", source), []);
  });
});
