import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PartforgeError } from "../../shared/errors.ts";
import { StringSyntaxSelector, compileSelector, selectorFromAst } from "./compile.ts";
import { DirectionSelector, ParallelDirSelector } from "./directionSelectors.ts";
import { CenterNthSelector, DirectionMinMaxSelector, DirectionNthSelector, RadiusNthSelector } from "./nthSelectors.ts";
import { parseSelector } from "./parse.ts";
import { scriptSelectors } from "./scriptSelectors.ts";
import { Selector } from "./selector.ts";
import { cornerCube, names } from "./testFixtures.ts";

describe("compileSelector", () => {
  it("compiles a string to a StringSyntaxSelector that keeps its text and tree", () => {
    const selector = compileSelector(" >Z[-2] ");
    assert.ok(selector instanceof StringSyntaxSelector);
    assert.equal(selector.selectorString, " >Z[-2] ");
    assert.deepEqual(selector.ast, parseSelector(" >Z[-2] "));
    assert.ok(selector.selector instanceof DirectionNthSelector);
    assert.equal(String(selector), " >Z[-2] ");
  });

  it("returns a Selector object unchanged", () => {
    const selector = new ParallelDirSelector([0, 0, 1]);
    assert.equal(compileSelector(selector), selector);
  });

  it("throws SELECTOR_SYNTAX for a string that does not parse", () => {
    assert.throws(
      () => compileSelector(">W"),
      (e: unknown) => e instanceof PartforgeError && e.code === "SELECTOR_SYNTAX" && (e.details?.["column"] as number) === 2,
    );
  });

  it("refuses values that are neither strings nor selectors", () => {
    for (const value of [undefined, 3, { filter: () => [] }, [">Z"]]) {
      assert.throws(
        () => compileSelector(value as never),
        (e: unknown) => e instanceof PartforgeError && e.code === "SCRIPT_EXCEPTION" && /expected a selector string such as ">Z" or a Selector object/.test(e.message),
      );
    }
  });

  it("maps each atom to CadQuery's selector class", () => {
    const built = (text: string) => selectorFromAst(parseSelector(text));
    assert.ok(built(">Z") instanceof DirectionMinMaxSelector);
    assert.ok(built(">Z[0]") instanceof DirectionNthSelector);
    assert.ok(built(">>Z") instanceof CenterNthSelector);
    assert.equal((built("<<Z") as CenterNthSelector).n, -1);
    assert.equal((built("<<Z") as CenterNthSelector).directionMax, false);
    assert.deepEqual((built("-Z") as DirectionSelector).direction, [-0, -0, -1]);
    assert.deepEqual((built("Z") as DirectionSelector).direction, [0, 0, 1]);
  });

  it("maps the named views to CadQuery's min/max directions: front/back ±Z, right/left ±X, top/bottom ±Y", () => {
    const faces = cornerCube().faces;
    const views = { front: "+Z", back: "-Z", right: "+X", left: "-X", top: "+Y", bottom: "-Y" };
    for (const [view, face] of Object.entries(views)) assert.deepEqual(names(compileSelector(view).filter(faces)), [face], view);
  });
});

describe("scriptSelectors", () => {
  const { RadiusNthSelector: Radius, Selector: ScriptSelector, selectors } = scriptSelectors;

  it("offers CadQuery's eight top-level selector names and every selector class under selectors", () => {
    for (const name of [
      "NearestToPointSelector",
      "ParallelDirSelector",
      "DirectionSelector",
      "PerpendicularDirSelector",
      "TypeSelector",
      "DirectionMinMaxSelector",
      "StringSyntaxSelector",
      "Selector",
    ]) {
      assert.equal(typeof (scriptSelectors as Record<string, unknown>)[name], "function", name);
    }
    assert.equal(selectors.RadiusNthSelector, Radius);
    assert.ok(Object.keys(selectors).length >= 18);
  });

  it("constructs with or without new, and the result is an instance of the class and of Selector", () => {
    const called = (Radius as unknown as (n: number) => RadiusNthSelector)(0);
    const constructed = new Radius(1, { directionMax: false });
    for (const selector of [called, constructed]) {
      assert.ok(selector instanceof RadiusNthSelector);
      assert.ok(selector instanceof Radius);
      assert.ok(selector instanceof Selector);
      assert.ok(selector instanceof ScriptSelector);
    }
    assert.equal(String(called), "RadiusNthSelector(0)");
    assert.equal(Radius.name, "RadiusNthSelector");
  });

  it("lets a script subclass Selector and use its own filter", () => {
    class FirstOnly extends ScriptSelector {
      override filter<T>(objects: readonly T[]): T[] {
        return objects.slice(0, 1);
      }
    }
    const mine = new FirstOnly();
    assert.ok(mine instanceof FirstOnly);
    assert.equal(compileSelector(mine), mine);
    assert.deepEqual(mine.filter([1, 2, 3] as never[]), [1]);
    assert.equal(mine.and(new FirstOnly()).filter(cornerCube().faces).length, 1);
  });

  it("is frozen, with frozen classes and prototypes, so one build cannot change selectors for the next", () => {
    assert.ok(Object.isFrozen(scriptSelectors));
    assert.ok(Object.isFrozen(selectors));
    assert.ok(Object.isFrozen(Radius));
    assert.ok(Object.isFrozen(Selector.prototype));
    assert.ok(Object.isFrozen(RadiusNthSelector.prototype));
    assert.throws(() => {
      (Selector.prototype as unknown as Record<string, unknown>)["filter"] = () => [];
    }, TypeError);
  });
});
