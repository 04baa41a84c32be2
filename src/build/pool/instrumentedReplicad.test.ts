import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse, type Node } from "acorn";
import { stackOverflowsSeen } from "../../shared/stackOverflow.ts";
import { instrumentedPackageDir, instrumentLibrary } from "./instrumentedReplicad.ts";

type AnyNode = Node & Record<string, unknown>;
const HOOK = "__partforge_caught";

const dir = mkdtempSync(join(tmpdir(), "partforge-instrumented-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let modules = 0;

/** Instruments `code` as a library file and imports it (the hook import resolves to the same stackOverflow.ts as this test's). */
async function load(code: string): Promise<Record<string, (...args: unknown[]) => unknown>> {
  const file = join(dir, `library${modules++}.mjs`);
  writeFileSync(file, instrumentLibrary(code, file));
  return import(pathToFileURL(file).href);
}

/** A function that overflows the stack when called. */
const overflow = (): never => {
  const deeper = (n: number): number => deeper(n + 1) + 1;
  deeper(0);
  throw new Error("the stack did not overflow");
};

function nodes(program: Node, type: string): AnyNode[] {
  const found: AnyNode[] = [];
  const visit = (node: AnyNode) => {
    if (node.type === type) found.push(node);
    for (const [key, child] of Object.entries(node)) {
      if (key === "loc") continue;
      for (const item of Array.isArray(child) ? child : [child]) if (typeof item === "object" && item !== null && typeof item.type === "string") visit(item);
    }
  };
  visit(program as AnyNode);
  return found;
}

/** Whether a catch clause's body starts by reporting what it caught: `hook.entered++; hook(binding);`. */
function reports(clause: AnyNode, code: string): boolean {
  const [first, second] = (clause.body as { body: AnyNode[] }).body;
  const param = clause.param as AnyNode | null;
  if (param?.type !== "Identifier" || first === undefined || second === undefined) return false;
  return code.slice(first.start, first.end) === `${HOOK}.entered++;` && code.slice(second.start, second.end) === `${HOOK}(${param.name as string});`;
}

describe("instrumenting a library's catch clauses", () => {
  it("reports overflows swallowed by a catch with a binding, without one, with a pattern, and under a finally that returns", async () => {
    const library = await load(
      [
        "export function bound(f) { try { return f(); } catch (e) { return 'swallowed'; } }",
        "export function unbound(f) { try { return f(); } catch { return 'swallowed'; } }",
        "export function pattern(f) { try { return f(); } catch ({ message }) { return message; } }",
        "export function discarding(f) { for (;;) { try { return f(); } finally { break; } } return 'discarded'; }",
      ].join("\n"),
    );
    for (const [name, result] of [["bound", "swallowed"], ["unbound", "swallowed"], ["pattern", "Maximum call stack size exceeded"], ["discarding", "discarded"]] as const) {
      const before = stackOverflowsSeen();
      assert.equal(library[name]!(overflow), result, name);
      assert.equal(stackOverflowsSeen(), before + 1, `${name} reported the overflow it swallowed`);
      assert.equal(library[name]!(() => { throw new TypeError("ordinary"); }), name === "pattern" ? "ordinary" : result);
      assert.equal(stackOverflowsSeen(), before + 1, `${name}: an ordinary error counts nothing`);
    }
  });

  it("keeps what the code does, lines included", async () => {
    const code = "export function f(x) {\n  try {\n    if (x) throw new Error('no');\n    return 1;\n  } catch (error) {\n    return error.message;\n  } finally {\n    x = 0;\n  }\n}\n";
    const instrumented = instrumentLibrary(code, "f.js");
    assert.equal(instrumented.split("\n").length, code.split("\n").length);
    const library = await load(code);
    assert.equal(library.f!(false), 1);
    assert.equal(library.f!(true), "no");
  });

  it("refuses code that uses partforge's reserved prefix, which would shadow the hook", () => {
    assert.throws(() => instrumentLibrary(`let ${HOOK} = () => {};`, "evil.js"), /evil\.js uses __partforge/);
  });

  it("instruments every catch clause and non-empty finally of replicad's files", () => {
    const packageDir = instrumentedPackageDir();
    const files = readdirSync(packageDir).filter((name) => name.endsWith(".js"));
    assert.ok(files.includes("replicad.js"), `replicad's ES module entry is in ${packageDir}`);
    let clauses = 0;
    for (const name of files) {
      const code = readFileSync(join(packageDir, name), "utf8");
      const original = parse(code, { ecmaVersion: "latest", sourceType: "module" });
      const catches = nodes(original, "CatchClause").length;
      const finallies = nodes(original, "TryStatement").filter((t) => t.finalizer !== null && ((t.finalizer as AnyNode).body as unknown[]).length > 0).length;
      const instrumented = instrumentLibrary(code, name);
      const edited = parse(instrumented, { ecmaVersion: "latest", sourceType: "module" });
      const reporting = nodes(edited, "CatchClause").filter((clause) => reports(clause, instrumented)).length;
      // Each original clause reports, and each non-empty finally got a reporting clause of its own.
      assert.equal(reporting, catches + finallies, `${name}: ${catches} catch clauses and ${finallies} finally blocks, ${reporting} reporting clauses`);
      clauses += catches;
    }
    assert.ok(clauses >= 18, `replicad's files hold ${clauses} catch clauses; 1.1.0 has 19`);
  });
});
