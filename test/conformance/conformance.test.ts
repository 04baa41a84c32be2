/**
 * Conformance suite: CadQuery's own documentation programs (programs/*.py, each citing its page and
 * section), ported line for line to ModelScript (ports/*.ts), built in-process and compared with an
 * independent native build of the same B-rep (OpenCascade through FreeCAD's Part module,
 * native/*.py → expected.json): solids and faces exactly, volume (area, for results without a
 * solid) within 1e-6 relative. Programs that partforge cannot build yet are listed in pending.ts
 * with the error they stop at; they must keep failing that way, so a fix shows up here.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadKernel } from "../../src/kernel/index.ts";
import { buildAndMeasure, difference, type Expected, type Measured } from "./measure.ts";
import { PENDING } from "./pending.ts";

const HERE = new URL(".", import.meta.url).pathname;

const expected = (JSON.parse(readFileSync(join(HERE, "expected.json"), "utf8")) as { programs: Record<string, Expected> }).programs;
const ports = readdirSync(join(HERE, "ports")).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort();

describe("CadQuery documentation conformance", () => {
  before(() => loadKernel());
  const passing: string[] = [];

  it("keeps every port next to its CadQuery original, with a native expected value, and lists no pending program that has no port", () => {
    for (const name of ports) {
      assert.match(readFileSync(join(HERE, "programs", `${name}.py`), "utf8"), /^# CadQuery (documentation: doc\/|example: examples\/|mailing list: |issue: )/, `${name}: the original cites its page`);
      assert.ok(expected[name], `${name}: no entry in expected.json; write native/${name}.py and run npm run conformance:native -- ${name}`);
    }
    for (const name of Object.keys(PENDING)) assert.ok(ports.includes(name), `pending.ts lists ${name}, which has no port`);
    assert.ok(ports.length >= 80, `only ${ports.length} programs`);
  });

  for (const name of ports) {
    const pending = PENDING[name];
    const title = !pending
      ? `${name}: builds the native reference's solids, faces and volume`
      : pending.error !== undefined
        ? `${name}: still stops at the known gap (${pending.category})`
        : `${name}: still differs from the native build in the known way (${pending.category})`;
    it(title, async () => {
      const source = readFileSync(join(HERE, "ports", `${name}.ts`), "utf8");
      let measured: Measured | undefined;
      let failure: Error | undefined;
      try {
        measured = await buildAndMeasure(source);
      } catch (error) {
        failure = error as Error;
      }
      const wanted = expected[name];
      if (!wanted) assert.fail(`${name} has no native expected value in expected.json`);
      const wrong = measured ? difference(measured, wanted) : undefined;
      if (!pending) {
        if (failure) assert.fail(`${name} does not build: ${failure.message}`);
        if (wrong) assert.fail(`${name} differs from the native build: ${wrong}`);
        passing.push(name);
        return;
      }
      if (pending.error !== undefined) {
        if (!failure) {
          assert.fail(
            wrong
              ? `${name} builds now but differs from the native build (${wrong}); update its entry in pending.ts`
              : `${name} now passes: remove it from pending.ts`,
          );
        }
        assert.ok(failure.message.includes(pending.error), `${name} fails differently now: "${failure.message}"; pending.ts expects "${pending.error}"`);
      } else {
        if (failure) assert.fail(`${name} does not build any more: ${failure.message}`);
        if (!wrong) assert.fail(`${name} now agrees with the native build: remove it from pending.ts`);
        assert.equal(wrong, pending.differs, `${name} differs from the native build in another way now`);
      }
    });
  }

  after(() => {
    console.log(`conformance: ${passing.length} of ${ports.length} CadQuery documentation programs pass`);
  });
});
