/**
 * The tables and target lines of the native benchmark (bench/native.ts), from its measured
 * medians: pure, so the grouping and formatting are unit-tested (test/bench/nativeReport.test.ts).
 *
 * Programs whose native reference does less work than ours (bench/native/likeForLike.ts) get
 * their own table and geometric mean, labelled with what ours does beyond the reference; the
 * targets are checked on the like-for-like programs only, and the mean over all programs is
 * printed beside them so nothing is hidden.
 */
import { formatMs, geomean } from "../measure.ts";
import { KINDS, type KindName, type LikeForLikeKind } from "./likeForLike.ts";

export const COLD_TARGET = 1.5;
export const MESH_TARGET = 1.0;
/**
 * Meshes whose triangle counts differ by more than this fraction were not made from the same
 * B-rep (or not with the same algorithm): their times are printed but left out of the meshing
 * geometric means, which compare like with like only.
 */
export const SAME_MESH_TOLERANCE = 0.02;

/** Medians of one program's runs, each side. */
export interface ProgramResult {
  name: string;
  /** Why the native reference does less work than ours; undefined when it is like for like. */
  notLikeForLike?: KindName;
  cold?: {
    nativeMs: number;
    wallMs: number;
    slotMs: number;
    nativeBuildMs: number;
    ourBuildMs: number;
    /** CPU time of build + export, FreeCAD's process (all threads); NaN when not measured. */
    nativeCpuMs?: number;
    /**
     * CPU time of the slot's main thread for the whole job (IPC, evaluation, build, export, reply), from a ready slot
     * at rest to the reply (bench/quietSlot.ts: not a replacement slot's warm-up, nor the last job's post-reply work); NaN when not measured.
     */
    slotCpuMs?: number;
  };
  /** `nativeVia`: how the native side meshed (bench/native/driver.py's "stlVia"). */
  mesh?: {
    nativeVia?: "occt" | "freecad-meshpart";
    /** Wall time of the native mesher's mesh + write. */
    nativeMs: number;
    /** Wall time of our STL export in the slot (`exportMs`). */
    ourMs: number;
    /** CPU time of the native mesher process for the same work as nativeMs (bench/native/mesh.cpp; only with "occt"); NaN or absent when not measured. */
    nativeCpuMs?: number;
    /** CPU time of the slot's process during our STL export (`exportCpuMs`, src/build/pipeline.ts); NaN or absent when not measured. */
    ourCpuMs?: number;
    nativeTriangles: number;
    ourTriangles: number;
    runs: number;
  };
}

export interface Table {
  title: string;
  header: string[];
  rows: string[][];
}

export interface NativeReport {
  tables: Table[];
  /** The "Issue 15 targets" table's rows: measure, value, target. */
  summary: string[][];
  /** The like-for-like meshing mean is above its target (so the meshing note applies). */
  meshMissed: boolean;
}

/** A geometric mean as printed: "not measured" when there was nothing to average (or it is not a number). */
export function formatMean(mean: number): string {
  return Number.isFinite(mean) ? mean.toFixed(2) : "not measured";
}

const cpuMs = (ms: number | undefined): string => (ms !== undefined && Number.isFinite(ms) ? formatMs(ms) : "—");

export const ratio = (a: number, b: number): string => (Number.isFinite(a / b) ? (a / b).toFixed(2) : "—");

export function verdict(measured: number, target: number): string {
  if (!Number.isFinite(measured)) return "not measured";
  return measured <= target ? `met (≤ ${target.toFixed(1)}×)` : `MISSED by ${(measured / target).toFixed(2)}× (target ≤ ${target.toFixed(1)}×)`;
}

export function sameMesh(nativeTriangles: number, ourTriangles: number): boolean {
  return Math.abs(ourTriangles - nativeTriangles) <= SAME_MESH_TOLERANCE * Math.max(ourTriangles, nativeTriangles);
}

const programs = (n: number): string => `${n} program${n === 1 ? "" : "s"}`;

interface Group {
  /** undefined: the like-for-like group. */
  kind: KindName | undefined;
  results: ProgramResult[];
}

/**
 * The like-for-like group (always, even empty), then each kind that has programs, in KINDS order.
 * For the meshing tables (`mesh`), a kind whose extra work is in the STEP export alone is like for like.
 */
function groupsOf(results: readonly ProgramResult[], mesh = false): Group[] {
  const kindOf = (r: ProgramResult): KindName | undefined => (r.notLikeForLike !== undefined && mesh && (KINDS[r.notLikeForLike] as LikeForLikeKind).stepOnly ? undefined : r.notLikeForLike);
  const groups: Group[] = [{ kind: undefined, results: results.filter((r) => kindOf(r) === undefined) }];
  for (const kind of Object.keys(KINDS) as KindName[]) {
    const inKind = results.filter((r) => kindOf(r) === kind);
    if (inKind.length > 0) groups.push({ kind, results: inKind });
  }
  return groups;
}

const groupTitle = (kind: KindName | undefined): string => (kind === undefined ? "like for like" : `NOT like for like, left out of the targets — ${KINDS[kind].label}`);

const coldRatios = (results: readonly ProgramResult[]) => {
  const cold = results.flatMap((r) => (r.cold === undefined ? [] : [r.cold]));
  return {
    count: cold.length,
    wall: geomean(cold.map((c) => c.wallMs / c.nativeMs)),
    slot: geomean(cold.map((c) => c.slotMs / c.nativeMs)),
    build: geomean(cold.map((c) => c.ourBuildMs / c.nativeBuildMs)),
    ...cpuRatios(cold),
  };
};

/** The CPU ratio over the programs that have both CPU figures (none on a system without /proc). */
function cpuRatios(cold: ReadonlyArray<NonNullable<ProgramResult["cold"]>>): { cpuCount: number; cpu: number } {
  return cpuMean(cold.map((c) => [c.slotCpuMs, c.nativeCpuMs]));
}

/** The geometric mean of ours ÷ native over the pairs where both were measured, and how many those were. */
function cpuMean(pairs: ReadonlyArray<[number | undefined, number | undefined]>): { cpuCount: number; cpu: number } {
  const ratios = pairs.map(([ours, native]) => (ours ?? Number.NaN) / (native ?? Number.NaN)).filter(Number.isFinite);
  return { cpuCount: ratios.length, cpu: geomean(ratios) };
}

const meshRatios = (results: readonly ProgramResult[]) => {
  const mesh = results.flatMap((r) => (r.mesh === undefined ? [] : [r.mesh]));
  const same = mesh.filter((m) => sameMesh(m.nativeTriangles, m.ourTriangles));
  const different = mesh.filter((m) => !sameMesh(m.nativeTriangles, m.ourTriangles));
  const cpu = (meshes: typeof mesh) => cpuMean(meshes.map((m) => [m.ourCpuMs, m.nativeCpuMs]));
  return {
    same: same.length,
    sameMean: geomean(same.map((m) => m.ourMs / m.nativeMs)),
    sameCpu: cpu(same),
    different: different.length,
    differentMean: geomean(different.map((m) => m.ourMs / m.nativeMs)),
    differentCpu: cpu(different),
  };
};

export interface ReportOptions {
  /** STEP builds were measured. */
  step: boolean;
  /** STL meshes were measured. */
  stl: boolean;
  runs: number;
  shortMs: number;
  maxRuns: number;
}

export function nativeReport(results: readonly ProgramResult[], options: ReportOptions): NativeReport {
  const tables: Table[] = [];
  const summary: string[][] = [];
  const groups = groupsOf(results);
  let meshMissed = false;
  if (options.step) {
    const header = ["program", "native ms", "partforge wall ms", "in slot ms", "wall ÷ native", "slot ÷ native", "native build() ms", "our build() ms", "build ÷ native", "native CPU ms", "slot CPU ms", "CPU ÷ native"];
    for (const { kind, results: inGroup } of groups) {
      const rows = inGroup.flatMap(({ name, cold: c }) =>
        c === undefined ? [] : [[name, formatMs(c.nativeMs), formatMs(c.wallMs), formatMs(c.slotMs), ratio(c.wallMs, c.nativeMs), ratio(c.slotMs, c.nativeMs), formatMs(c.nativeBuildMs), formatMs(c.ourBuildMs), ratio(c.ourBuildMs, c.nativeBuildMs), cpuMs(c.nativeCpuMs), cpuMs(c.slotCpuMs), ratio(c.slotCpuMs ?? Number.NaN, c.nativeCpuMs ?? Number.NaN)]],
      );
      const g = coldRatios(inGroup);
      rows.push([`geometric mean of ratios (${programs(g.count)})`, "", "", "", formatMean(g.wall), formatMean(g.slot), "", "", formatMean(g.build), "", "", formatMean(g.cpu)]);
      tables.push({
        title: `Cold builds vs native OpenCascade, ${groupTitle(kind)} (type STEP, cache off, warm pool: a slot the previous build retired is replaced and warm before the next build is timed; median of ${options.runs} runs (${options.maxRuns} for programs under ${options.shortMs} ms), interleaved; native = FreeCAD Part build() + exportStep in one long-lived process)`,
        header,
        rows,
      });
    }
    const like = coldRatios(groups[0]!.results);
    summary.push(
      [`cold builds, wall (pool.build) ÷ native, geometric mean, like for like (${programs(like.count)})`, formatMean(like.wall), verdict(like.wall, COLD_TARGET)],
      [`cold builds, in the slot ÷ native, geometric mean, like for like (${programs(like.count)})`, formatMean(like.slot), verdict(like.slot, COLD_TARGET)],
      ["for information: build() alone (no load, no export) ÷ native build(), geometric mean, like for like", formatMean(like.build), ""],
      [`for information: cold builds, CPU, the slot's main thread (whole job, from a ready slot at rest to the reply) ÷ native process (build + export), geometric mean, like for like (${programs(like.cpuCount)}); a loaded machine moves it far less than wall time`, formatMean(like.cpu), ""],
    );
    for (const { kind, results: inGroup } of groups.slice(1)) {
      const g = coldRatios(inGroup);
      summary.push(
        [`for information: cold builds, wall ÷ native, not like for like: ${kind} (${programs(g.count)})`, formatMean(g.wall), "no target: ours does work the reference does not"],
        [`for information: cold builds, in the slot ÷ native, not like for like: ${kind} (${programs(g.count)})`, formatMean(g.slot), ""],
      );
    }
    if (groups.length > 1) {
      const all = coldRatios(results);
      summary.push(
        [`for information: cold builds, wall ÷ native, all programs (${programs(all.count)})`, formatMean(all.wall), ""],
        [`for information: cold builds, in the slot ÷ native, all programs (${programs(all.count)})`, formatMean(all.slot), ""],
      );
    }
  }
  if (options.stl) {
    const meshGroups = groupsOf(results, true);
    const header = ["program", "native ms", "partforge ms", "wall ÷ native", "native CPU ms", "slot export CPU ms", "CPU ÷ native", "native triangles", "our triangles", "same mesh", "runs"];
    for (const { kind, results: inGroup } of meshGroups) {
      const rows = inGroup.flatMap(({ name, mesh: m }) =>
        m === undefined
          ? []
          : [[name, formatMs(m.nativeMs), formatMs(m.ourMs), ratio(m.ourMs, m.nativeMs), cpuMs(m.nativeCpuMs), cpuMs(m.ourCpuMs), ratio(m.ourCpuMs ?? Number.NaN, m.nativeCpuMs ?? Number.NaN), String(m.nativeTriangles), String(m.ourTriangles), sameMesh(m.nativeTriangles, m.ourTriangles) ? "" : "no: left out of the mean", String(m.runs)]],
      );
      const g = meshRatios(inGroup);
      rows.push([`geometric mean of ratios, same mesh (${programs(g.same)}; CPU: ${programs(g.sameCpu.cpuCount)})`, "", "", formatMean(g.sameMean), "", "", formatMean(g.sameCpu.cpu), "", "", "", ""]);
      if (g.different > 0) rows.push([`for information: different meshes (${programs(g.different)})`, "", "", formatMean(g.differentMean), "", "", formatMean(g.differentCpu.cpu), "", "", "", ""]);
      tables.push({
        title: `Meshing at the default tolerances, ${groupTitle(kind)} (0.1, 0.1 rad, absolute, both sides): partforge STL export (mesh + write, in the slot) vs native BRepMesh_IncrementalMesh + StlAPI_Writer (bench/native/mesh.cpp: the same work; see the line after the tables if it could not be built); median of the runs shown (more for programs under ${options.shortMs} ms), interleaved. Wall: our export's in the slot against the mesher's; CPU: the slot process's during our export (exportCpuMs: its main thread and V8's helper threads, and the kernel's threads with --kernel-threads) against the native mesher process's for the same work. Triangle counts more than ${SAME_MESH_TOLERANCE * 100} % apart mean the two sides did not mesh the same B-rep: those are left out of the means`,
        header,
        rows,
      });
    }
    const like = meshRatios(meshGroups[0]!.results);
    summary.push(
      [`meshing, wall: our export in the slot ÷ native mesher, geometric mean over the like-for-like programs whose meshes match (${programs(like.same)}); unreliable on a loaded machine (waiting for a core counts)`, formatMean(like.sameMean), verdict(like.sameMean, MESH_TARGET)],
      [`meshing, CPU: the slot process during our export ÷ native mesher process (mesh + write), geometric mean over the like-for-like programs whose meshes match (${programs(like.sameCpu.cpuCount)}); the like-for-like figure on a loaded machine`, formatMean(like.sameCpu.cpu), verdict(like.sameCpu.cpu, MESH_TARGET)],
    );
    if (meshGroups.length > 1) {
      const all = meshRatios(results);
      summary.push(
        [`for information: meshing, wall ÷ native, all programs whose meshes match (${programs(all.same)})`, formatMean(all.sameMean), ""],
        [`for information: meshing, CPU ÷ native, all programs whose meshes match (${programs(all.sameCpu.cpuCount)})`, formatMean(all.sameCpu.cpu), ""],
      );
    }
    const viaMeshPart = results.filter((r) => r.mesh?.nativeVia === "freecad-meshpart").length;
    if (viaMeshPart > 0) {
      summary.push([`native meshing went through FreeCAD's MeshPart.meshFromShape for ${programs(viaMeshPart)} (bench/native/mesh.cpp could not be built: it needs g++ and Debian's libocct-modeling-algorithms-dev): MeshPart also welds the vertices and builds FreeCAD's mesh kernel, work partforge does not do, so those meshing ratios flatter partforge`, "", "not like for like"]);
    }
    // The CPU mean decides where it was measured (wall time on a loaded machine is mostly waiting).
    const decisive = Number.isFinite(like.sameCpu.cpu) ? like.sameCpu.cpu : like.sameMean;
    meshMissed = Number.isFinite(decisive) && decisive > MESH_TARGET;
  }
  return { tables, summary, meshMissed };
}
