import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PartforgeError } from "../../shared/errors.ts";
import { BoxSelector } from "./boxSelector.ts";
import { StringSyntaxSelector, compileSelector } from "./compile.ts";
import { AndSelector, InverseSelector, Selector, SubtractSelector, SumSelector } from "./selector.ts";
import { cornerCube, fake, names, unitCube, type Fake } from "./testFixtures.ts";

const select = (selector: string, objects: readonly Fake[]): Fake[] => compileSelector(selector).filter(objects);
const S = (text: string) => new StringSyntaxSelector(text);

describe("Selector and its combinators", () => {
  it("keeps everything with the base Selector, as CadQuery's does", () => {
    const faces = unitCube().faces;
    assert.deepEqual(new Selector().filter(faces), faces);
    assert.notEqual(new Selector().filter(faces), faces);
  });

  it("combines with and(), or(), minus() and not() like the and / or / exc / not keywords", () => {
    const faces = cornerCube().faces;
    assert.deepEqual(names(S("#Z").and(S(">X")).filter(faces)), ["+X"]);
    assert.deepEqual(names(S(">Z").or(S("<Z")).filter(faces)), ["+Z", "-Z"]);
    assert.deepEqual(names(S("#Z").minus(S(">X")).filter(faces)), ["+Y", "-X", "-Y"]);
    assert.deepEqual(names(S(">Z").not().filter(faces)), ["+X", "+Y", "-X", "-Y", "-Z"]);
  });

  it("returns results in a fixed order: the left operand's, then the right's new objects", () => {
    const faces = cornerCube().faces;
    assert.deepEqual(S("<Z or >Z").filter(faces).map((f) => f.name), ["-Z", "+Z"]);
    assert.deepEqual(S(">Z or <Z").filter(faces).map((f) => f.name), ["+Z", "-Z"]);
    assert.deepEqual(S("not >Z").filter(faces).map((f) => f.name), ["-X", "+X", "-Y", "+Y", "-Z"]);
  });

  it("compares objects by identity and drops duplicates, like CadQuery's set operations", () => {
    const a = fake("a", "vertex", "VERTEX", [0, 0, 0]);
    const twin = fake("a", "vertex", "VERTEX", [0, 0, 0]);
    assert.deepEqual(S(">Z or <Z").filter([a, twin]), [a, twin]);
    assert.deepEqual(S(">Z or <Z").filter([a, a]), [a]);
    assert.deepEqual(new InverseSelector(S("|Z")).filter([a, a]), [a]);
  });

  it("applies the grammar's precedence when filtering", () => {
    const faces = cornerCube().faces;
    // and before or: >Z or (<Z and %CYLINDER) keeps the top; (>Z or <Z) and %CYLINDER would keep nothing
    assert.deepEqual(names(select(">Z or <Z and %CYLINDER", faces)), ["+Z"]);
    // not loosest: not (>Z and <Z) keeps all 6; (not >Z) and <Z would keep only the bottom
    assert.equal(select("not >Z and <Z", faces).length, 6);
    assert.deepEqual(names(select("(not >Z) and <Z", faces)), ["-Z"]);
    // or before exc: %PLANE exc (>Z or <Z) keeps 4; (%PLANE exc >Z) or <Z would keep 5
    assert.equal(select("%PLANE exc >Z or <Z", faces).length, 4);
  });

  it("refuses operands that are not selectors", () => {
    assert.throws(
      () => new AndSelector(S(">Z"), ">X" as never),
      (e: unknown) => e instanceof PartforgeError && /AndSelector: right must be a Selector; got ">X"/.test(e.message),
    );
    assert.throws(() => new InverseSelector(undefined as never), /InverseSelector: selector must be a Selector; got undefined/);
  });

  it("prints combinations in selector-string spelling", () => {
    assert.equal(String(new SubtractSelector(new SumSelector(S(">Z"), S("<Z")), new InverseSelector(S("|X")))), "((>Z or <Z) exc (not |X))");
  });

  describe("ported from CadQuery tests/test_selectors.py", () => {
    // testAndSelector
    it("intersects |X with a box above z = 0.1 to the 2 top X edges, and >X with >Y to 2 vertices", () => {
      const c = unitCube();
      const box = new BoxSelector([-2, -2, 0.1], [2, 2, 2]);
      assert.equal(new AndSelector(S("|X"), box).filter(c.edges).length, 2);
      assert.equal(S("|X").and(box).filter(c.edges).length, 2);
      assert.equal(select(">X and >Y", c.vertices).length, 2);
    });

    // testSumSelector
    it("unites >Z and <Z to 2 faces, |X and |Y to 8 edges", () => {
      const c = unitCube();
      assert.equal(new SumSelector(S(">Z"), S("<Z")).filter(c.faces).length, 2);
      assert.equal(new SumSelector(S("|X"), S("|Y")).filter(c.edges).length, 8);
      assert.equal(S(">Z").or(S("<Z")).filter(c.faces).length, 2);
      assert.equal(select(">Z or <Z", c.faces).length, 2);
      assert.equal(select("|X or |Y", c.edges).length, 8);
    });

    // testSubtractSelector
    it("subtracts >X from #Z to 3 faces", () => {
      const c = unitCube();
      assert.equal(new SubtractSelector(S("#Z"), S(">X")).filter(c.faces).length, 3);
      assert.equal(S("#Z").minus(S(">X")).filter(c.faces).length, 3);
      assert.equal(select("#Z exc >X", c.faces).length, 3);
      assert.equal(select("#Z except >X", c.faces).length, 3);
    });

    // testInverseSelector
    it("inverts >Z to 5 faces, and >X among the top face's edges to 3", () => {
      const c = unitCube();
      const topEdges = c.edges.filter((e) => e.center()[2] === 1);
      assert.equal(new InverseSelector(S(">Z")).filter(c.faces).length, 5);
      assert.equal(new InverseSelector(S(">X")).filter(topEdges).length, 3);
      assert.equal(S(">Z").not().filter(c.faces).length, 5);
      assert.equal(select("not >Z", c.faces).length, 5);
      assert.equal(select("not >X", topEdges).length, 3);
    });

    // testComplexStringSelector
    it("selects 4 vertices with (>X and >Y) or (<X and <Y)", () => {
      assert.equal(select("(>X and >Y) or (<X and <Y)", unitCube().vertices).length, 4);
    });
  });
});
