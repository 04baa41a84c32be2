/**
 * The native benchmark's like-for-like groups are declared in the native references
 * (`# like-for-like: no (<kind>) — <reason>`, bench/native/likeForLike.ts) and checked here against
 * the ports: a port that runs a detectable kind of work (the constraint solver: `.solve(`) must
 * have a reference marked with that kind, and a reference so marked must belong to such a port.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { detectedKinds, markerProblems, parseLikeForLike } from "../../bench/native/likeForLike.ts";

const HERE = new URL(".", import.meta.url).pathname;
const ports = readdirSync(join(HERE, "ports")).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort();
const natives = readdirSync(join(HERE, "native")).filter((f) => f.endsWith(".py") && !f.startsWith("_")).map((f) => f.slice(0, -3)).sort();

describe("native references clean as partforge cleans", () => {
  const scripts = ["native", "examples-native"].flatMap((dir) =>
    readdirSync(join(HERE, dir)).filter((f) => f.endsWith(".py")).map((f) => ({ file: `${dir}/${f}`, source: readFileSync(join(HERE, dir, f), "utf8") })));

  it("no reference calls FreeCAD's removeSplitter, a face uniter partforge does not run", () => {
    assert.ok(scripts.length > 90, `only ${scripts.length} scripts read`);
    assert.deepEqual(scripts.filter((s) => /\.removeSplitter\s*\(/.test(s.source)).map((s) => s.file), []);
  });

  it("partforge's booleans, its clean() and _ref.clean all make CadQuery's clean() call", () => {
    const kernel = readFileSync(join(HERE, "..", "..", "src", "kernel", "operations.ts"), "utf8");
    assert.doesNotMatch(kernel, /\.SimplifyResult\(/, "booleans clean with the unifier CadQuery calls, not the builder's SimplifyResult");
    const unifiers = kernel.match(/new oc\.ShapeUpgrade_UnifySameDomain\([^)]*\)/g) ?? [];
    assert.deepEqual(unifiers, ["new oc.ShapeUpgrade_UnifySameDomain(shape, true, true, true)"]);
    assert.match(kernel, /unified\(oc, keep, keep\(builder\.Shape\(\)\)\)/, "booleanOperation no longer cleans with unified(): update _ref.clean");
    assert.match(kernel, /AllowInternalEdges\(false\)/);
    assert.doesNotMatch(kernel, /SetAngularTolerance|SetLinearTolerance/);
    const ref = readFileSync(join(HERE, "native", "_ref.py"), "utf8");
    const body = /def clean\(shape\):[\s\S]*?return unifier\.shape\(\)/.exec(ref);
    assert.ok(body, "_ref.py has no clean");
    assert.match(body[0], /UnifySameDomain\(shape, True, True, True\)/);
    assert.match(body[0], /allowInternalEdges\(False\)/);
    assert.doesNotMatch(body[0], /setAngularTolerance|setLinearTolerance/);
    assert.deepEqual(scripts.filter((s) => /boolean_clean\s*\(/.test(s.source)).map((s) => s.file), [], "no reference cleans with a tolerance partforge does not use");
  });
});

describe("like-for-like markers of the native references", () => {
  it("every native reference's marker parses, and agrees with what its port runs", () => {
    const problems: string[] = [];
    for (const name of natives) {
      const marker = parseLikeForLike(readFileSync(join(HERE, "native", `${name}.py`), "utf8"), `native/${name}.py`);
      const port = join(HERE, "ports", `${name}.ts`);
      if (!existsSync(port)) {
        if (marker !== undefined) problems.push(`${name}: marked but has no port`);
        continue;
      }
      problems.push(...markerProblems(name, readFileSync(port, "utf8"), marker));
    }
    assert.deepEqual(problems, []);
  });

  it("marks the assembly and sketch solver programs (and only those) as not like for like", () => {
    const marked = natives.filter((name) => parseLikeForLike(readFileSync(join(HERE, "native", `${name}.py`), "utf8"))?.kind === "solver");
    const solving = ports.filter((name) => detectedKinds(readFileSync(join(HERE, "ports", `${name}.ts`), "utf8")).includes("solver"));
    assert.deepEqual(marked, solving);
    assert.ok(marked.includes("assy-axis-cones") && marked.includes("primer-assembly-constraint-tags") && marked.includes("sketch-constraint-based"), marked.join(", "));
    assert.ok(!marked.includes("primer-assembly") && !marked.includes("assy-object-locations"), "placed (unsolved) assemblies are not in the solver group");
    assert.ok(marked.length >= 14, `only ${marked.length} marked`);
  });

  it("marks the placed (unsolved) assemblies, and only those, as writing a STEP document the reference does not", () => {
    const marked = natives.filter((name) => parseLikeForLike(readFileSync(join(HERE, "native", `${name}.py`), "utf8"))?.kind === "document");
    assert.deepEqual(marked, ["assy-object-locations", "primer-assembly"]);
    assert.deepEqual(detectedKinds("const a = Assembly(box);\nreturn a;"), ["document"]);
    assert.deepEqual(detectedKinds("const a = Assembly(box);\na.solve();"), ["solver"]);
    assert.deepEqual(detectedKinds("return Workplane().box(1, 1, 1);"), []);
  });

  it("parses a marker, and no marker as like for like", () => {
    assert.equal(parseLikeForLike("from _ref import *\nreport(lambda: box(1, 1, 1))\n"), undefined);
    assert.deepEqual(parseLikeForLike("from _ref import *\n# like-for-like: no (solver) — the port solves; this makes the parts\nreport(f)\n"), { kind: "solver", reason: "the port solves; this makes the parts" });
    assert.deepEqual(parseLikeForLike("# like-for-like: no (solver) - ascii dash   \n"), { kind: "solver", reason: "ascii dash" });
  });

  it("refuses malformed, unknown, empty or repeated markers instead of grouping silently", () => {
    const bad: Array<[string, RegExp]> = [
      ["# like-for-like: no — no kind given\n", /must read/],
      ["# like-for-like: no (solver)\n", /must read/],
      ["# like-for-like: no (solver) — \n", /must read/],
      ["# like-for-like: yes\n", /must read/],
      ["# Like for like: no (solver) — spelt otherwise\n", /must read/],
      ["# like-for-like: no (sewing) — an unknown kind\n", /unknown like-for-like kind "sewing"/],
      ["# like-for-like: no (solver) — one\n# like-for-like: no (solver) — two\n", /line 2: a second like-for-like marker/],
    ];
    for (const [script, error] of bad) assert.throws(() => parseLikeForLike(script, "x.py"), error, script);
  });

  it("reports a solving port with an unmarked reference, and a marked reference whose port does not solve", () => {
    const solving = "export function build() { const a = cq.Assembly(); a.constrain('a', 'b', 'Axis'); a.solve(); return a; }";
    const plain = "export function build() { return cq.Workplane().box(1, 1, 1); }";
    const marker = { kind: "solver" as const, reason: "r" };
    assert.equal(markerProblems("p", solving, undefined).length, 1);
    assert.match(markerProblems("p", solving, undefined)[0]!, /not marked "# like-for-like: no \(solver\)/);
    assert.match(markerProblems("p", plain, marker)[0]!, /marked "like-for-like: no \(solver\)" but the port does not match/);
    assert.deepEqual(markerProblems("p", solving, marker), []);
    assert.deepEqual(markerProblems("p", plain, undefined), []);
    assert.deepEqual(detectedKinds("sketch.solve ()"), ["solver"]);
    assert.deepEqual(detectedKinds("const solver = 1; resolve(x)"), []);
  });
});
