/**
 * Builds one conformance port in-process and measures its result the way the native reference
 * scripts measure theirs: the number of solids and faces and the total volume of every shape the
 * program's result holds (a Workplane's stack, a shape, a Sketch's faces, an Assembly's parts).
 * Results without a solid also report their total area, so a face-only result still has a size.
 */
import { AssemblyImpl, SketchImpl, WorkplaneImpl, isShape, type Shape } from "../../src/api/index.ts";
import { loadScript } from "../../src/build/index.ts";
import { withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues, type RequestValue } from "../../src/modelscript/index.ts";

/** What a conformance program produced: counted and measured, never compared here. */
export interface Measured {
  solids: number;
  faces: number;
  volume: number;
  /** Only for results with no solid. */
  area?: number;
}

function shapesOf(result: unknown): Shape[] {
  if (isShape(result)) return [result];
  if (result instanceof WorkplaneImpl) return result.vals().filter(isShape);
  if (result instanceof SketchImpl) {
    const faces = result.facesShape();
    return faces ? [faces] : [];
  }
  if (result instanceof AssemblyImpl) return result.toShapes();
  if (Array.isArray(result)) return result.flatMap(shapesOf);
  throw new Error(`the program's result is not a Workplane, shape, Sketch or Assembly: ${String(result)}`);
}

/** Measures a list of shapes as the native reference scripts do. */
export function measureShapes(shapes: readonly Shape[]): Measured {
  const solids = shapes.reduce((n, s) => n + s.Solids().length, 0);
  const measured: Measured = {
    solids,
    faces: shapes.reduce((n, s) => n + s.Faces().length, 0),
    volume: shapes.reduce((v, s) => v + s.Solids().reduce((w, solid) => w + solid.Volume(), 0), 0),
  };
  if (solids === 0) measured.area = shapes.reduce((a, s) => a + s.Area(), 0);
  return measured;
}

/** A native reference's values, as expected.json stores them. */
export interface Expected extends Measured {
  nativeMs: number;
}

/** One configuration of a parametric example and what its native build gave, or that the native script refused it (examples-expected.json). */
export interface ExampleConfiguration extends Partial<Measured> {
  values: Record<string, number>;
  refused?: string;
}

const RELATIVE_TOLERANCE = 1e-6;

function close(actual: number, wanted: number): boolean {
  return Math.abs(actual - wanted) <= RELATIVE_TOLERANCE * Math.max(Math.abs(wanted), 1e-12);
}

/**
 * How a measured result differs from the native one (solids and faces exactly, volume and, for
 * results without a solid, area within 1e-6 relative), or undefined when it does not.
 */
export function difference(actual: Measured, wanted: Measured): string | undefined {
  const wrong: string[] = [];
  if (actual.solids !== wanted.solids) wrong.push(`solids ${actual.solids}, native ${wanted.solids}`);
  if (actual.faces !== wanted.faces) wrong.push(`faces ${actual.faces}, native ${wanted.faces}`);
  if (!close(actual.volume, wanted.volume)) wrong.push(`volume ${actual.volume}, native ${wanted.volume}`);
  if (wanted.area !== undefined && !close(actual.area ?? 0, wanted.area)) wrong.push(`area ${actual.area}, native ${wanted.area}`);
  return wrong.length > 0 ? wrong.join("; ") : undefined;
}

/** Loads a port (a ModelScript), runs its build() with these parameter values (its defaults for the others) and measures what it returned. */
export async function buildAndMeasure(source: string, values: Readonly<Record<string, RequestValue>> = {}): Promise<Measured> {
  const loaded = await loadScript(source, "ts");
  return withScopeAsync(async () => measureShapes(shapesOf(loaded.run(resolveValues(loaded, { values })))));
}
