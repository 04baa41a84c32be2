import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { parse, type Node } from "acorn";
import { decodedMappings } from "@jridgewell/trace-mapping";
import { compileModelScript, type CompiledScript } from "./compile.ts";
import { compiledPrelude } from "./compiledPrelude.ts";
import { locateError } from "./evaluate.ts";
import { CAUGHT_HOOK } from "./instrument.ts";
import { pythonPosition, runtimePrelude, translatePythonScript } from "./python/index.ts";
import { RUNTIME_IMPORT } from "./python/runtime.ts";
import { lines, testScope } from "./testScope.ts";

const ROOT = new URL("../../", import.meta.url);
const SCRIPTS = ["examples/cable-comb.py", "test/python/scripts/parametricparts/hinge.py", "test/python/scripts/cqgi/Ex100_Lego_Brick.py", "test/python/scripts/cqgi/cube_params.py"];
const THROWN = "__partforge_thrown";

type AnyNode = Node & Record<string, unknown>;

/** The translation compiled as one JavaScript text with the prelude in it, as every Python script was compiled before the prelude was compiled once. */
async function compiledAsOneText(source: string, fileName: string): Promise<{ compiled: CompiledScript; preludeTextLines: number; toPython(line: number, column: number): unknown }> {
  const translated = translatePythonScript(source, fileName);
  assert.ok(translated.code.startsWith(RUNTIME_IMPORT));
  const text = RUNTIME_IMPORT + runtimePrelude() + translated.code.slice(RUNTIME_IMPORT.length);
  const compiled = await compileModelScript(text, { language: "js", fileName });
  const preludeTextLines = runtimePrelude().split("\n").length - 1;
  // A position in `text` → the Python source: the import and the prelude have none.
  const toPython = (line: number, column: number) => (line <= 1 + preludeTextLines ? (line === 1 ? pythonPosition(translated, 1, column) : undefined) : pythonPosition(translated, line - preludeTextLines, column));
  return { compiled, preludeTextLines, toPython };
}

/** esbuild renames a local that would shadow a module-level name (`module` → `module2`) only when it sees both in one text. */
const withoutRenames = (line: string) => line.replace(/([A-Za-z_$][\w$]*?)\d+\b/g, "$1");

describe("a Python script compiled with the prelude compiled once", () => {
  it("compiles the prelude once per process: every compile joins the same compiled prelude", async () => {
    const first = await compiledPrelude();
    assert.equal(await compiledPrelude(), first);
    const a = await compileModelScript(lines("UOM = 'mm'", "def build():", "    return 1"), { language: "py" });
    const b = await compileModelScript(lines("def build():", "    x = 2", "    return x"), { language: "py" });
    assert.ok(a.code.includes(first.code) && b.code.includes(first.code), "the compiled prelude is in both scripts' code");
    assert.ok(first.lineCount > 1000);
  });

  it("hashes the runtime with the translation, so a new runtime or translator does not reuse what an older one built", async () => {
    const source = lines("def build():", "    return 1");
    const compiled = await compileModelScript(source, { language: "py" });
    const translated = translatePythonScript(source, "model.py");
    assert.equal(compiled.sha256, createHash("sha256").update("py\n" + runtimePrelude() + translated.code).digest("hex"));
    assert.ok(compiled.virtualFileName.includes(compiled.sha256.slice(0, 16)));
  });

  for (const path of SCRIPTS) {
    it(`produces the code and source map that compiling prelude and script as one text does (${path})`, async () => {
      const source = readFileSync(new URL(path, ROOT), "utf8");
      const joined = await compileModelScript(source, { language: "py", fileName: "model.py" });
      const { compiled: whole, toPython } = await compiledAsOneText(source, "model.py");
      const joinedLines = joined.code.split("\n");
      const wholeLines = whole.code.split("\n");
      assert.equal(joinedLines.length, wholeLines.length);
      const prelude = await compiledPrelude();
      const preludeStart = joinedLines.indexOf(prelude.code.split("\n")[0]!);
      assert.ok(preludeStart > 0);
      joinedLines.forEach((line, index) => {
        const inPrelude = index >= preludeStart && index < preludeStart + prelude.lineCount;
        if (inPrelude) assert.equal(withoutRenames(line), withoutRenames(wholeLines[index]!), `line ${index + 1}`);
        else assert.equal(line, wholeLines[index], `line ${index + 1}`);
      });
      // The map is the whole text's map composed with the translator's: each segment with a Python position, the others dropped.
      const joinedMap = decodedMappings(joined.sourceMap);
      const wholeMap = decodedMappings(whole.sourceMap);
      let mapped = 0;
      wholeLines.forEach((_, index) => {
        const expected = (wholeMap[index] ?? []).flatMap((segment) => {
          const at = segment.length < 4 ? undefined : toPython(segment[2]! + 1, segment[3]! + 1);
          return at === undefined ? [] : [[segment[0], at]];
        });
        const actual = (joinedMap[index] ?? []).map((segment) => [segment[0], { line: segment[2]! + 1, column: segment[3]! + 1 }]);
        assert.deepEqual(actual, expected, `line ${index + 1}`);
        mapped += actual.length;
      });
      assert.ok(mapped > 20, `${mapped} segments map to the Python source`);
      const exportLocations = [...whole.exportLocations].map(([name, at]) => [name, toPython(at.line, at.column)] as const);
      assert.deepEqual(joined.exportLocations, new Map(exportLocations.filter(([, at]) => at !== undefined)));
    });
  }

  it("instruments every function body, catch clause and finally block of both the prelude and the script", async () => {
    const source = lines(
      "def f(n):",
      "    try:",
      "        return [g(x) for x in range(n)]",
      "    except ValueError:",
      "        return None",
      "    finally:",
      "        pass",
      "def g(x):",
      "    return (lambda y: y + 1)(x)",
      "def build():",
      "    return f(3)",
    );
    const compiled = await compileModelScript(source, { language: "py" });
    const prelude = await compiledPrelude();
    const preludeStart = compiled.code.split("\n").indexOf(prelude.code.split("\n")[0]!) + 1;
    const region = (node: AnyNode) => (node.loc!.start.line >= preludeStart && node.loc!.start.line < preludeStart + prelude.lineCount ? "prelude" : "script");
    const checked = { prelude: 0, script: 0 };
    walk(parse(compiled.code, { ecmaVersion: "latest", sourceType: "script", locations: true }) as unknown as AnyNode, undefined, (node, parent) => {
      const problem = uninstrumented(node, parent);
      assert.equal(problem, undefined, `${problem} at line ${node.loc!.start.line}, in the ${region(node)}`);
      if (isFunction(node) || node.type === "CatchClause") checked[region(node)] += 1;
    });
    assert.ok(checked.prelude > 500 && checked.script >= 5, JSON.stringify(checked));
  });

  it("maps an error raised in the prelude to the script line that called it, and reports a swallowed overflow to the hook", async () => {
    const source = lines(
      "def deeper(n):",
      "    return deeper(n + 1)",
      "def build():",
      "    try:",
      "        deeper(0)",
      "    except RecursionError:",
      "        pass",
      "    return 1 // 0",
    );
    const compiled = await compileModelScript(source, { language: "py" });
    const seen: unknown[] = [];
    const hook = Object.assign((thrown: unknown) => void seen.push(thrown), { entered: 0 });
    const module = { exports: {} as Record<string, unknown> };
    const body = vm.compileFunction(compiled.code, ["require", "module", "exports", CAUGHT_HOOK], { filename: compiled.virtualFileName });
    body(() => testScope, module, module.exports, hook);
    let thrown: unknown;
    try {
      (module.exports.build as () => unknown)();
    } catch (error) {
      thrown = error;
    }
    assert.equal((thrown as Error).name, "ZeroDivisionError");
    const [, line, column] = /:(\d+):(\d+)\)?$/.exec(String((thrown as Error).stack).split("\n")[1]!)!;
    assert.equal(compiled.originalLocation(Number(line), Number(column)), undefined, "raised in the prelude, which maps to nothing");
    assert.deepEqual(locateError(thrown, compiled), { line: 8, column: 14 }, "at the operator");
    assert.ok(seen.some((value) => value instanceof RangeError), "the overflow the script caught reached the hook");
    assert.ok(hook.entered >= seen.length && seen.length > 0);
  });
});

function isFunction(node: AnyNode): boolean {
  return node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression";
}

/** What is not instrumented about `node`, judged from the syntax tree alone (instrument.ts says what must be). */
function uninstrumented(node: AnyNode, parent: AnyNode | undefined): string | undefined {
  if (isFunction(node)) {
    const body = node.body as AnyNode;
    if (body.type !== "BlockStatement") return "an arrow function with an expression body";
    const statements = body.body as AnyNode[];
    if (statements.length === 0) return undefined;
    const only = statements[0]!;
    if (statements.length !== 1 || only.type !== "TryStatement" || !catchesAs(only, THROWN)) return "a function body not wrapped in the hook's try";
  }
  if (node.type === "CatchClause") {
    const first = ((node.body as AnyNode).body as AnyNode[])[0];
    const reports = first?.type === "ExpressionStatement" && /^__partforge_caught\.entered\+\+$/.test(source(first.expression as AnyNode));
    // `catch ({ … })` stays inside `catch (t) { hook(t); try { throw t; } catch ({ … }) … }`.
    const rethrown = (parent?.block as AnyNode | undefined)?.body as AnyNode[] | undefined;
    const inside = rethrown?.[0]?.type === "ThrowStatement" && source((rethrown[0]!.argument as AnyNode)) === THROWN;
    if (!reports && !inside) return "a catch clause that does not call the hook first";
  }
  if (node.type === "TryStatement" && node.finalizer !== null && ((node.finalizer as AnyNode).body as unknown[]).length > 0 && !catchesAs(node, THROWN)) {
    return "a finally block not preceded by the hook's catch";
  }
  return undefined;
}

function catchesAs(statement: AnyNode, name: string): boolean {
  const param = (statement.handler as AnyNode | null)?.param as AnyNode | null | undefined;
  return param?.type === "Identifier" && param.name === name;
}

/** The few expressions checked here, as text. */
function source(node: AnyNode): string {
  if (node.type === "Identifier") return node.name as string;
  if (node.type === "MemberExpression") return `${source(node.object as AnyNode)}.${source(node.property as AnyNode)}`;
  if (node.type === "UpdateExpression") return `${source(node.argument as AnyNode)}${node.operator as string}`;
  return node.type;
}

function walk(node: AnyNode, parent: AnyNode | undefined, visit: (node: AnyNode, parent: AnyNode | undefined) => void): void {
  visit(node, parent);
  for (const key of Object.keys(node)) {
    if (key === "loc") continue;
    const child = node[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (typeof item === "object" && item !== null && typeof (item as { type?: unknown }).type === "string") walk(item as AnyNode, node, visit);
    }
  }
}
