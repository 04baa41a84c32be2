/**
 * CadQuery's free functions that build shapes from other shapes: wires from edges, faces from
 * wires, shells sewn from faces, solids from shells or faces, compounds of anything.
 */
import { compoundOfShapes, makeCompoundOf, makePlanarFace, sewFaces, solidWithCavities, solidsFromShells, makeWire } from "../../kernel/index.ts";
import { noteStackOverflow } from "../../shared/stackOverflow.ts";
import { Plane } from "../plane.ts";
import { unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { wiresToFaces } from "../ops/faces.ts";
import type { funcArgs } from "../signatures/generated.ts";
import { bind, edgesOf, funcError, normalized, partsOf, wiresOf } from "./parts.ts";

/**
 * One wire from edges and wires (given in any order; connected ones are joined).
 * @example func.wire(func.segment([0, 0], [1, 0]), func.segment([1, 0], [1, 1])).Length() // 2
 */
export function wire(...args: funcArgs["wire"]): Shape {
  const { s } = bind("wire", args);
  if (s.length === 0) funcError("wire", "needs at least one edge or wire");
  const edges = s.flatMap((shape, i) => edgesOf("wire", `s[${i}]`, shape));
  return wrapShape(makeWire(edges.map(unwrapShape)));
}

/**
 * The plane of the largest of `wires` (they must be planar and share it), and the face OCCT makes
 * from that wire alone to find it — `wiresToFaces` takes that face as made when it would make the
 * same one (`madeFace`), instead of making it twice.
 */
function planeOf(wires: readonly Shape[]): { plane: Plane; madeFace: { wire: Shape; face: Shape } } {
  const largest = [...wires].sort((a, b) => b.BoundingBox().DiagonalLength - a.BoundingBox().DiagonalLength)[0]!;
  let probe: Shape;
  try {
    probe = wrapShape(makePlanarFace(unwrapShape(largest), false, []));
  } catch (error) {
    noteStackOverflow(error);
    funcError("face", "the wires must be closed and planar");
  }
  const normal = probe.normal();
  if (normal === undefined) funcError("face", "the wires must be closed and planar");
  return { plane: new Plane(probe.Center(), undefined, normal), madeFace: { wire: largest, face: probe } };
}

/**
 * Planar faces bounded by closed wires (or edges): wires inside another become its holes.
 * @example func.face(func.rect(4, 4), func.circle(1)).Area() // 16 − π
 */
export function face(...args: funcArgs["face"]): Shape {
  const { s } = bind("face", args);
  if (s.length === 0) funcError("face", "needs at least one closed wire or edge");
  const wires = s.flatMap((shape, i) => wiresOf("face", `s[${i}]`, shape));
  const unclosed = wires.findIndex((w) => !w.IsClosed());
  if (unclosed >= 0) funcError("face", `wire ${unclosed} is not closed; a face needs closed wires`);
  const { plane, madeFace } = planeOf(wires);
  const faces = wiresToFaces(wires, plane, madeFace);
  // CadQuery's `_get_one(…, "Face")`: the first face made.
  const first = faces[0];
  if (first === undefined) funcError("face", "no face could be made from the wires");
  return first;
}

function sewn(name: string, shapes: readonly Shape[], tol: number, manifold: boolean, ctx: Shape | readonly Shape[] | undefined): Shape {
  const faces = shapes.flatMap((shape, i) => partsOf(name, `s[${i}]`, shape, ["face", "shell"]).flatMap((part) => part.Faces()));
  if (faces.length === 0) funcError(name, "needs at least one face");
  const context = ctx === undefined ? undefined : Array.isArray(ctx) ? compoundOfShapes(ctx.map(unwrapShape)) : unwrapShape(ctx as Shape);
  return normalized(wrapShape(sewFaces(faces.map(unwrapShape), tol, manifold, context)));
}

/**
 * A shell sewn from faces (`tol` for coincident edges). With `ctx`, only the given faces are
 * sewn, into the context shapes (local sewing).
 * @example func.shell(func.box(1, 1, 1).Faces()).ShapeType() // "Shell"
 */
export function shell(...args: funcArgs["shell"]): Shape {
  const { s, tol, manifold, ctx } = bind("shell", args);
  const result = sewn("shell", s, tol, manifold, ctx);
  // CadQuery's shell keeps a lone sewn face as a shell of one face.
  return result.kind === "face" ? wrapShape(sewFaces([unwrapShape(result)], tol, manifold, undefined)) : result;
}

/**
 * A solid from shells, or from faces sewn into one (`solid(f1, f2, …)`), or from a list of
 * faces with the faces of inner cavities (`solid([faces], inner)`).
 * @example func.solid(func.box(1, 1, 1).Faces()).Volume() // 1
 */
export function solid(...args: funcArgs["solid"]): Shape {
  const bound = bind("solid", args);
  if (bound.form === 1) {
    const outer = shellsOf(sewnShell("solid", bound.s, bound.tol));
    if (outer.length !== 1) funcError("solid", `the faces must sew into one shell; they make ${outer.length}`);
    const inner = bound.inner === undefined || bound.inner.length === 0 ? [] : shellsOf(sewnShell("solid", bound.inner, bound.tol));
    return wrapShape(solidWithCavities(unwrapShape(outer[0]!), inner.map(unwrapShape)));
  }
  const given = [bound.s1, ...bound.sn];
  const parts = given.flatMap((shape, i) => partsOf("solid", i === 0 ? "s1" : `sn[${i - 1}]`, shape, ["shell", "face"]));
  let shells = parts.filter((part) => part.kind === "shell");
  if (shells.length === 0) shells = shellsOf(sewnShell("solid", parts, bound.tol));
  return wrapShape(solidsFromShells(shells.map(unwrapShape)));
}

function sewnShell(name: string, shapes: readonly Shape[], tol: number): Shape {
  const faces = shapes.flatMap((shape, i) => partsOf(name, `s[${i}]`, shape, ["face", "shell"]).flatMap((part) => part.Faces()));
  if (faces.length === 0) funcError(name, "needs at least one face");
  return wrapShape(sewFaces(faces.map(unwrapShape), tol, true, undefined));
}

function shellsOf(shape: Shape): Shape[] {
  return shape.kind === "shell" ? [shape] : shape.Shells();
}

/**
 * A compound of the shapes.
 * @example func.compound(func.box(1, 1, 1), func.sphere(1).moved({ x: 3 })).Solids().length // 2
 */
export function compound(...args: funcArgs["compound"]): Shape {
  const { s } = bind("compound", args);
  return wrapShape(makeCompoundOf(s.map(unwrapShape)));
}
