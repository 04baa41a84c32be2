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

const APPROXIMATION =
  "disagrees: both builds make the same parametricCurve spline (GeomAPI_PointsToBSpline with weights 1, 1, 1: degree 6, 2051 poles, " +
  "513 knots, through the 401 points within 1e-7), but OCCT's default mass integration is off on it: in FreeCAD alone the face's area " +
  "is 118.829 and its unit prism's volume 121.637, where the curve encloses 119.381 (sampled); the twisted solid's volume inherits that " +
  "error (a closed form, 15 × 119.381 − 60π = 1602.2, is far from both)";

const LOFT =
  "disagrees: the towers are lofts, and CadQuery 2.5 lofts with BRepOffsetAPI_ThruSections at maximum degree 3 and iso-parametric " +
  "parametrisation; this OCCT build exposes no parametrisation setter, so each tower's loft has other faces (36 in all, native 52) and the " +
  "volume differs by 1.2e-3 relative";

export const PENDING: Readonly<Record<string, Pending>> = {
  "examples-extrude-until-last-skyscrapers": { category: LOFT, differs: "faces 36, native 52; volume 6225.585602344481, native 6218.000048938326" },
  "examples-cycloidal-gear": { category: APPROXIMATION, differs: "volume 1545.8480240420774, native 1548.812000298865" },
};
