/**
 * The conformance programs partforge cannot build yet, each with the error it stops at today. The
 * test asserts the build still fails with a message containing `error`, so a fix (or a different
 * failure) shows up as a test failure that says to update this table. A program that builds but
 * disagrees with its native build is listed with `differs` instead.
 * Draft a new table with draft-pending.ts after a change, then review the categories by hand.
 */
export interface Pending {
  category: string;
  /** A part of the error message the build stops with today. */
  error?: string;
  /** For a program that builds: how it differs from the native build, exactly as the test words it. */
  differs?: string;
}

const SWEEP_APPROXIMATION =
  "disagrees: the Frenet sweep along the helix is approximated (BRepOffsetAPI_MakePipeShell's 1e-4 tolerance), and FreeCAD's Part.makeHelix " +
  "approximates the helix differently from CadQuery's Wire.makeHelix (BuildCurves3d at 1e-6, which partforge follows). The exact volume is " +
  "12π·A·x̄ (a screw motion of the trapezoid, A = 0.0375, x̄ = 0.43) = 0.6078981785: partforge is 8e-6 from it, the native build 8e-5";
const MOVE =
  "in-place move: CadQuery 2.6+'s Shape.move(x, y, z, rx, ry, rz) moves the shape itself and returns it; partforge's " +
  "shapes are immutable and take only move(loc), refused as NOT_SUPPORTED (use moved)";
const ASM = "missing: Assembly constrain and solve (issue 13 point 4)";
const WP = "missing: a Workplane method (issue 13 point 4)";
const APPROXIMATION =
  "disagrees: parametricCurve's smoothed B-spline (GeomAPI_PointsToBSpline, weights 1, 1, 1) encloses 121.636 here, " +
  "118.829 in the native build (OCCT 7.6.3), 119.37 for the true curve; the native helix is FreeCAD's, not CadQuery's";
const IMPORTERS = "missing: cq.importers (importDXF), and a way to give a ModelScript the file to import";
const OFFSET_FACES =
  "disagrees: builds since Sketch.copy(); the offset outline, extruded and pocketed, has one face more than the native build (volume agrees)";
const OPERATOR = "no TypeScript form: Python's `-` on two sketches needs a named method (the port calls `subtract`)";

export const PENDING: Readonly<Record<string, Pending>> = {
  "examples-cycloidal-gear": { category: APPROXIMATION, differs: "volume 1545.8480240420774, native 1548.8116548223704" },
  "assy-axis-cones": { category: ASM, error: "constrain is not a function" },
  "assy-axis-plate-cone": { category: ASM, error: "constrain is not a function" },
  "assy-axis-surface": { category: WP, error: "parametricSurface is not a function" },
  "assy-door": { category: IMPORTERS, error: '"partforge" has no export named "importers"' },
  "assy-fixed-axis": { category: ASM, error: "constrain is not a function" },
  "assy-fixed-point": { category: ASM, error: "constrain is not a function" },
  "assy-fixed-rotation": { category: ASM, error: "constrain is not a function" },
  "assy-plane-surface": { category: WP, error: "parametricSurface is not a function" },
  "assy-point": { category: ASM, error: "constrain is not a function" },
  "assy-point-in-plane": { category: ASM, error: "constrain is not a function" },
  "assy-point-on-line": { category: ASM, error: "constrain is not a function" },
  "free-func-booleans": { category: MOVE, error: 'Shape.move(loc): unknown option "z"' },
  "free-func-placement": { category: MOVE, error: 'Shape.move(loc): unknown option "rx"' },
  "free-func-primitives": { category: MOVE, error: "Shape.move(loc): loc must be a Location or a point [x, y] or [x, y, z] or a Vector; got 2" },
  "free-func-shape-construction": { category: MOVE, error: 'Shape.move(loc): unknown option "rx"' },
  "primer-assembly-constraint-tags": { category: ASM, error: "constrain is not a function" },
  "primer-assembly-constraints": { category: ASM, error: "constrain is not a function" },
  "sketch-combining-operators": { category: OPERATOR, error: "subtract is not a function" },
  "sketch-offset-inward": { category: OFFSET_FACES, differs: "faces 24, native 23" },
  "sketch-offset-outward": { category: OFFSET_FACES, differs: "faces 24, native 23" },
  "thread-swept-helix": { category: SWEEP_APPROXIMATION, differs: "volume 0.6079030987572742, native 0.6078492275231796" },
};
