/**
 * Warming up, so the first request after a start is not the one that pays for V8 optimising:
 * the warm-up builds a new slot runs before it takes work (a new process builds 2–7× slower at
 * first while V8 optimises the modelling API, the SES evaluator and the exporters, and tiers the
 * kernel's hot WebAssembly functions up from Liftoff to TurboFan; see `warmupBuilds`), and the
 * throwaway compiles that do the same for the pool's compile path.
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

const WARMUP_FORMATS: readonly ExportFormat[] = ["stl", "step"];
/** See `BuildPoolOptions.warmupBuilds`. */
export const DEFAULT_WARMUP_BUILDS = 40;

/** The output type and values of each of `count` warm-up builds: formats and values alternate. */
export function warmupRequests(count: number): Array<{ format: ExportFormat; values: Record<string, string> }> {
  return Array.from({ length: count }, (_, index) => ({
    format: WARMUP_FORMATS[index % WARMUP_FORMATS.length]!,
    values: { p_length: String(20 + ((index * 7) % 80)), p_holes: String(1 + (index % 4)) },
  }));
}

/** `count` warm-up jobs over the compiled warm-up script (bounded, with the rest of a slot's start, by `startupTimeoutMs`). */
export function warmupJobs(script: CompiledScriptData, count: number): SlotJob[] {
  return warmupRequests(count).map(({ format, values }) => ({
    kind: "build" as const,
    script,
    type: format,
    preset: undefined,
    values,
    options: { ...DEFAULT_EXPORT_OPTIONS },
  }));
}

/** Throwaway compiles that bring the pool's compile path up to speed (measured: ~40 compiles). */
const COMPILER_WARMUP_COMPILES = 40;

/**
 * Compiles distinct variants of the warm-up script, so the first never-seen script after a start
 * does not pay for V8 optimising esbuild's client, acorn and the source-map code (measured: 7–15
 * ms for a cold compile, 2.5–4 ms warm). Run when the slots are ready, not before: while the pool
 * waits seconds for them, V8's idle-time garbage collections discard code that has not run
 * recently, the compile path's included. Only speed is at stake, so it never fails.
 */
export async function warmUpCompiler(): Promise<void> {
  try {
    for (let index = 0; index < COMPILER_WARMUP_COMPILES; index++) {
      await compileModelScript(`${WARMUP_SCRIPT}\n// warm-up ${index}\n`, { language: "ts" });
    }
  } catch {
    // A real request reports its own compile failure.
  }
}
