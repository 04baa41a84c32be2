import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PartforgeError } from "../../shared/errors.ts";
import { formatSelectorAst } from "./ast.ts";
import { MAX_SELECTOR_DEPTH, parseSelector } from "./parse.ts";

/** The canonical, fully parenthesised text of a selector's tree. */
const canonical = (selector: string): string => formatSelectorAst(parseSelector(selector));

function assertSyntaxError(selector: string, column: number, expected: RegExp): void {
  assert.throws(
    () => parseSelector(selector),
    (error: unknown) => {
      assert.ok(error instanceof PartforgeError, `expected a PartforgeError, got ${String(error)}`);
      assert.equal(error.code, "SELECTOR_SYNTAX");
      assert.deepEqual(error.details, { selector, column });
      assert.match(error.message, expected);
      assert.ok(error.message.includes(`at column ${column}`), error.message);
      const [, shown, caret] = error.message.split("\n");
      assert.equal(shown, `  ${selector}`);
      assert.equal(caret, `  ${" ".repeat(column - 1)}^`);
      return true;
    },
  );
}

describe("parseSelector", () => {
  describe("atoms", () => {
    it("reads >Z and <Z as min/max along a named axis without an index", () => {
      assert.deepEqual(parseSelector(">Z"), {
        type: "minMax",
        operator: ">",
        direction: { kind: "axis", axis: "Z", vector: [0, 0, 1] },
        index: null,
        start: 0,
        end: 2,
      });
      assert.equal(canonical("<Z"), "<Z");
    });

    it("reads the index of >Z[-2], <X[1] and >Z[0]", () => {
      for (const [text, index] of [[">Z[-2]", -2], ["<X[1]", 1], [">Z[0]", 0], [">(1,4,55.)[20]", 20]] as const) {
        const node = parseSelector(text);
        assert.equal(node.type, "minMax");
        assert.equal(node.type === "minMax" && node.index, index);
        assert.equal(node.end, text.length);
      }
    });

    it("reads |Z as parallel, #Z as perpendicular, +Z / -Z / Z as aligned", () => {
      assert.equal(parseSelector("|Z").type, "parallel");
      assert.equal(parseSelector("#Z").type, "perpendicular");
      for (const [text, operator] of [["+Z", "+"], ["-Z", "-"], ["Z", null]] as const) {
        const node = parseSelector(text);
        assert.equal(node.type, "aligned");
        assert.equal(node.type === "aligned" && node.operator, operator);
      }
    });

    it("reads the diagonal axes XY, XZ, YZ as unnormalised vectors, longest name first", () => {
      const node = parseSelector(">XY");
      assert.equal(node.type === "minMax" && node.direction.kind === "axis" && node.direction.axis, "XY");
      assert.deepEqual(node.type === "minMax" && node.direction.vector, [1, 1, 0]);
      assert.equal(canonical("|XZ"), "|XZ");
      assert.equal(canonical("#YZ"), "#YZ");
    });

    it("reads vectors with signs, decimals, trailing points and spaces between tokens", () => {
      const node = parseSelector("|(-1, -0.1 , 2. )");
      assert.equal(node.type, "parallel");
      assert.deepEqual(node.type === "parallel" && node.direction, { kind: "vector", vector: [-1, -0.1, 2] });
      assert.equal(canonical(">(1,0,1)"), ">(1,0,1)");
      assert.equal(canonical("#(1.,1.4114,-0.532)"), "#(1,1.4114,-0.532)");
      assert.equal(canonical("|(+1,1,0)"), "|(1,1,0)");
    });

    it("reads >> and << as centre-nth with or without an index", () => {
      const node = parseSelector("<<Z[2]");
      assert.equal(node.type, "centerNth");
      assert.equal(node.type === "centerNth" && node.operator, "<<");
      assert.equal(node.type === "centerNth" && node.index, 2);
      const noIndex = parseSelector(">>(1,1,0)");
      assert.equal(noIndex.type === "centerNth" && noIndex.index, null);
    });

    it("reads %TYPE case-insensitively and normalises it to upper case", () => {
      for (const text of ["%PLANE", "%plane", "%Plane", "% cylinder", "%BSPLINE", "%Ellipse", "%OTHER"]) {
        const node = parseSelector(text);
        assert.equal(node.type, "geomType");
        assert.equal(node.type === "geomType" && node.geomType, text.slice(1).trim().toUpperCase());
      }
    });

    it("reads the six named views", () => {
      for (const view of ["front", "back", "left", "right", "top", "bottom"]) {
        assert.deepEqual(parseSelector(view), { type: "namedView", view, start: 0, end: view.length });
      }
    });

    it("allows whitespace around and between tokens", () => {
      assert.equal(canonical("  > Z [ - 2 ]  "), ">Z[-2]");
      assert.equal(canonical("+X "), "+X");
      assert.equal(canonical("\t|Z\n"), "|Z");
    });
  });

  describe("operators and precedence (CadQuery: and > or > exc > not)", () => {
    it("binds and tighter than or: >Z or <Z and %PLANE", () => {
      assert.equal(canonical(">Z or <Z and %PLANE"), "(>Z or (<Z and %PLANE))");
      assert.equal(canonical(">Z and <Z or %PLANE"), "((>Z and <Z) or %PLANE)");
    });

    it("binds or tighter than exc: a exc b or c is a exc (b or c)", () => {
      assert.equal(canonical(">Z exc %PLANE"), "(>Z exc %PLANE)");
      assert.equal(canonical(">Z exc <Z or %PLANE"), "(>Z exc (<Z or %PLANE))");
      assert.equal(canonical(">Z or <Z exc %PLANE"), "((>Z or <Z) exc %PLANE)");
      assert.equal(canonical("|X except >Z"), "(|X exc >Z)");
    });

    it("binds not loosest, so it negates everything after it", () => {
      assert.equal(canonical("not(|Z)"), "(not |Z)");
      assert.equal(canonical("not >Z and <Z"), "(not (>Z and <Z))");
      assert.equal(canonical("not >Z exc <Z or |X"), "(not (>Z exc (<Z or |X)))");
      assert.equal(canonical("not not >Z"), "(not (not >Z))");
    });

    it("associates binary operators to the left", () => {
      assert.equal(canonical(">X and >Y and >Z"), "((>X and >Y) and >Z)");
      assert.equal(canonical("|X or |Y or |Z"), "((|X or |Y) or |Z)");
      assert.equal(canonical(">X exc >Y exc >Z"), "((>X exc >Y) exc >Z)");
    });

    it("lets parentheses override precedence and accepts not inside them", () => {
      assert.equal(canonical("(>Z or <Z) and %PLANE"), "((>Z or <Z) and %PLANE)");
      assert.equal(canonical(">Z and (not <Z)"), "(>Z and (not <Z))");
      assert.equal(canonical("((>Z))"), ">Z");
      assert.equal(canonical("((1,0,0))"), "(1,0,0)");
      assert.equal(canonical("(+Z or -Z)"), "(+Z or -Z)");
    });

    it("does not need spaces around operators, as in CadQuery", () => {
      assert.equal(canonical(">Zand<Z"), "(>Z and <Z)");
      assert.equal(canonical("not(>X)or|Y"), "(not (>X or |Y))");
    });

    it("records where each node is in the string", () => {
      const node = parseSelector(">Z or <Z and %PLANE");
      assert.equal(node.type, "or");
      if (node.type !== "or") return;
      assert.deepEqual([node.start, node.end], [0, 19]);
      assert.deepEqual([node.right.start, node.right.end], [6, 19]);
    });

    // CadQuery tests/test_selectors.py::testGrammar: every expression parses
    it("parses every expression of CadQuery's testGrammar", () => {
      const expressions = [
        "+X ",
        "-Y",
        "|(1,0,0)",
        "|(-1, -0.1 , 2. )",
        "#(1.,1.4114,-0.532)",
        "%Plane",
        ">XZ",
        "<Z[-2]",
        "<<Z[2]",
        ">>(1,1,0)",
        ">(1,4,55.)[20]",
        "|XY",
        "<YZ[0]",
        "front",
        "back",
        "left",
        "right",
        "top",
        "bottom",
        "not |(1,1,0) and >(0,0,1) or XY except >(1,1,1)[-1]",
        "(not |(1,1,0) and >(0,0,1)) exc XY and (Z or X)",
        "not ( <X or >X or <Y or >Y )",
      ];
      for (const expression of expressions) assert.doesNotThrow(() => parseSelector(expression), expression);
      assert.equal(canonical(expressions[19]!), "(not (((|(1,1,0) and >(0,0,1)) or XY) exc >(1,1,1)[-1]))");
      assert.equal(canonical(expressions[20]!), "((not (|(1,1,0) and >(0,0,1))) exc (XY and (Z or X)))");
    });

    it("round-trips its canonical form", () => {
      for (const text of [">Z or <Z and %PLANE", "not >Z exc <<(1,-2.5,0)[3]", "(front or top) and #XY"]) {
        assert.equal(canonical(canonical(text)), canonical(text));
      }
    });
  });

  describe("syntax errors", () => {
    it("rejects an unknown axis after > at column 2", () => {
      assertSyntaxError(">W", 2, /expected an axis X, Y, Z, XY, XZ, YZ or a vector \(x,y,z\) after ">"/);
    });

    it("rejects a two-component vector at the closing parenthesis, column 6", () => {
      assertSyntaxError(">(1,0)", 6, /expected "," and the z coordinate of the vector/);
    });

    it("rejects an index cut short at column 4", () => {
      assertSyntaxError(">Z[", 4, /expected a whole-number index such as 0, 1 or -1/);
    });

    it("rejects a non-numeric index at column 4", () => {
      assertSyntaxError(">Z[a]", 4, /expected a whole-number index/);
    });

    it("rejects a % without a type at column 2", () => {
      assertSyntaxError("%", 2, /expected a geometry type after "%": PLANE, CYLINDER/);
    });

    it("rejects an operator with nothing on its left at column 1", () => {
      assertSyntaxError("and >Z", 1, /expected a selector such as >Z.* before "and"/);
      assertSyntaxError("or", 1, /before "or"/);
    });

    it("rejects an unclosed parenthesis at the end, column 4", () => {
      assertSyntaxError("(>Z", 4, /unclosed "\(" \(column 1\): expected "\)"/);
    });

    it("rejects the empty string at column 1 and a blank one after the blanks", () => {
      assertSyntaxError("", 1, /the selector is empty; expected a selector such as >Z/);
      assertSyntaxError("   ", 4, /the selector is empty/);
    });

    it("rejects a missing operand after an operator at the end", () => {
      assertSyntaxError(">Z or", 6, /expected a selector after "or", but the selector ended/);
      assertSyntaxError("not", 4, /expected a selector after "not"/);
    });

    it("rejects two selectors without an operator between them", () => {
      assertSyntaxError(">Z >X", 4, /expected "and", "or", "exc" or the end of the selector/);
      assertSyntaxError("(>Z >X)", 5, /expected "and", "or", "exc" or "\)"/);
    });

    it("rejects not after a binary operator, as CadQuery's grammar does, and shows the fix", () => {
      assertSyntaxError(">Z and not <Z", 8, /write e\.g\. ">Z and \(not <Z\)"/);
      assertSyntaxError(">Z not <Z", 4, /"not" negates everything after it/);
    });

    it("rejects lower-case axes and upper-case operators with a hint", () => {
      assertSyntaxError(">z", 2, /axes are upper-case: write Z/);
      assertSyntaxError("|x", 2, /axes are upper-case: write X/);
      assertSyntaxError("z", 1, /axes are upper-case: write Z/);
      assertSyntaxError(">Z AND <Z", 4, /operators are lower-case: write "and"/);
      assertSyntaxError("NOT >Z", 1, /operators are lower-case: write "not"/);
    });

    it("rejects unknown names glued to known ones instead of splitting them", () => {
      assertSyntaxError(">XYZ", 2, /unknown axis "XYZ"/);
      assertSyntaxError("%PLANEX", 2, /unknown geometry type "PLANEX" \(did you mean PLANE\?\)/);
      assertSyntaxError("%SPHER", 2, /did you mean SPHERE\?/);
      assertSyntaxError("fronts", 1, /found "fronts"/);
    });

    it("rejects an index on selectors that take none", () => {
      assertSyntaxError("+Z[1]", 3, /an index \[n\] can only follow a >, <, >> or << selector/);
      assertSyntaxError("%PLANE[0]", 7, /an index \[n\] can only follow/);
    });

    it("rejects numbers outside CadQuery's number syntax", () => {
      assertSyntaxError(">(.5,0,0)", 3, /expected a number such as 1, -0.5 or 2. for the x coordinate/);
      assertSyntaxError(">(1e3,0,0)", 4, /expected "," and the y coordinate/);
      assertSyntaxError(">Z[1.5]", 5, /expected "\]" to close the index/);
      assertSyntaxError(">Z[+1]", 4, /expected a whole-number index/);
    });

    it("rejects an unclosed vector and the zero vector", () => {
      assertSyntaxError(">(1,0,0", 8, /expected "\)" to close the vector \(x,y,z\) that starts at column 2/);
      assertSyntaxError("|(0,0,0)", 2, /the vector \(0,0,0\) has no direction/);
    });

    it("rejects text that starts no selector", () => {
      assertSyntaxError("foo", 1, /expected a selector such as >Z, <X\[1\], \|Z, #Y, \+Z, %PLANE or top, found "foo"/);
      assertSyntaxError(">Z or ?", 7, /found "\?"/);
    });

    it("refuses nesting deeper than the limit instead of exhausting the stack", () => {
      const refusedAt = (selector: string, column: number) =>
        assert.throws(() => parseSelector(selector), (error: PartforgeError) => {
          assert.equal(error.code, "SELECTOR_SYNTAX");
          assert.equal(error.details?.["column"], column);
          assert.match(error.message, /nests parentheses or "not" more than 64 deep/);
          return true;
        });
      refusedAt(`${"(".repeat(MAX_SELECTOR_DEPTH + 1)}>Z${")".repeat(MAX_SELECTOR_DEPTH + 1)}`, MAX_SELECTOR_DEPTH + 1);
      refusedAt(`${"not ".repeat(100_000)}>Z`, 4 * MAX_SELECTOR_DEPTH + 1);
      assert.equal(canonical(`${"(".repeat(MAX_SELECTOR_DEPTH)}>Z${")".repeat(MAX_SELECTOR_DEPTH)}`), ">Z");
    });

    it("shows an excerpt around the column of a long selector", () => {
      const long = `${">Z or ".repeat(30)}>W`;
      assert.throws(() => parseSelector(long), (error: PartforgeError) => {
        const [first, shown, caret] = error.message.split("\n");
        assert.match(first!, /^invalid selector: expected an axis .* at column 182$/);
        assert.equal(shown, `  …${long.slice(121)}`);
        assert.equal(caret!.indexOf("^") - 2, 61);
        assert.equal(shown!.slice(2)[61], "W");
        return true;
      });
    });

    it("shows control characters as spaces so the caret stays aligned", () => {
      assert.throws(() => parseSelector(">Z\tor\t?"), (error: PartforgeError) => {
        assert.equal(error.message.split("\n")[1], "  >Z or ?");
        assert.equal(error.message.split("\n")[2], "        ^");
        return true;
      });
    });
  });
});
