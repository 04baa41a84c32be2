import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse, type Node } from "acorn";
import { stackOverflowsSeen } from "../../shared/stackOverflow.ts";
import { instrumentOwnCode, isInstrumentedSource, SOURCE_DIR } from "./instrumentedPartforge.ts";
import { bundleSlot, type SlotBundle } from "./slotBundle.ts";

type AnyNode = Node & Record<string, unknown>;
const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

const dir = mkdtempSync(join(tmpdir(), "partforge-own-code-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let modules = 0;

/** Instruments `code` as one of partforge's modules and imports it (its hook is this test's stackOverflow.ts). */
async function load(code: string): Promise<Record<string, (...args: unknown[]) => unknown>> {
  const file = join(dir, `own${modules++}.mjs`);
  writeFileSync(file, instrumentOwnCode(code, file));
  return import(pathToFileURL(file).href);
}

function nodes(program: Node, types: ReadonlySet<string>): AnyNode[] {
  const found: AnyNode[] = [];
  const visit = (node: AnyNode) => {
    if (types.has(node.type)) found.push(node);
    for (const [key, child] of Object.entries(node)) {
      if (key === "loc") continue;
      for (const item of Array.isArray(child) ? child : [child]) if (typeof item === "object" && item !== null && typeof item.type === "string") visit(item);
    }
  };
  visit(program as AnyNode);
  return found;
}

/** Whether a function's whole body is `try { … } catch (t) { hook.entered++; hook(t); throw t; }`. */
function reportsWhatLeaves(fn: AnyNode, code: string, hook: string): boolean {
  const body = fn.body as AnyNode;
  if (body.type !== "BlockStatement") return false;
  const statements = body.body as AnyNode[];
  const [only] = statements;
  if (statements.length !== 1 || only?.type !== "TryStatement" || only.finalizer !== null) return false;
  const handler = only.handler as AnyNode;
  const name = (handler.param as AnyNode | null)?.name as string | undefined;
  const text = ((handler.body as { body: AnyNode[] }).body).map((statement) => code.slice(statement.start, statement.end).replace(/\s+/g, " "));
  return name !== undefined && text.join(" ") === `${hook}.entered++; ${hook}(${name}); throw ${name};`;
}

/** A deep object: partforge-like code that copies it recursively overflows the stack. */
function deepObject(): object {
  let deep = {};
  for (let i = 0; i < 100_000; i++) deep = { a: deep };
  return deep;
}

describe("instrumenting partforge's own code", () => {
  it("reports an overflow that leaves one of its functions through V8's promise machinery or an iterator's return", async () => {
    const code = "export function copy(value) { return value === null || typeof value !== 'object' ? value : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])); }\n";
    const { copy } = await load(code);
    const deep = deepObject();
    const overflowing = Reflect.apply.bind(undefined, copy!, undefined, [deep]) as () => unknown;
    const cases: Array<[string, () => Promise<unknown> | void]> = [
      ["executor", () => new Promise(overflowing).catch(() => 0)],
      ["reaction", () => Promise.resolve().then(overflowing).then(undefined, () => 0)],
      ["thenable", () => Promise.resolve({ then: overflowing }).catch(() => 0)],
      ["allSettled", () => Promise.allSettled([new Promise(overflowing)])],
      [
        "iterator return",
        () => {
          const endless = { [Symbol.iterator]: () => ({ next: () => ({ value: 0, done: false }), return: overflowing as () => IteratorResult<number> }) };
          assert.throws(() => {
            for (const _ of endless) throw new Error("leave the loop");
          }, /leave the loop/);
        },
      ],
    ];
    for (const [name, run] of cases) {
      const before = stackOverflowsSeen();
      await run();
      assert.ok(stackOverflowsSeen() > before, `${name}: the overflow was reported`);
    }
    const before = stackOverflowsSeen();
    assert.deepEqual(await new Promise((resolve) => resolve(copy!({ a: { b: 1 } }))), { a: { b: 1 } });
    const throwing = Object.defineProperty({}, "a", { enumerable: true, get: () => { throw new TypeError("ordinary"); } });
    await new Promise(() => copy!(throwing)).catch(() => 0);
    assert.equal(stackOverflowsSeen(), before, "ordinary calls and errors count nothing");
  });

  it("keeps what the code does and where its lines are: functions, arrows, methods, accessors, generators, async functions, constructors", async () => {
    const code = [
      "export const arrow = (x) => ({ x });",
      "export class Base { #v; constructor(v) { this.#v = v; } get v() { return this.#v; } }",
      "export class Derived extends Base { constructor() { super(2); } twice() { return this.v * 2; } static make() { return new Derived(); } }",
      "export function* count(n) { for (let i = 0; i < n; i++) yield i; }",
      "export async function later(x) { await null; if (x) throw new TypeError('bad ' + x); return 'done'; }",
      "export const empty = () => {};",
      "",
    ].join("\n");
    const instrumented = instrumentOwnCode(code, "own.js");
    assert.equal(instrumented.split("\n").length, code.split("\n").length);
    const own = (await load(code)) as unknown as {
      arrow(x: number): unknown;
      Derived: { make(): { twice(): number; v: number } };
      count(n: number): Iterable<number>;
      later(x?: string): Promise<string>;
      empty(): undefined;
    };
    assert.deepEqual(own.arrow(1), { x: 1 });
    assert.equal(own.Derived.make().twice(), 4);
    assert.deepEqual([...own.count(3)], [0, 1, 2]);
    assert.equal(await own.later(), "done");
    await assert.rejects(own.later("x"), /bad x/);
    assert.equal(own.empty(), undefined);
  });

  it("refuses code that names something with partforge's reserved prefix, naming the file and line", () => {
    assert.throws(() => instrumentOwnCode("const a = 1;\nlet __partforge_caught = () => {};\n", "evil.js"), /^Error: evil\.js: line 2: __partforge_caught is reserved/);
  });

  it("instruments partforge's sources, not the hook's own file or other files", () => {
    assert.ok(isInstrumentedSource(join(SOURCE_DIR, "api", "sketch.ts")));
    assert.ok(!isInstrumentedSource(join(SOURCE_DIR, "shared", "stackOverflow.ts")));
    assert.ok(!isInstrumentedSource(join(SOURCE_DIR, "..", "test", "pool", "hostileScripts.ts")));
  });
});

describe("partforge's code in the slot bundle", () => {
  let bundle: SlotBundle;
  let code: string;
  before(async () => {
    bundle = await bundleSlot();
    code = readFileSync(bundle.file, "utf8");
  });
  after(() => bundle?.dispose());

  it("has every non-empty function body of every src/ module but the hook's report what leaves it", () => {
    const markers = [...code.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)];
    const sections = markers.flatMap((marker, i) => {
      const path = marker[1]!;
      return path.startsWith("src/") && path !== "src/shared/stackOverflow.ts" ? [{ path, start: marker.index!, end: markers[i + 1]?.index ?? code.length }] : [];
    });
    assert.ok(sections.some((section) => section.path === "src/api/sketch.ts"), "the bundle holds the modelling API");
    assert.ok(sections.some((section) => section.path === "src/build/pool/slot/confine.ts"), "the bundle holds the slot's globals");
    const hooks = [...code.matchAll(/^var (caughtHook\d*) = Object\.seal\($/gm)];
    assert.equal(hooks.length, 1, "one caughtHook in the bundle");
    const hook = hooks[0]![1]!;
    const program = parse(code, { ecmaVersion: "latest", sourceType: "module" });
    // esbuild's getters of a namespace object (`import * as`): `__export(ns, { name: () => name })`.
    const namespaceGetters = new Set(
      nodes(program, new Set(["CallExpression"]))
        .filter((call) => (call.callee as AnyNode).name === "__export")
        .flatMap((call) => (((call.arguments as AnyNode[])[1]?.properties as AnyNode[] | undefined) ?? []).map((property) => property.value as AnyNode)),
    );
    assert.ok(namespaceGetters.size > 0, "the bundle's namespace objects were found");
    let wrapped = 0;
    const unwrapped: string[] = [];
    for (const fn of nodes(program, FUNCTIONS)) {
      const section = sections.find(({ start, end }) => fn.start >= start && fn.start < end);
      if (section === undefined) continue;
      const body = fn.body as AnyNode;
      if (body.type === "BlockStatement" && (body.body as unknown[]).length === 0) continue;
      if (namespaceGetters.has(fn)) continue;
      // The instrumentation's own inserted catch clauses hold no functions, so every function here is partforge's.
      if (reportsWhatLeaves(fn, code, hook)) wrapped += 1;
      else unwrapped.push(`${section.path}: ${code.slice(fn.start, fn.end).slice(0, 80)}`);
    }
    assert.deepEqual(unwrapped, [], `${unwrapped.length} of partforge's functions do not report what leaves them`);
    assert.ok(wrapped > 2_000, `${wrapped} instrumented functions`);
  });
});
