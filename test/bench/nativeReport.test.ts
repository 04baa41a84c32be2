/**
 * The native benchmark's report (bench/native/report.ts): programs whose reference does less work
 * than ours get their own tables and means, the targets are checked on the like-for-like
 * programs only, the all-programs means are printed beside them, and an empty group prints
 * "not measured", never NaN.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { geomean } from "../../bench/measure.ts";
import { formatMean, nativeReport, type ProgramResult, type ReportOptions } from "../../bench/native/report.ts";
import type { KindName } from "../../bench/native/likeForLike.ts";

const options: ReportOptions = { step: true, stl: true, runs: 3, shortMs: 30, maxRuns: 11 };

/** A program whose every ratio is `r` (cold wall, slot, build; mesh), with meshes that match unless `triangles` differ. */
function program(name: string, r: number, notLikeForLike?: KindName, triangles: [number, number] = [100, 100]): ProgramResult {
  return {
    name,
    notLikeForLike,
    cold: { nativeMs: 10, wallMs: 10 * r, slotMs: 10 * r, nativeBuildMs: 2, ourBuildMs: 2 * r },
    mesh: { nativeMs: 4, ourMs: 4 * r, nativeTriangles: triangles[0], ourTriangles: triangles[1], runs: 11 },
  };
}

const row = (summary: string[][], start: RegExp): string[] => {
  const found = summary.find((r) => start.test(r[0]!));
  assert.ok(found, `no summary row matching ${start}: ${summary.map((r) => r[0]).join(" | ")}`);
  return found;
};

describe("native benchmark report", () => {
  it("checks the targets on the like-for-like programs and shows the solver programs apart, with the all-programs mean", () => {
    const report = nativeReport([program("a", 1), program("b", 4), program("c", 9, "solver"), program("d", 1, "solver")], options);
    const titles = report.tables.map((t) => t.title);
    assert.equal(titles.length, 4);
    assert.match(titles[0]!, /^Cold builds vs native OpenCascade, like for like/);
    assert.match(titles[1]!, /^Cold builds vs native OpenCascade, NOT like for like, left out of the targets — constraint solver/);
    assert.match(titles[2]!, /^Meshing at the default tolerances, like for like/);
    assert.match(titles[3]!, /^Meshing at the default tolerances, NOT like for like.*constraint solver/);
    assert.deepEqual(report.tables[0]!.rows.map((r) => r[0]), ["a", "b", "geometric mean of ratios (2 programs)"]);
    assert.deepEqual(report.tables[1]!.rows.map((r) => r[0]), ["c", "d", "geometric mean of ratios (2 programs)"]);
    assert.equal(report.tables[0]!.rows[2]![4], "2.00"); // √(1 × 4)
    assert.equal(report.tables[1]!.rows[2]![4], "3.00"); // √(9 × 1)

    const wall = row(report.summary, /^cold builds, wall .* like for like \(2 programs\)/);
    assert.deepEqual(wall.slice(1), ["2.00", "MISSED by 1.33× (target ≤ 1.5×)"]);
    assert.equal(row(report.summary, /^for information: cold builds, wall ÷ native, not like for like: solver \(2 programs\)/)[1], "3.00");
    assert.equal(row(report.summary, /^for information: cold builds, wall ÷ native, all programs \(4 programs\)/)[1], formatMean(geomean([1, 4, 9, 1])));
    assert.deepEqual(row(report.summary, /^meshing, wall: .*like-for-like .*\(2 programs\)/).slice(1), ["2.00", "MISSED by 2.00× (target ≤ 1.0×)"]);
    assert.equal(row(report.summary, /^for information: meshing, wall ÷ native, all programs whose meshes match \(4 programs\)/)[1], formatMean(geomean([1, 4, 9, 1])));
    assert.equal(report.meshMissed, true);
  });

  it("leaves a kind whose extra work is the STEP export alone (document) out of the cold targets but in the meshing ones", () => {
    const report = nativeReport([program("a", 1), program("b", 4), program("e", 9, "document")], options);
    const titles = report.tables.map((t) => t.title);
    assert.equal(titles.length, 3);
    assert.match(titles[1]!, /^Cold builds vs native OpenCascade, NOT like for like, left out of the targets — STEP document/);
    assert.deepEqual(report.tables[1]!.rows.map((r) => r[0]), ["e", "geometric mean of ratios (1 program)"]);
    assert.match(titles[2]!, /^Meshing at the default tolerances, like for like/);
    assert.deepEqual(report.tables[2]!.rows.map((r) => r[0]), ["a", "b", "e", "geometric mean of ratios, same mesh (3 programs; CPU: 0 programs)"]);
    assert.equal(row(report.summary, /^cold builds, wall .* like for like \(2 programs\)/)[1], "2.00");
    assert.deepEqual(row(report.summary, /^meshing, wall: .*like-for-like .*\(3 programs\)/).slice(1, 2), [formatMean(geomean([1, 4, 9]))]);
  });

  it("prints the old single group when every program is like for like", () => {
    const report = nativeReport([program("a", 1.2), program("b", 1.2)], options);
    assert.equal(report.tables.length, 2);
    assert.deepEqual(row(report.summary, /^cold builds, in the slot .* like for like \(2 programs\)/).slice(1), ["1.20", "met (≤ 1.5×)"]);
    assert.ok(!report.summary.some((r) => /all programs|not like for like/.test(r[0]!)), "no extra rows without a second group");
  });

  it("says not measured, never NaN, for a group or mean with no programs", () => {
    // Only solver programs: the like-for-like group is empty.
    const onlySolver = nativeReport([program("c", 3, "solver")], options);
    // Only meshes that do not match: no same-mesh mean.
    const differentMeshes = nativeReport([program("a", 0.5, undefined, [100, 300]), program("b", 2, undefined, [1000, 10])], { ...options, step: false });
    for (const report of [onlySolver, differentMeshes]) {
      const text = JSON.stringify(report);
      assert.doesNotMatch(text, /NaN/, text);
    }
    assert.deepEqual(row(onlySolver.summary, /^cold builds, wall .* like for like \(0 programs\)/).slice(1), ["not measured", "not measured"]);
    assert.equal(onlySolver.tables[0]!.rows.at(-1)![4], "not measured");
    assert.deepEqual(row(differentMeshes.summary, /^meshing, wall: .*\(0 programs\)/).slice(1), ["not measured", "not measured"]);
    assert.deepEqual(row(differentMeshes.summary, /^meshing, CPU: .*\(0 programs\)/).slice(1), ["not measured", "not measured"]);
    const sameColumn = differentMeshes.tables[0]!.header.indexOf("same mesh");
    assert.deepEqual(differentMeshes.tables[0]!.rows.map((r) => r[sameColumn]), ["no: left out of the mean", "no: left out of the mean", "", ""]);
    assert.equal(differentMeshes.tables[0]!.rows.at(-1)![0], "for information: different meshes (2 programs)");
    assert.equal(differentMeshes.meshMissed, false);
    assert.equal(differentMeshes.tables.length, 1, "--mesh-only: no cold tables");
  });

  it("prints the CPU ratio per program and over the programs that have both CPU figures, never NaN", () => {
    const withCpu = (name: string, nativeCpuMs: number, slotCpuMs: number): ProgramResult => {
      const base = program(name, 1);
      return { ...base, cold: { ...base.cold!, nativeCpuMs, slotCpuMs } };
    };
    // "c" has no CPU figures (no /proc, or its slot was replaced): left out of the CPU mean only.
    const report = nativeReport([withCpu("a", 10, 20), withCpu("b", 10, 80), withCpu("c", Number.NaN, 5), program("d", 1)], options);
    const cold = report.tables[0]!;
    const column = cold.header.indexOf("CPU ÷ native");
    assert.ok(column > 0, cold.header.join(", "));
    assert.deepEqual(cold.rows.map((r) => r[column]), ["2.00", "8.00", "—", "—", "4.00"]);
    assert.deepEqual(cold.rows.map((r) => r[cold.header.indexOf("slot CPU ms")]), ["20.0", "80.0", "5.00", "—", ""]);
    assert.equal(row(report.summary, /^for information: cold builds, CPU, .*like for like \(2 programs\)/)[1], "4.00");
    assert.doesNotMatch(JSON.stringify(report), /NaN/);
    const none = nativeReport([program("d", 1)], options);
    assert.equal(row(none.summary, /^for information: cold builds, CPU, .*\(0 programs\)/)[1], "not measured");
  });

  it("says what the cold CPU window holds: the whole job, from a ready slot at rest to the reply (not a replacement slot's warm-up)", () => {
    const report = nativeReport([program("a", 1)], options);
    assert.match(row(report.summary, /^for information: cold builds, CPU, /)[0], /the slot's main thread \(whole job, from a ready slot at rest to the reply\)/);
    assert.match(report.tables[0]!.title, /a slot the previous build retired is replaced and warm before the next build is timed/);
  });

  it("prints meshing's CPU ratio beside its wall ratio, per program and as means, with a target verdict for each, the CPU one named as like for like under load", () => {
    /** Meshing at wall ratio `wall` (4 ms native) and CPU ratio `ours / native` (ms). */
    const meshing = (name: string, wall: number, nativeCpuMs: number, ourCpuMs: number, notLikeForLike?: "solver"): ProgramResult => {
      const base = program(name, wall, notLikeForLike);
      return { ...base, mesh: { ...base.mesh!, nativeVia: "occt", nativeCpuMs, ourCpuMs } };
    };
    // Under load: our wall ratio is under 1, our CPU ratio over it. "c" has no native CPU (MeshPart fallback): out of the CPU mean only.
    const report = nativeReport([meshing("a", 0.5, 10, 12), meshing("b", 0.8, 10, 30), meshing("c", 0.5, Number.NaN, 3), meshing("s", 1, 10, 10, "solver")], { ...options, step: false });
    const mesh = report.tables[0]!;
    const column = (name: string) => {
      const index = mesh.header.indexOf(name);
      assert.ok(index > 0, `no column ${name}: ${mesh.header.join(", ")}`);
      return index;
    };
    assert.deepEqual(mesh.rows.map((r) => r[column("wall ÷ native")]), ["0.50", "0.80", "0.50", formatMean(geomean([0.5, 0.8, 0.5]))]);
    assert.deepEqual(mesh.rows.map((r) => r[column("native CPU ms")]), ["10.0", "10.0", "—", ""]);
    assert.deepEqual(mesh.rows.map((r) => r[column("slot export CPU ms")]), ["12.0", "30.0", "3.00", ""]);
    assert.deepEqual(mesh.rows.map((r) => r[column("CPU ÷ native")]), ["1.20", "3.00", "—", formatMean(geomean([1.2, 3]))]);
    assert.match(mesh.rows.at(-1)![0]!, /same mesh \(3 programs; CPU: 2 programs\)/);

    const wall = row(report.summary, /^meshing, wall: .*like-for-like .*\(3 programs\)/);
    assert.deepEqual(wall.slice(1), [formatMean(geomean([0.5, 0.8, 0.5])), "met (≤ 1.0×)"]);
    assert.match(wall[0]!, /unreliable on a loaded machine/);
    const cpu = row(report.summary, /^meshing, CPU: .*like-for-like .*\(2 programs\)/);
    assert.deepEqual(cpu.slice(1), ["1.90", "MISSED by 1.90× (target ≤ 1.0×)"]); // √(1.2 × 3)
    assert.match(cpu[0]!, /the like-for-like figure on a loaded machine/);
    assert.equal(row(report.summary, /^for information: meshing, CPU ÷ native, all programs whose meshes match \(3 programs\)/)[1], formatMean(geomean([1.2, 3, 1])));
    assert.equal(report.meshMissed, true, "the CPU mean decides, not the wall mean that met the target");
    assert.doesNotMatch(JSON.stringify(report), /NaN/);
  });

  it("says when the native side meshed through FreeCAD's MeshPart (more work than ours), and nothing when it meshed like for like", () => {
    const viaMeshPart = (name: string): ProgramResult => {
      const result = program(name, 1);
      result.mesh!.nativeVia = "freecad-meshpart";
      return result;
    };
    const occt = program("c", 1);
    occt.mesh!.nativeVia = "occt";
    const mixed = nativeReport([viaMeshPart("a"), viaMeshPart("b"), occt], options).summary;
    assert.deepEqual(row(mixed, /^native meshing went through FreeCAD's MeshPart/).slice(1), ["", "not like for like"]);
    assert.match(row(mixed, /^native meshing went through FreeCAD's MeshPart/)[0]!, /for 2 programs/);
    const like = nativeReport([occt], options).summary;
    assert.ok(!like.some((r) => /MeshPart/.test(r[0]!)));
  });

  it("formats means: finite to two decimals, an empty mean as not measured", () => {
    assert.equal(formatMean(geomean([2, 8])), "4.00");
    assert.ok(Number.isNaN(geomean([])));
    assert.equal(formatMean(geomean([])), "not measured");
    assert.equal(formatMean(Number.POSITIVE_INFINITY), "not measured");
  });
});
