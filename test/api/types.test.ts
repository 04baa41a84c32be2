/**
 * The declarations ModelScript authors use (types/partforge/) are in sync with the code, and
 * they type-check every example while catching wrong calls and wrongly typed parameter values.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, describe, it } from "node:test";

const ROOT = new URL("../../", import.meta.url).pathname;
const TSC = join(ROOT, "node_modules/.bin/tsc");
const ENTRY = join(ROOT, "types/partforge/build/partforgeModule.d.ts");

function filesUnder(directory: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.set(relative(directory, path), readFileSync(path, "utf8"));
    }
  };
  walk(directory);
  return found;
}

function typeCheck(directory: string, files: Record<string, string>): { ok: boolean; output: string } {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  writeFileSync(
    join(directory, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true,
        skipLibCheck: true, allowImportingTsExtensions: true, types: [], paths: { partforge: [ENTRY] },
      },
      include: ["*.ts"],
    }),
  );
  try {
    // Run from the folder, so tsc names each file by its own name: `bad.ts(5,9): error TS…`.
    return { ok: true, output: execFileSync(TSC, ["-p", directory], { encoding: "utf8", cwd: directory }) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe("TypeScript declarations of the partforge module", () => {
  const scratch = mkdtempSync(join(tmpdir(), "partforge-types-"));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it("are what `npm run types` emits from src/build/partforgeModule.ts", () => {
    const fresh = join(scratch, "emitted");
    execFileSync(TSC, ["-p", join(ROOT, "types"), "--outDir", fresh], { encoding: "utf8" });
    const committed = filesUnder(join(ROOT, "types/partforge"));
    const emitted = filesUnder(fresh);
    assert.deepEqual([...committed.keys()].sort(), [...emitted.keys()].sort(), "the same files (run `npm run types`)");
    for (const [name, text] of emitted) assert.equal(committed.get(name), text, `${name} is stale: run \`npm run types\``);
  });

  /**
   * The examples, a typed build(values) and a script with wrong calls, type-checked in one tsc run
   * (one compiler start instead of two; the files are separate modules, so an error in one cannot
   * hide or cause one in another): the two tests below read their files' errors from its output.
   */
  let checked: { ok: boolean; output: string } | undefined;
  const checkAll = () => (checked ??= typeCheck(mkdtempSync(join(scratch, "checked-")), { ...goodScripts(), ...BAD_SCRIPT }));
  /** tsc's error lines (`file(line,col): error TS…`, or `error TS…` for the whole program) not about `file`. */
  const errorsOutside = (output: string, file: string) => output.split("\n").filter((line) => /^(\S+\(\d+,\d+\): )?error TS\d+/.test(line) && !line.startsWith(`${file}(`));

  it("type-check every example ModelScript, and a typed build(values)", () => {
    const result = checkAll();
    assert.match(result.output, /^bad\.ts\(\d+,\d+\): error TS/m, `tsc did not report the bad script (did it run?): ${result.output}`);
    assert.deepEqual(errorsOutside(result.output, "bad.ts"), [], result.output);
  });

  it("catch a wrong argument count, a wrong argument type, an unknown option and a wrongly typed parameter value", () => {
    const result = checkAll();
    assert.ok(!result.ok, "the bad script must not type-check");
    assert.match(result.output, /bad\.ts\(5,9\): error TS2322: Type 'number' is not assignable to type 'string'/);
    assert.match(result.output, /bad\.ts\(6,30\): error TS2345: Argument of type '\[1, 2\]'/);
    assert.match(result.output, /bad\.ts\(6,\d+\): error TS2345: Argument of type '\[\{ offest: number; \}\]'/);
    assert.match(result.output, /bad\.ts\(8,55\): error TS2345: .*\n(.*\n)*.*Source has 6 element\(s\) but target allows only 5/);
    assert.match(result.output, /bad\.ts\(9,56\): error TS2345: Argument of type '\[1, \{ combin: boolean; \}\]'/);
  });
});

/** Every example (examples/ and examples/cadquery/) and a typed build(values), by file name. */
function goodScripts(): Record<string, string> {
  const examples: Record<string, string> = {};
  for (const folder of ["examples", "examples/cadquery"]) {
    for (const name of readdirSync(join(ROOT, folder)).filter((f) => f.endsWith(".ts"))) {
      examples[`${folder.replace("/", "-")}-${name}`] = readFileSync(join(ROOT, folder, name), "utf8");
    }
  }
  examples["typed.ts"] = `import { Workplane, FloatParam, BooleanParam, Location, Sketch, Assembly, Color, type ValuesOf } from "partforge";
export const METADATA = { name: "typed" };
export const p_length = FloatParam({ min: 1, max: 10, default: 5 });
export const p_round = BooleanParam({ default: true });
const params = { p_length, p_round };
export function build(values: ValuesOf<typeof params>) {
  const length: number = values.p_length;
  const round: boolean = values.p_round;
  const part = Workplane("XY").box(length, 2, 3).translate(Location(1, 2, 3).toTuple()).edges("|Z").fillet(round ? 0.5 : 0.1);
  const plate = Workplane().placeSketch(Sketch().rect(4, 2).vertices().fillet(0.5)).extrude(1);
  const pitch = 8, lbumps = 2, wbumps = 2, h = 3;
  // CadQuery's positional and keyword forms, from the signature table (issue 13).
  const block = Workplane().box(20, 20, 4).faces(">Z").workplane().rarray(pitch, pitch, lbumps, wbumps, true).circle(1).extrude(h, false);
  const holed = block.faces(">Z").workplane().cboreHole(2, 4, 1, { depth: null }).rect(1, 1).extrude({ until: 5, combine: false });
  const outline = Sketch().segment([0, 0], [2, 0]).segment([2, 2], { tag: "side" }).segment(2, 180).close().assemble("a");
  const tabs = Workplane().placeSketch(outline, Sketch().rect(1, 1, 45, "s")).extrude(1).split(true, false);
  return Assembly(part, { name: "part", color: Color("red") })
    .add(plate, { name: "plate" })
    .add(holed, { name: "holed" })
    .add(tabs, Location(0, 0, 5), "tabs", "blue", { supplier: "acme" });
}
`;
  return examples;
}

/** Wrong calls and a wrongly typed parameter value: each must be a type error at its line and column. */
const BAD_SCRIPT: Record<string, string> = {
  "bad.ts": `import { Workplane, FloatParam, type ValuesOf } from "partforge";
export const p_length = FloatParam({ min: 1, max: 10, default: 5 });
const params = { p_length };
export function build(values: ValuesOf<typeof params>) {
  const label: string = values.p_length;
  return Workplane("XY").box(1, 2).faces(">Z").workplane({ offest: 1 });
}
export const tooMany = Workplane().rect(1, 1).extrude(1, false, true, false, 1, 2);
export const misspelt = Workplane().rect(1, 1).extrude(1, { combin: true });
`,
};
