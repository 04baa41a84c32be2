// The native benchmark's build notes (bench/native/buildBounds.ts) name programs it measures: a
// note keyed by a renamed or removed program would never be printed.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { BUILD_BOUNDS } from "../../bench/native/buildBounds.ts";

const CONFORMANCE = fileURLToPath(new URL("../conformance/", import.meta.url));

test("every build note names a conformance program with a native reference", () => {
  assert.ok(Object.keys(BUILD_BOUNDS).length > 0);
  for (const name of Object.keys(BUILD_BOUNDS)) {
    assert.ok(existsSync(`${CONFORMANCE}ports/${name}.ts`), `${name}: no port test/conformance/ports/${name}.ts`);
    assert.ok(existsSync(`${CONFORMANCE}native/${name}.py`), `${name}: no native reference test/conformance/native/${name}.py`);
  }
});
