import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { WorkplaneImpl } from "../../src/api/index.ts";

/** Methods that are internal plumbing rather than part of the scripting API. */
const INTERNAL = new Set(["constructor", "derive"]);

function publicMethods(): string[] {
  return Object.entries(Object.getOwnPropertyDescriptors(WorkplaneImpl.prototype))
    .filter(([name, descriptor]) => typeof descriptor.value === "function" && !INTERNAL.has(name))
    .map(([name]) => name);
}

describe("Workplane API test coverage", () => {
  it("calls every public Workplane method somewhere in test/api", () => {
    const directory = new URL("./", import.meta.url);
    const sources = readdirSync(directory)
      .filter((file) => file.endsWith(".test.ts") && file !== "method-coverage.test.ts")
      .map((file) => readFileSync(new URL(file, directory), "utf8"))
      .join("\n");
    const methods = publicMethods();
    assert.ok(methods.length > 60, `expected the full Workplane API, found ${methods.length} methods`);
    const untested = methods.filter((name) => !new RegExp(`\\.${name}\\(`).test(sources));
    assert.deepEqual(untested, [], `Workplane methods no test calls: ${untested.join(", ")}`);
  });
});
