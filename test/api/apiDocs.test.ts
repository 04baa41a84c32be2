/** docs/api.md is generated from the JSDoc, is current, and gives every public method an example. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { renderApiDocs, sections } from "../../docs/tools/apiDocs.ts";
import { WorkplaneImpl } from "../../src/api/index.ts";

describe("API reference (docs/api.md)", () => {
  it("is what docs/tools/apiDocs.ts generates from the current JSDoc", () => {
    const committed = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
    assert.equal(committed, renderApiDocs(), "docs/api.md is stale: node --import tsx docs/tools/apiDocs.ts > docs/api.md");
  });

  it("gives every documented method an example", () => {
    const missing = sections().flatMap((s) => s.entries.filter((e) => e.examples.length === 0).map((e) => `${s.title}.${e.name}`));
    assert.deepEqual(missing, []);
  });

  it("documents every public Workplane method", () => {
    const documented = new Set(sections().find((s) => s.title === "Workplane")!.entries.map((e) => e.name));
    const methods = Object.getOwnPropertyNames(WorkplaneImpl.prototype).filter((name) => !["constructor", "derive", "toString"].includes(name));
    assert.deepEqual(methods.filter((name) => !documented.has(name)), []);
  });
});
