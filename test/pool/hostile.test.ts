/**
 * Every hostile script of issue 3 (point 7) through a real pool: each ends with a clear error
 * code and message, leaks no secret, host path or stack trace, and the pool builds a normal
 * model correctly right after. One small pool serves the whole file.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildModel } from "../../src/build/index.ts";
import { createBuildPool, type BuildPool, type BuildResult } from "../../src/build/pool/index.ts";
import { HOSTILE_SCRIPTS, POLLUTER, POLLUTION_CHECK } from "./hostileScripts.ts";
import { assertNothingLeaks, FAKE_SECRET, SECRET_VARIABLE } from "./leaks.ts";

const MIB = 1024 * 1024;
const NORMAL = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Plain block" };
export const p_length = FloatParam({ min: 10, max: 100, default: 40 });
export function build() {
  return Workplane("XY").box(p_length.value, 20, 10).faces(">Z").workplane().hole(5);
}
`;

let pool: BuildPool;
let reference: Uint8Array;

before(async () => {
  process.env[SECRET_VARIABLE] = FAKE_SECRET;
  [pool, reference] = await Promise.all([
    createBuildPool({
      size: 1,
      spare: 1,
      timeoutMs: 10_000,
      heapMb: 256,
      wasmMaxPages: 2400,
      wasmRecycleBytes: 110 * MIB,
      warmupBuilds: 1,
      log: () => undefined,
    }),
    buildModel({ source: NORMAL, language: "ts", type: "stl" }).then((output) => output.bytes),
  ]);
});

after(() => pool.close());

async function assertServesNormalBuild(): Promise<void> {
  const result = await pool.build({ source: NORMAL, language: "ts", type: "stl" });
  assert.ok(result.ok, `normal build failed: ${JSON.stringify(!result.ok && result.error)}`);
  assert.ok(Buffer.from(result.bytes).equals(Buffer.from(reference)), "the normal build's STL differs from the in-process build");
}

function errorOf(result: BuildResult): Extract<BuildResult, { ok: false }>["error"] {
  assert.equal(result.ok, false, "the hostile build succeeded");
  return (result as Extract<BuildResult, { ok: false }>).error;
}

describe("hostile scripts", () => {
  for (const hostile of HOSTILE_SCRIPTS) {
    it(`${hostile.name}: ends with ${hostile.code}, leaks nothing, and the next build is correct`, async () => {
      const error = errorOf(await pool.build({ source: hostile.source, language: hostile.language, type: "stl", timeoutMs: hostile.timeoutMs ?? 10_000 }));
      assert.equal(error.code, hostile.code, JSON.stringify(error));
      assert.match(error.message, hostile.mentions);
      if (hostile.line !== undefined) assert.equal(error.line, hostile.line, JSON.stringify(error));
      assertNothingLeaks(error);
      await assertServesNormalBuild();
    });
  }
});

describe("state between builds", () => {
  it("shows a build none of the prototype, global, Math, Date or Error changes an earlier build tried", async () => {
    const polluted = await pool.build({ source: POLLUTER, language: "js", type: "stl" });
    assert.ok(polluted.ok, JSON.stringify(!polluted.ok && polluted.error));
    const checked = await pool.build({ source: POLLUTION_CHECK, language: "js", type: "stl" });
    assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.error));
    await assertServesNormalBuild();
  });

  it("still maps a later build's error to the author's line after a script replaced the realm's prepareStackTrace", async () => {
    await pool.build({ source: POLLUTER, language: "js", type: "stl" });
    const error = errorOf(await pool.build({ source: `export function build() {\n  return Workplane("XY")\n    .box(1, 2, -3);\n}\n`, language: "js", type: "stl" }));
    assert.equal(error.line, 3);
  });
});

describe("recycling", () => {
  it("replaces a slot whose WebAssembly memory passed the threshold, without failing its build", async () => {
    const recycled = pool.health().recycles.wasm;
    // Keeps ~25,000 faces alive until the build ends (10,000 translated spheres no longer do:
    // they passed the threshold only while delete() freed nothing, src/kernel/destructors.ts).
    const grower = `export function build() {\n  const kept = [];\n  for (let i = 0; i < 50; i++) kept.push(Workplane("XY").polygon(500, 50).extrude(5).translate([i * 60, 0, 0]));\n  return Workplane("XY").box(1, 1, 1);\n}\n`;
    const result = await pool.build({ source: grower, language: "js", type: "stl", timeoutMs: 60_000 });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
    assert.equal(pool.health().recycles.wasm, recycled + 1);
    await assertServesNormalBuild();
  });
});

describe("isolation report", () => {
  it("says whether slots have their own network namespace, and why not when they do not", () => {
    const { isolation } = pool.health();
    assert.equal(isolation.emptyEnvironment, true);
    assert.match(isolation.permissionFlag, /permission/);
    if (isolation.network) assert.match(isolation.wrapper ?? "", /--net/);
    else assert.ok((isolation.networkUnavailableReason ?? "").length > 0);
    assert.ok(isolation.readablePaths.every((path) => /node_modules|partforge-slot-/.test(path)), isolation.readablePaths.join(", "));
  });
});
