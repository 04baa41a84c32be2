import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { batchFileNames, MAX_CONFIGURATION_NAME_LENGTH, type NamedConfiguration } from "./batchFileNames.ts";

describe("batchFileNames", () => {
  it("names each file from its preset and its values sorted by parameter name, or 'defaults'", () => {
    assert.deepEqual(
      batchFileNames("Box", ".stl", [{ preset: "short", values: {} }, { values: { p_length: "30", p_holes: 2 } }, { preset: "tall", values: { p_w: true } }, { values: {} }]),
      ["Box-short.stl", "Box-p_holes=2-p_length=30.stl", "Box-tall-p_w=true.stl", "Box-defaults.stl"],
    );
  });

  it("keeps names safe: no path separators, no spaces or quotes", () => {
    const [name] = batchFileNames("Box", ".step", [{ preset: "../../etc/passwd", values: { p_label: 'a "b"\\c/d' } }]);
    assert.equal(name, "Box-.._.._etc_passwd-p_label=a_b_c_d.step");
    assert.doesNotMatch(name!, /[/\\ "]/);
  });

  it("makes repeats unique in order, ignoring case, whatever sanitising merged", () => {
    assert.deepEqual(
      batchFileNames("Box", ".stl", [{ values: { p: "a b" } }, { values: { p: "a/b" } }, { values: { p: "A_B" } }, { values: { p: "a_b" } }]),
      ["Box-p=a_b.stl", "Box-p=a_b-2.stl", "Box-p=A_B-3.stl", "Box-p=a_b-4.stl"],
    );
  });

  it("cuts a long configuration name and ends it in a hash of the whole, so different long names stay different", () => {
    const long = (tail: string) => ({ values: { p_text: `${"x".repeat(200)}${tail}` } });
    const [first, second] = batchFileNames("Box", ".stl", [long("1"), long("2")]);
    assert.equal(first!.length, "Box-".length + MAX_CONFIGURATION_NAME_LENGTH + ".stl".length);
    assert.match(first!, /~[0-9a-f]{8}\.stl$/);
    assert.notEqual(first, second);
  });

  it("gives the same names for the same configurations", () => {
    const configurations: NamedConfiguration[] = [{ values: { p_b: "1", p_a: "2" } }, { preset: "x", values: {} }];
    assert.deepEqual(batchFileNames("M", ".glb", configurations), batchFileNames("M", ".glb", configurations));
  });
});
