/**
 * Warming up, so the first request after a start is not the one that pays for V8 optimising:
 * the warm-up builds a new slot runs before it takes work, and the throwaway compiles that do the
 * same for the pool's compile path. A build whose paths a new slot has not run yet pays for V8
 * compiling the kernel's WebAssembly functions it reaches (Liftoff, lazily, on the main thread),
 * running them unoptimised until they tier up to TurboFan, and for the first calls of the
 * modelling API's JavaScript, the SES evaluator and the exporters (see `warmupBuilds`).
 *
 * So the warm-up runs a few short scripts covering distinct paths (`WARMUP_SCRIPTS`), twice each
 * (once per format), rather than one script many times: most of a path's first-time cost goes
 * with its first run, and the paths the scripts share (boxes, booleans, fillets, the exporters,
 * the API's core) run twelve times. Measured with `npm run bench -- first-build` (16 conformance
 * programs, a fresh slot per program and side, the sides interleaved program by program, 2 cores
 * under load; the slot's main-thread CPU per job): first build ÷ steady builds, geometric mean,
 * 2.20 with the former 40 builds of the block script alone, 1.29 with these 10 (in other runs
 * against 2.18–2.33 for the former: 1.32 with 15 of them, 1.33–1.37 with 20); slot start-up,
 * median main-thread CPU 2.08 → 2.24 s, all threads' CPU 6.4 → 7.9 s (15 builds: 2.6 s and 8.6 s;
 * 20: 3.1 s and 9.5 s). The worst programs before: free-func-shape-construction 5.5 → 2.4,
 * free-func-placement 3.4 → 1.2, examples-spline-edge 3.0 → 1.3, examples-shelling-open-top
 * 2.9 → 1.6. A lower `--wasm-tiering-budget` for slots (200 000, V8's default 1 800 000: hot
 * functions tier up sooner) gave 1.33 against 1.37 with the same warm-up (20 builds), for 0.3 s
 * more main-thread and 1.9 s more background CPU at start-up: not adopted.
 *
 * The sixth script (construction) and the assembly's constraints came later, for the programs
 * whose first build still cost most (paths no script ran: threads, sewing faces into a solid,
 * extrusions up to a face, non-solid shapes to STEP, the constraint solver). Measured the same
 * way against the five scripts (10 builds), 2 fresh slots per program and side: first ÷ steady,
 * geometric mean over 14 programs 1.39 → 1.31 with the construction script, over 10 mostly
 * assembly programs 1.54 → 1.31 with the constraints as well; the first build's CPU, this ÷ the
 * five scripts: free-func-shape-construction 0.51 and 0.41, free-func-primitives 0.64,
 * thread-bolt 0.87 and 0.83, thread-cut-rod 0.81, examples-extrude-until-next 0.82,
 * assy-point-on-line 0.53, assy-fixed-point 0.68, primer-assembly-constraints 0.72; slot start-up,
 * median main-thread CPU 2.33 → 2.74 s, all threads' 8.7 → 9.8 s. The thread fused to its rod
 * costs most of that (~65 ms a build once tiered up; a whole turn, ~100 ms, warmed no better).
 */
import type { ExportFormat } from "../../exporters/index.ts";
import { compileModelScript } from "../../modelscript/index.ts";
import { DEFAULT_EXPORT_OPTIONS } from "../exportOptions.ts";
import type { CompiledScriptData, SlotJob } from "./protocol.ts";

/** Parameters, a selector, a workplane on a face, holes, a fillet: the common paths of a build. */
export const WARMUP_SCRIPT = `import { Workplane, FloatParam, IntParam, BooleanParam } from "partforge";

export const METADATA = { name: "Warm-up block" };
export const p_length = FloatParam({ min: 10, max: 100, default: 40 });
export const p_holes = IntParam({ min: 1, max: 4, default: 2 });
export const p_round = BooleanParam({ default: true });

export function build() {
  let part = Workplane("XY").box(p_length.value, 20, 10);
  part = part.faces(">Z").workplane().rarray(p_length.value / (p_holes.value + 1), 1, p_holes.value, 1).hole(3);
  if (p_round.value) part = part.edges("|Z").fillet(2);
  return part;
}
`;

/** A box, filleted and shelled; counterbored, countersunk and polygonal holes; chamfers; unions with coplanar faces; a mirror. */
export const WARMUP_ENCLOSURE = `import { Workplane, FloatParam, BooleanParam } from "partforge";

export const METADATA = { name: "Warm-up enclosure" };
export const p_wall = FloatParam({ min: 0.8, max: 3, default: 1.5 });
export const p_chamfer = BooleanParam({ default: true });

export function build() {
  let body = Workplane("XY").rect(20, 14).extrude(8).edges("|Z").fillet(2).faces(">Z").shell(-p_wall.value);
  body = body.faces("<Z").workplane().pushPoints([[-5, 0], [5, 0]]).cboreHole(2, 4, 0.5);
  body = body.faces(">X").workplane().polygon(6, 3).cutBlind(-p_wall.value);
  let lid = Workplane("XY").box(20, 14, 2).translate([0, 0, 9]);
  if (p_chamfer.value) lid = lid.edges(">Z").chamfer(0.5);
  lid = lid.faces(">Z").workplane().pushPoints([[-5, 0], [5, 0]]).cskHole(1.5, 3, 82);
  const tabs = Workplane("XY").box(4, 14, 2).translate([12, 0, 1]).mirror("YZ", [0, 0, 0], true);
  return body.union(lid).union(tabs);
}
`;

/** A revolved spline profile, a loft, a sweep along a spline, twisted and tapered extrusions, a 2D offset, text. */
export const WARMUP_PROFILES = `import { Workplane, FloatParam } from "partforge";

export const METADATA = { name: "Warm-up profiles" };
export const p_height = FloatParam({ min: 5, max: 40, default: 12 });

export function build() {
  const h = p_height.value;
  const vase = Workplane("XZ").polyline([[0, 0], [4, 0], [5, h / 4]]).spline([[3.5, h / 2], [2.5, h * 0.75]], { includeCurrent: true }).lineTo(0, h * 0.75).close().revolve(360);
  const lofted = Workplane("XY").rect(6, 6).workplane({ offset: h / 2 }).circle(2).loft({ combine: true }).translate([12, 0, 0]);
  const path = Workplane("XZ").spline([[0, 0], [3, 3], [0, 6]]);
  const swept = Workplane("XY").rect(1, 1).sweep(path, { transition: "round" }).translate([-12, 0, 0]);
  const twisted = Workplane("XY").polygon(5, 5).twistExtrude(h / 2, 45).translate([0, 12, 0]);
  const tapered = Workplane("XY").rect(5, 3).offset2D(0.8, "arc").extrude(3, { taper: 5 }).translate([0, -12, 0]);
  const lettered = Workplane("XY").box(8, 5, 2).translate([12, 12, 0]).faces(">Z").workplane().text("A", 3, -0.5);
  return vase.union(lofted).union(swept).union(twisted).union(tapered).union(lettered);
}
`;

/** A Sketch: a rounded rectangle, an array of slots, circles and a polygon subtracted, a trapezoid; placed and extruded. */
export const WARMUP_SKETCH = `import { Workplane, Sketch, FloatParam, IntParam } from "partforge";

export const METADATA = { name: "Warm-up sketch" };
export const p_slots = IntParam({ min: 1, max: 5, default: 3 });
export const p_fillet = FloatParam({ min: 0.2, max: 2, default: 1 });

export function build() {
  const plate = Sketch()
    .rect(36, 20)
    .vertices()
    .fillet(p_fillet.value)
    .reset()
    .rarray(7, 1, p_slots.value, 1)
    .slot(8, 2, 90, { mode: "s" })
    .reset()
    .push([[-14, 6], [14, -6]])
    .circle(1.5, { mode: "s" })
    .reset()
    .push([[14, 6]])
    .regularPolygon(2, 6, { mode: "s" });
  const rib = Sketch().trapezoid(20, 6, 80);
  return Workplane().placeSketch(plate).extrude(3).faces(">Z").workplane().placeSketch(rib).extrude(4);
}
`;

/** An assembly of named, coloured, placed parts: a union with a hole, a split cylinder, a sphere cut by intersection, a part of free functions; one part placed by constraints (solved). */
export const WARMUP_ASSEMBLY = `import { Workplane, Assembly, Color, Location, FloatParam, func } from "partforge";

export const METADATA = { name: "Warm-up assembly" };
export const p_height = FloatParam({ min: 2, max: 20, default: 8 });

export function build() {
  const base = Workplane().box(20, 20, 4).union(Workplane().box(10, 20, 4).translate([10, 0, 2])).faces(">Z").workplane().hole(4);
  const halves = Workplane().cylinder(p_height.value, 1.9).faces(">Z").workplane(-1).split({ keepTop: true, keepBottom: true });
  const cap = Workplane().sphere(3).intersect(Workplane().box(6, 6, 3).translate([0, 0, 1.5]));
  const { box, cylinder, fuse, cut } = func;
  const clip = cut(fuse(box(6, 6, 1), cylinder(1, 3)), cylinder(0.5, 4)).moved({ z: 1 });
  return Assembly(base, { name: "base", color: Color("gray") })
    .add(halves, { name: "pin", loc: Location([0, 0, p_height.value / 2]), color: Color("red") })
    .add(cap, { name: "cap", loc: Location([0, 0, p_height.value + 1]) })
    .add(clip, { name: "clips", loc: Location([15, 0, 0]) })
    .add(Workplane().box(4, 4, 2), { name: "stop" })
    .constrain("base@faces@<Z", "stop@faces@>Z", "Axis")
    .constrain("base@vertices@>(1,1,-1)", "stop@vertices@>(1,1,1)", "Point")
    .solve();
}
`;

/**
 * A thread (a profile swept along a helix, Frenet, fused to a rod), an extrusion up to the next
 * face, and CadQuery's free functions that build shapes from shapes: a wire from edges, a face from
 * a wire, a solid sewn from faces, a shell, a compound of edges, wires, faces and solids. The
 * namespace import is the form most ported CadQuery programs take.
 */
export const WARMUP_CONSTRUCTION = `import * as cq from "partforge";

export const METADATA = { name: "Warm-up construction" };
export const p_pitch = cq.FloatParam({ min: 1, max: 3, default: 1.5 });

export function build() {
  const { segment, wire, circle, face, plane, extrude, solid, shell, cone, compound } = cq.func;
  const pitch = p_pitch.value;
  // A quarter turn warms a thread's paths about as well as a whole one, for about two thirds of its cost.
  const helix = cq.Wire.makeHelix(pitch, pitch / 4, 4);
  const profile = cq.Workplane("XZ").polyline([[3, 0.1], [3.9, 0.1], [5, pitch / 2], [3.9, pitch + 0.1], [3, pitch + 0.1]]).close();
  const thread = profile.sweep(cq.Workplane("XY").newObject([helix]).translate([0, 0, pitch]), { isFrenet: true });
  const rod = cq.Workplane("XY").circle(4).extrude(1.25 * pitch).union(thread);
  const post = cq.Workplane("XY").box(6, 6, 1).translate([0, 0, 4]).copyWorkplane(cq.Workplane("XY")).circle(1).extrude("next");
  const corner = wire(segment([0, 0], [1, 0]), segment([1, 0], [1, 1]));
  const disc = face(circle(1));
  const bottom = plane(1, 1);
  const cube = solid(bottom, bottom.moved({ z: 1 }), ...extrude(bottom.wires(), [0, 0, 1]));
  const skin = shell(cube.Faces());
  const parts = [post.val(), corner, disc, cube, skin, circle(1).moved({ ry: 90 }), cone(1, 1.5)];
  return compound(rod.val(), ...parts.map((part, i) => part.moved(2 * i + 8)));
}
`;

/** A warm-up script, the formats it is exported to in turn, and its values for each round. */
export interface WarmupScript {
  readonly name: string;
  readonly source: string;
  readonly formats: readonly ExportFormat[];
  readonly values: (round: number) => Record<string, string>;
}

/**
 * The warm-up scripts, built in turn (build i is script i mod their number, so a slot warmed with
 * fewer builds than scripts builds the first ones). Between them they run the kernel paths users
 * reach most, each a few times, so V8 has tiered them up before the first request: booleans
 * (coplanar faces too), fillets, chamfers, holes, shells, mirrors (`WARMUP_ENCLOSURE`); revolves of
 * splines, lofts, sweeps, twisted and tapered extrusions, 2D offsets, text (`WARMUP_PROFILES`);
 * sketches and their modes (`WARMUP_SKETCH`); splits, intersections, assemblies to STEP, their
 * constraints (`WARMUP_ASSEMBLY`); threads, extrusions up to a face, solids sewn from faces,
 * compounds of edges and faces (`WARMUP_CONSTRUCTION`). Each must build in every format it is
 * warmed with (warmup.test.ts).
 */
export const WARMUP_SCRIPTS: readonly WarmupScript[] = [
  { name: "block", source: WARMUP_SCRIPT, formats: ["stl", "step"], values: (round) => ({ p_length: String(20 + ((round * 7) % 80)), p_holes: String(1 + (round % 4)) }) },
  { name: "enclosure", source: WARMUP_ENCLOSURE, formats: ["step", "stl"], values: (round) => ({ p_wall: String(1 + (round % 4) * 0.25), p_chamfer: String(round % 3 !== 2) }) },
  { name: "profiles", source: WARMUP_PROFILES, formats: ["stl", "step"], values: (round) => ({ p_height: String(10 + (round % 5)) }) },
  { name: "sketch", source: WARMUP_SKETCH, formats: ["step", "stl"], values: (round) => ({ p_slots: String(1 + (round % 4)), p_fillet: String(0.5 + (round % 3) * 0.25) }) },
  { name: "assembly", source: WARMUP_ASSEMBLY, formats: ["step", "stl"], values: (round) => ({ p_height: String(6 + (round % 5)) }) },
  { name: "construction", source: WARMUP_CONSTRUCTION, formats: ["stl", "step"], values: (round) => ({ p_pitch: String(1.5 + (round % 3) * 0.25) }) },
];

/** See `BuildPoolOptions.warmupBuilds`. */
export const DEFAULT_WARMUP_BUILDS = 12;

/** Which script, output type and values each of `count` warm-up builds takes: scripts in turn, each round its next format and values. */
export function warmupRequests(count: number): Array<{ script: WarmupScript; format: ExportFormat; values: Record<string, string> }> {
  return Array.from({ length: count }, (_, index) => {
    const script = WARMUP_SCRIPTS[index % WARMUP_SCRIPTS.length]!;
    const round = Math.floor(index / WARMUP_SCRIPTS.length);
    return { script, format: script.formats[round % script.formats.length]!, values: script.values(round) };
  });
}

/**
 * `count` warm-up jobs over the compiled warm-up scripts (`compiled` in the order of
 * `WARMUP_SCRIPTS`; bounded, with the rest of a slot's start, by `startupTimeoutMs`). None has a
 * memo tenant: warm-up builds neither read nor fill the slot's operation memo.
 */
export function warmupJobs(compiled: ReadonlyMap<WarmupScript, CompiledScriptData>, count: number): SlotJob[] {
  return warmupRequests(count).map(({ script, format, values }) => {
    const data = compiled.get(script);
    if (data === undefined) throw new Error(`warm-up script "${script.name}" was not compiled`);
    return { kind: "build" as const, script: data, type: format, preset: undefined, values, options: { ...DEFAULT_EXPORT_OPTIONS } };
  });
}

/** Throwaway compiles that bring the pool's compile path up to speed (measured: ~40 compiles). */
const COMPILER_WARMUP_COMPILES = 40;

/**
 * Compiles distinct variants of the warm-up scripts, so the first never-seen script after a start
 * does not pay for V8 optimising esbuild's client, acorn and the source-map code (measured: 7–15
 * ms for a cold compile, 2.5–4 ms warm). Run when the slots are ready, not before: while the pool
 * waits seconds for them, V8's idle-time garbage collections discard code that has not run
 * recently, the compile path's included. Only speed is at stake, so it never fails.
 */
export async function warmUpCompiler(): Promise<void> {
  try {
    for (let index = 0; index < COMPILER_WARMUP_COMPILES; index++) {
      const script = WARMUP_SCRIPTS[index % WARMUP_SCRIPTS.length]!;
      await compileModelScript(`${script.source}\n// warm-up ${index}\n`, { language: "ts" });
    }
  } catch {
    // A real request reports its own compile failure.
  }
}
