/**
 * Python ModelScripts people already have, built through `/build` (issue 17, point 4): ten
 * ParametricParts-style ModelScripts with presets (test/python/scripts/parametricparts/) and five
 * CQGI scripts copied unchanged from CadQuery's and cq-cli's example folders
 * (test/python/scripts/cqgi/). Each is built through a real app and build pool with no values,
 * with each preset, with explicit values for every parameter and with each parameter changed
 * alone; the output is measured (STL volume and bounding box) to show every parameter reaches the
 * geometry. Bad values get exactly the 400 a JavaScript ModelScript with the same declaration gets.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe as describeModel, loadModelScript } from "../../src/modelscript/index.ts";
import { testScope } from "../../src/modelscript/testScope.ts";
import type { ParamSchema, ParamValue } from "../../src/modelscript/schema.ts";
import { PoolBackend } from "../../src/build/index.ts";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";
import { startService, storeKinds, type TestService } from "../http/harness.ts";

const MIB = 1024 * 1024;
const SCRIPTS_DIR = fileURLToPath(new URL("./scripts/", import.meta.url));

/**
 * For every script, a value for each of its parameters that differs from the default (as a
 * request sends it, a string). The test fails if a script declares a parameter missing here.
 */
const CHANGED: Record<string, Record<string, string>> = {
  "parametricparts/bearing_block.py": { p_length: "100", p_width: "70", p_thickness: "14", p_bore: "30", p_mounting_holes: "false", p_bolt: "5" },
  "parametricparts/cable_clip.py": { p_cable: "9", p_cables: "3", p_width: "12", p_thickness: "2.5", p_screw: "4.5" },
  "parametricparts/enclosure.py": { p_length: "100", p_width: "60", p_height: "40", p_wall: "3", p_corner: "8", p_part: "lid" },
  "parametricparts/hinge.py": { p_length: "80", p_leaf_width: "25", p_thickness: "4", p_knuckles: "4", p_pin: "4", p_screws: "ooo" },
  "parametricparts/knob.py": { p_diameter: "30", p_height: "18", p_flutes: "6", p_shaft: "4", p_d_flat: "false" },
  "parametricparts/l_bracket.py": { p_width: "40", p_leg: "70", p_thickness: "5", p_hole_dia: "6", p_holes: "3", p_gusset: "true" },
  "parametricparts/pulley.py": { p_diameter: "60", p_width: "14", p_groove: "5", p_bore: "8", p_hub: "false" },
  "parametricparts/shelf_pin.py": { p_pin_dia: "6", p_pin_length: "10", p_support: "20", p_support_width: "10", p_style: "flat" },
  "parametricparts/spacer.py": { p_outer: "12", p_inner: "5.3", p_length: "15", p_shape: "hex", p_chamfer: "false" },
  "parametricparts/star.py": { p_points: "8", p_outer: "60", p_inner: "30", p_thickness: "7", p_bore: "0" },
  "cqgi/cube_params.py": { width: "3", tag_name: "top", centered: "false" },
  "cqgi/Ex002_Block_With_Bored_Center_Hole.py": { length: "90", height: "50", thickness: "12", center_hole_dia: "30" },
  "cqgi/Ex003_Pillow_Block_With_Counterbored_Holes.py": {
    length: "90", width: "110", thickness: "12", center_hole_dia: "30", cbore_hole_diameter: "3", cbore_inset: "16", cbore_diameter: "5.5", cbore_depth: "3",
  },
  "cqgi/Ex004_Extruded_Cylindrical_Plate.py": { circle_radius: "40", thickness: "10", rectangle_width: "20", rectangle_length: "25" },
  "cqgi/Ex100_Lego_Brick.py": { lbumps: "3", wbumps: "2", thin: "false", pitch: "8.2", clearance: "0.2", bumpDiam: "5", bumpHeight: "2" },
};

/** Parameters that name something without changing the shape (cq-cli's `tag_name` is a tag). */
const NAMES_ONLY = new Set(["cqgi/cube_params.py:tag_name"]);

interface Script {
  file: string;
  source: string;
  parameters: readonly ParamSchema[];
  presets: Record<string, Record<string, ParamValue>>;
}

async function loadScripts(): Promise<Script[]> {
  const scripts: Script[] = [];
  for (const dir of ["parametricparts", "cqgi"]) {
    for (const name of readdirSync(join(SCRIPTS_DIR, dir)).filter((n) => n.endsWith(".py")).sort()) {
      const file = `${dir}/${name}`;
      const source = readFileSync(join(SCRIPTS_DIR, file), "utf8");
      const description = describeModel(await loadModelScript(source, { language: "py", scope: testScope, fileName: name }));
      scripts.push({ file, source, parameters: description.parameters, presets: description.presets as Script["presets"] });
    }
  }
  return scripts;
}

/**
 * Volume (divergence theorem), second moment about the origin (∫ x² + y² + z² dV, which moves
 * when holes move) and bounding box of a binary or ASCII STL.
 */
function measureStl(bytes: Buffer): { volume: number; moment: number; min: number[]; max: number[]; triangles: number } {
  const triangles: number[][] = [];
  const binaryCount = bytes.length >= 84 ? bytes.readUInt32LE(80) : -1;
  if (binaryCount >= 0 && bytes.length === 84 + 50 * binaryCount) {
    for (let t = 0; t < binaryCount; t++) {
      const at = 84 + 50 * t + 12;
      triangles.push(Array.from({ length: 9 }, (_, k) => bytes.readFloatLE(at + 4 * k)));
    }
  } else {
    const text = bytes.toString("latin1");
    assert.match(text, /^solid/, "the STL is neither binary nor ASCII");
    const vertices = [...text.matchAll(/vertex\s+(\S+)\s+(\S+)\s+(\S+)/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
    assert.equal(vertices.length % 3, 0, "an ASCII STL facet without three vertices");
    for (let v = 0; v < vertices.length; v += 3) triangles.push([...vertices[v]!, ...vertices[v + 1]!, ...vertices[v + 2]!]);
  }
  assert.ok(triangles.length > 0, "the STL has no triangles");
  let volume = 0;
  let moment = 0;
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const [ax, ay, az, bx, by, bz, cx, cy, cz] of triangles as [number, number, number, number, number, number, number, number, number][]) {
    assert.ok([ax, ay, az, bx, by, bz, cx, cy, cz].every(Number.isFinite), "an STL coordinate is not finite");
    const tetra = (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6;
    volume += tetra;
    // over the tetrahedron (origin, a, b, c): ∫ x² dV = V/20 · (a² + b² + c² + (a + b + c)²), per axis
    for (const [a, b, c] of [[ax, bx, cx], [ay, by, cy], [az, bz, cz]] as const) moment += (tetra / 20) * (a * a + b * b + c * c + (a + b + c) ** 2);
    for (const [x, y, z] of [[ax, ay, az], [bx, by, bz], [cx, cy, cz]] as const) {
      [x, y, z].forEach((c, i) => {
        min[i] = Math.min(min[i]!, c);
        max[i] = Math.max(max[i]!, c);
      });
    }
  }
  return { volume, moment, min, max, triangles: triangles.length };
}

type Measure = ReturnType<typeof measureStl>;

function sameShape(a: Measure, b: Measure): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-4 * Math.max(1, Math.abs(x), Math.abs(y));
  return close(a.volume, b.volume) && close(a.moment, b.moment) && a.min.every((v, i) => close(v, b.min[i]!)) && a.max.every((v, i) => close(v, b.max[i]!));
}

/** A JavaScript ModelScript declaring the same parameter, for comparing bad-value answers. */
function javascriptTwin(param: ParamSchema): string {
  const kind = { float: "FloatParam", int: "IntParam", boolean: "BooleanParam", string: "StringParam", choice: "ChoiceParam" }[param.type];
  const options: Record<string, unknown> = { default: param.default };
  if (param.min !== undefined) options.min = param.min;
  if (param.max !== undefined) options.max = param.max;
  if (param.choices !== undefined) options.choices = param.choices;
  return [
    `import { Workplane, ${kind} } from "partforge";`,
    `export const ${param.name} = ${kind}(${JSON.stringify(options)});`,
    `export function build() { return Workplane("XY").box(1, 1, 1); }`,
    "",
  ].join("\n");
}

/** Values a request may send that this parameter must refuse. */
function badValues(param: ParamSchema): string[] {
  const bad: string[] = [];
  if (param.type === "float" || param.type === "int") {
    bad.push("abc");
    if (param.max !== undefined) bad.push(String(param.max * 10 + 1));
    if (param.min !== undefined) bad.push(String(param.min - 1));
  }
  if (param.type === "int") bad.push("2.5");
  if (param.type === "boolean") bad.push("2");
  if (param.type === "choice") bad.push("nonesuch");
  return bad;
}

const scripts = await loadScripts();
const [kind] = await storeKinds();

describe("published Python ModelScripts through /build", { skip: kind?.skip }, () => {
  let pool: BuildPool;
  let service: TestService;
  let key: string;
  const measured = new Map<string, Measure>();

  before(async () => {
    pool = await createBuildPool({ size: 1, spare: 0, timeoutMs: 30_000, heapMb: 256, wasmMaxPages: 2400, wasmRecycleBytes: 110 * MIB, warmupBuilds: 0, log: () => undefined });
    // Well over a hundred builds from one account: lift the per-account rate and compute budget.
    const budget = 24 * 3600 * 1000;
    service = await startService(kind!, {
      backend: new PoolBackend(pool),
      limits: { ratePerSecond: 1000, rateBurst: 1000, computeBudgets: { perPlanMs: { evaluation: budget, enterprise: budget }, anonymousPerClientMs: budget, anonymousPerModelMs: budget } },
    });
    const account = await service.store.createAccount({ email: "scripts@example.com", password: "correct horse battery", plan: "enterprise" });
    key = (await service.store.createApiKey(account.id, { name: "test" })).secret;
  });
  after(async () => {
    await service.close();
    await pool.close();
  });

  const build = (payload: Record<string, unknown>) =>
    service.app.inject({ method: "POST", url: "/build", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, payload: { type: "STL", ...payload } });

  async function stl(script: Script, payload: Record<string, unknown>, what: string): Promise<{ bytes: Buffer; measure: Measure }> {
    const response = await build({ s: script.source, ...payload });
    assert.equal(response.statusCode, 200, `${script.file} ${what}: ${response.body}`);
    const measure = measureStl(response.rawPayload);
    assert.ok(measure.volume > 0, `${script.file} ${what}: the solid has volume ${measure.volume}`);
    return { bytes: response.rawPayload, measure };
  }

  it("has fifteen scripts: ten ParametricParts ModelScripts with presets and five CQGI scripts", () => {
    assert.equal(scripts.filter((s) => s.file.startsWith("parametricparts/")).length, 10);
    assert.equal(scripts.filter((s) => s.file.startsWith("cqgi/")).length, 5);
    for (const script of scripts.filter((s) => s.file.startsWith("parametricparts/"))) {
      assert.ok(Object.keys(script.presets).length >= 3, `${script.file} has presets beyond default`);
    }
    const types = new Set(scripts.flatMap((s) => s.parameters.map((p) => p.type)));
    assert.deepEqual([...types].sort(), ["boolean", "choice", "float", "int", "string"]);
  });

  for (const script of scripts) {
    describe(script.file, () => {
      it("covers every parameter in the test's table", () => {
        assert.deepEqual(Object.keys(CHANGED[script.file] ?? {}).sort(), script.parameters.map((p) => p.name).sort());
      });

      it("builds with no values, and a valid STEP", async () => {
        const byDefault = await stl(script, {}, "with no values");
        measured.set(script.file, byDefault.measure);
        const step = await build({ s: script.source, type: "STEP" });
        assert.equal(step.statusCode, 200, step.body);
        assert.match(step.body, /^ISO-10303-21;[\s\S]*MANIFOLD_SOLID_BREP[\s\S]*END-ISO-10303-21;\s*$/);
      });

      it("builds each preset, the same as its values sent explicitly", async () => {
        for (const [preset, values] of Object.entries(script.presets)) {
          const byPreset = await stl(script, { preset }, `preset ${preset}`);
          const explicit = await stl(script, { params: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])) }, `preset ${preset}'s values`);
          assert.ok(byPreset.bytes.equals(explicit.bytes), `${script.file}: preset ${preset} and its values give different STLs`);
          const differs = script.parameters.some((p) => values[p.name] !== p.default);
          if (differs) assert.ok(!sameShape(byPreset.measure, measured.get(script.file)!), `${script.file}: preset ${preset} builds the default shape`);
        }
      });

      it("changes the geometry when each parameter changes, and builds with every parameter given", async () => {
        const byDefault = measured.get(script.file)!;
        const changed = CHANGED[script.file]!;
        for (const [name, value] of Object.entries(changed)) {
          const { measure } = await stl(script, { params: { [name]: value } }, `${name}=${value}`);
          if (NAMES_ONLY.has(`${script.file}:${name}`)) assert.ok(sameShape(measure, byDefault), `${script.file}: ${name} changed the shape`);
          else assert.ok(!sameShape(measure, byDefault), `${script.file}: ${name}=${value} builds the default shape (volume ${measure.volume})`);
        }
        const all = await stl(script, { params: changed }, "every parameter given");
        assert.ok(!sameShape(all.measure, byDefault));
      });

      it("refuses bad values with the same 400 as a JavaScript ModelScript", async () => {
        let checked = 0;
        for (const param of script.parameters) {
          for (const value of badValues(param)) {
            const python = await build({ s: script.source, params: { [param.name]: value } });
            const javascript = await build({ s: javascriptTwin(param), params: { [param.name]: value } });
            assert.equal(python.statusCode, 400, `${param.name}=${value}: ${python.body}`);
            const [p, j] = [JSON.parse(python.body), JSON.parse(javascript.body)] as { code: string; param?: string; detail: string }[];
            assert.deepEqual({ status: python.statusCode, code: p!.code, param: p!.param, detail: p!.detail }, { status: javascript.statusCode, code: j!.code, param: j!.param, detail: j!.detail });
            assert.equal(p!.code, "PARAM_INVALID");
            checked++;
          }
        }
        const unknown = await build({ s: script.source, params: { p_nonesuch: "1" } });
        assert.equal(unknown.statusCode, 400, unknown.body);
        assert.equal(JSON.parse(unknown.body).code, "UNKNOWN_PARAM");
        const preset = await build({ s: script.source, preset: "nonesuch" });
        assert.equal(preset.statusCode, 400, preset.body);
        assert.equal(JSON.parse(preset.body).code, "UNKNOWN_PRESET");
        assert.ok(checked > 0 || script.parameters.every((p) => p.type === "string"));
      });
    });
  }
});
