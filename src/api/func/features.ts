/**
 * CadQuery's free functions that make solids and surfaces from profiles or change a solid:
 * extrude, revolve, sweep, loft, offset, fillet, chamfer, fill, cap and prism.
 */
import {
  booleanWithOptions,
  faceNormal,
  fillBoundary,
  filletEdges,
  chamferEdges,
  firstHolders,
  loftWithSettings,
  offsetSurface,
  outerWire,
  prism as prismKernel,
  draftedPrismFeature,
  revolveProfile,
  sweepProfile,
  sweepSections,
  thickenFace,
  type PrismExtent,
  type SweepOptions,
} from "../../kernel/index.ts";
import { noteStackOverflow } from "../../shared/stackOverflow.ts";
import { isShape, unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { Vector } from "../vector.ts";
import type { funcArgs } from "../signatures/generated.ts";
import { bind, compoundOrShape, edgesOf, funcError, normalized, notSupported, oneOf, oneWire, partsOf, wiresOf } from "./parts.ts";
import { face, wire } from "./construction.ts";
import { fuse } from "./booleans.ts";

const PROFILE_KINDS = ["vertex", "edge", "wire", "face"] as const;

/**
 * Each vertex, edge, wire or face of `s` swept along the vector `d` (both ways when `both`).
 * @example func.extrude(func.rect(1, 1), [0, 0, 1]).Faces().length // 4 (an open tube)
 */
export function extrude(...args: funcArgs["extrude"]): Shape {
  const { s, d, both } = bind("extrude", args);
  if (d.length < 1e-12) funcError("extrude", "d must not be the zero vector");
  const parts = partsOf("extrude", "s", s, PROFILE_KINDS);
  const results = parts.map((part) =>
    both ? wrapShape(prismKernel(unwrapShape(part.translate(d.multiply(-1))), d.multiply(2).toTuple())) : wrapShape(prismKernel(unwrapShape(part), d.toTuple())),
  );
  return normalized(compoundOrShape(results));
}

/**
 * Each vertex, edge, wire or face of `s` revolved by `a` degrees about the axis through `p` along `d`.
 * @example func.revolve(func.rect(1, 1).moved({ x: 2 }), [0, 0, 0], [0, 1, 0]) // a square ring
 */
export function revolve(...args: funcArgs["revolve"]): Shape {
  const { s, p, d, a } = bind("revolve", args);
  if (d.length < 1e-12) funcError("revolve", "d must not be the zero vector");
  const parts = partsOf("revolve", "s", s, PROFILE_KINDS);
  return normalized(compoundOrShape(parts.map((part) => wrapShape(revolveProfile(unwrapShape(part), p.toTuple(), d.normalized().toTuple(), a)))));
}

function sweepOptions(aux: Shape | undefined, cap: boolean): SweepOptions {
  return { isFrenet: false, transition: "transformed", auxSpine: aux === undefined ? undefined : unwrapShape(oneWire("sweep", "aux", aux)), curvilinear: true, makeSolid: cap };
}

function innerWires(face: Shape): Shape[] {
  const outer = wrapShape(outerWire(unwrapShape(face)));
  return face.Wires().filter((w) => !w.isSame(outer));
}

/**
 * Edges, wires or faces swept along `path` (one section, or a list of sections along it);
 * faces give solids (their holes swept and cut out), wires give shells, solids with `cap`.
 * @example func.sweep(func.circle(0.5), func.segment([0, 0, 0], [0, 0, 5]), { cap: true }).Volume() // 1.25π
 */
export function sweep(...args: funcArgs["sweep"]): Shape {
  const bound = bind("sweep", args);
  const path = oneWire("sweep", "path", bound.path);
  const aux = bound.aux;
  const start = path.startPoint().toTuple();
  if (bound.form === 0) {
    const faces = bound.s.Faces();
    if (faces.length > 0) {
      const options = sweepOptions(aux, true);
      return normalized(compoundOrShape(faces.map((f) => wrapShape(sweepProfile(outerWire(unwrapShape(f)), innerWires(f).map(unwrapShape), unwrapShape(path), start, options)))));
    }
    const options = sweepOptions(aux, bound.cap);
    const wires = wiresOf("sweep", "s", bound.s);
    return normalized(compoundOrShape(wires.map((w) => wrapShape(sweepSections([unwrapShape(w)], unwrapShape(path), start, options)))));
  }
  if (bound.s.length === 0) funcError("sweep", "s must hold at least one section");
  const faceLists = bound.s.map((section) => section.Faces());
  if (faceLists.every((faces) => faces.length > 0)) {
    if (faceLists.some((faces) => innerWires(faces[0]!).length > 0)) notSupported("sweep", "sweeping several sections with holes together is not implemented yet");
    const count = faceLists[0]!.length;
    const options = sweepOptions(aux, true);
    const results = Array.from({ length: count }, (_, i) =>
      wrapShape(sweepSections(faceLists.map((faces) => outerWire(unwrapShape(faces[Math.min(i, faces.length - 1)]!))), unwrapShape(path), start, options)),
    );
    return normalized(compoundOrShape(results));
  }
  const wireLists = bound.s.map((section, i) => wiresOf("sweep", `s[${i}]`, section));
  const options = sweepOptions(aux, bound.cap);
  const results = wireLists[0]!.map((_, i) => wrapShape(sweepSections(wireLists.map((wires) => unwrapShape(wires[Math.min(i, wires.length - 1)]!)), unwrapShape(path), start, options)));
  return normalized(compoundOrShape(results));
}

/** A section for lofting: its wires, or a vertex (first or last only). */
function loftSections(sections: readonly Shape[]): Shape[][] {
  const lists: Shape[][] = [];
  sections.forEach((section, i) => {
    const ends = i === 0 || i === sections.length - 1;
    const parts = section.kind === "vertex" && ends ? [section] : section.Faces().length > 0 ? section.Faces().map((f) => wrapShape(outerWire(unwrapShape(f)))) : wiresOf("loft", `s[${i}]`, section);
    parts.forEach((part, j) => (lists[j] ??= []).push(part));
  });
  return lists;
}

/**
 * A loft through sections (edges, wires or faces; a vertex may end it): faces give solids,
 * wires give a shell, a solid with `cap`.
 * @example func.loft(func.circle(1), func.rect(1, 1).moved({ z: 2 }), { cap: true }).Solids().length // 1
 */
export function loft(...args: funcArgs["loft"]): Shape {
  const { s, cap, ruled, continuity, parametrization, degree, compat, smoothing, weights } = bind("loft", args);
  if (s.length < 2) funcError("loft", `needs at least 2 sections; got ${s.length}`);
  // CadQuery sets "uniform"; this OCCT build cannot set the type at all (smooth lofts keep OCCT's chord-length default).
  if (parametrization !== "uniform") notSupported("loft", `parametrization "${parametrization}": the OpenCascade build partforge uses does not expose ThruSections' parametrization type`);
  if (degree < 1) funcError("loft", `degree must be at least 1; got ${degree}`);
  const faces = s.every((section, i) => section.Faces().length > 0 || (section.kind === "vertex" && (i === 0 || i === s.length - 1)));
  const solid = faces && s.some((section) => section.Faces().length > 0) ? true : cap;
  const results = loftSections(s).map((sections) =>
    wrapShape(loftWithSettings(sections.map(unwrapShape), { solid, ruled, continuity, degree, compat, smoothing, weights: [weights[0], weights[1], weights[2]] })),
  );
  return normalized(compoundOrShape(results));
}

/**
 * Faces or shells offset by `t` along their normals: with `cap` (default) the solid between the
 * face and its offset; `both` offsets both ways.
 * @example func.offset(func.plane(1, 1), 0.1).Volume() // 0.1
 */
export function offset(...args: funcArgs["offset"]): Shape {
  const { s, t, cap, both } = bind("offset", args);
  if (t === 0) funcError("offset", "t must not be 0");
  const parts = partsOf("offset", "s", s, ["face", "shell"]);
  const one = (part: Shape, distance: number) => wrapShape(cap ? thickenFace(unwrapShape(part), distance) : offsetSurface(unwrapShape(part), distance));
  const results = parts.map((part) => (both ? fuse(one(part, t), one(part, -t)) : one(part, t)));
  return normalized(compoundOrShape(results));
}

function edgesToModify(name: string, s: Shape, edges: Shape): { target: Shape; edges: Shape[] } {
  const target = oneOf(name, "s", s, ["shell", "solid"]);
  const selected = edgesOf(name, "edges", edges.kind === "compound" || edges.kind === "edge" || edges.kind === "wire" ? edges : edgesCompound(edges));
  if (selected.length === 0) funcError(name, "edges holds no edge");
  return { target, edges: selected };
}

function edgesCompound(shape: Shape): Shape {
  return compoundOrShape(shape.Edges());
}

/**
 * `s` (a solid or shell) with `edges` rounded to radius `r`.
 * @example func.fillet(func.box(2, 2, 2), func.box(2, 2, 2).Edges()[0], 0.5)
 */
export function fillet(...args: funcArgs["fillet"]): Shape {
  const { s, edges, r } = bind("fillet", args);
  if (!(r > 0)) funcError("fillet", `r must be greater than 0; got ${r}`);
  const chosen = edgesToModify("fillet", s, edges);
  return normalized(wrapShape(filletEdges(unwrapShape(chosen.target), chosen.edges.map((e) => unwrapShape(e) as never), r)));
}

/**
 * `s` (a solid or shell) with `edges` bevelled by `d`.
 * @example func.chamfer(func.box(2, 2, 2), func.box(2, 2, 2).Edges()[0], 0.5)
 */
export function chamfer(...args: funcArgs["chamfer"]): Shape {
  const { s, edges, d } = bind("chamfer", args);
  if (!(d > 0)) funcError("chamfer", `d must be greater than 0; got ${d}`);
  const chosen = edgesToModify("chamfer", s, edges);
  return normalized(wrapShape(chamferEdges(unwrapShape(chosen.target), chosen.edges.map((e) => unwrapShape(e) as never), d, undefined, undefined)));
}

function constraintsOf(name: string, constraints: readonly unknown[]): { guides: Shape[]; points: [number, number, number][] } {
  const guides: Shape[] = [];
  const points: [number, number, number][] = [];
  constraints.forEach((constraint, i) => {
    if (isShape(constraint)) guides.push(...edgesOf(name, `constraints[${i}]`, constraint));
    else {
      try {
        points.push(Vector.from(constraint as never).toTuple());
      } catch (error) {
        noteStackOverflow(error);
        funcError(name, `constraints[${i}] must be a shape or a point [x, y, z]`);
      }
    }
  });
  return { guides, points };
}

/**
 * A surface filling the closed boundary `s` (edges or wires), through the optional
 * constraint points and edges.
 * @example func.fill(func.circle(1)).Area() // π
 */
export function fill(...args: funcArgs["fill"]): Shape {
  const { s, constraints } = bind("fill", args);
  const { guides, points } = constraintsOf("fill", constraints);
  return normalized(wrapShape(fillBoundary(edgesOf("fill", "s", s).map(unwrapShape), undefined, guides.map(unwrapShape), points)));
}

/**
 * Like `fill`, meeting the faces of `ctx` along the boundary smoothly (tangent, G1).
 * @example func.cap(openBox.edges(">Z"), openBox)
 */
export function cap(...args: funcArgs["cap"]): Shape {
  const { s, ctx, constraints } = bind("cap", args);
  const { guides, points } = constraintsOf("cap", constraints);
  const edges = edgesOf("cap", "s", s);
  const supports = firstHolders(unwrapShape(ctx), "face", "edge", edges.map(unwrapShape)).map((owner, i) => {
    if (owner === undefined) funcError("cap", `edge ${i} of s is not an edge of a face of ctx`);
    return owner;
  });
  return normalized(wrapShape(fillBoundary(edges.map(unwrapShape), supports, guides.map(unwrapShape), points)));
}

/** CadQuery's `_get_faces`: faces, and faces made from edges and wires. */
function facesOf(shape: Shape): Shape[] {
  return partsOf("prism", "faces", shape, ["face", "edge", "wire"]).map((part) => (part.kind === "face" ? part : face(part.kind === "edge" ? wire(part) : part)));
}

/**
 * A prismatic feature on `ctx` from `faces` (or closed edges and wires): `t` a height along
 * each face's normal, a face to go up to, two faces to go between, or None (null) through all;
 * `additive: false` cuts it out; `angle` drafts its sides.
 * @example func.prism(func.box(10, 10, 10), null, func.circle(1).moved({ z: 10 }), null, { additive: false })
 */
export function prism(...args: funcArgs["prism"]): Shape {
  const bound = bind("prism", args);
  if (bound.form === 1) notSupported("prism", "the form with a direction needs BRepFeat_MakePrism, which the OpenCascade build partforge uses leaves out; use the form with angle=0");
  const { ctx, base, faces, t, angle, additive } = bound;
  let extent: PrismExtent;
  if (t === null || t === undefined) extent = "thruAll";
  else if (typeof t === "number") extent = { height: t };
  else if (Array.isArray(t)) {
    if (t.length !== 2) funcError("prism", `t as a list must hold two faces (from, until); got ${t.length}`);
    extent = { from: unwrapShape(oneOf("prism", "t[0]", t[0]!, ["face"])), until: unwrapShape(oneOf("prism", "t[1]", t[1]!, ["face"])) };
  } else extent = { until: unwrapShape(oneOf("prism", "t", t as Shape, ["face"])) };
  const baseFace = base === null || base === undefined ? undefined : unwrapShape(oneOf("prism", "base", base, ["face"]));
  const sketches = facesOf(faces);
  if (sketches.length === 0) funcError("prism", "faces holds no face, edge or wire");
  if (angle === 0 && (extent === "thruAll" || "height" in extent)) return straightPrism(ctx, sketches, extent === "thruAll" ? undefined : extent.height, additive);
  return normalized(wrapShape(draftedPrismFeature(unwrapShape(ctx), baseFace, sketches.map(unwrapShape), extent, angle, additive)));
}

/**
 * An undrafted prism by a height (or through all, both ways) along each face's normal, fused
 * with or cut from `ctx`. CadQuery uses BRepFeat_MakePrism here for its cleaner topology; this
 * OpenCascade build has only the drafted BRepFeat_MakeDPrism, which splits the side faces, so
 * the same solid is made with a boolean of the straight prisms (each side one face, as MakePrism's).
 */
function straightPrism(ctx: Shape, sketches: readonly Shape[], height: number | undefined, additive: boolean): Shape {
  const reach = ctx.BoundingBox().DiagonalLength + Math.max(...sketches.map((f) => f.BoundingBox().DiagonalLength));
  const tools = sketches.map((sketch) => {
    const normal = new Vector(...faceNormal(unwrapShape(sketch)));
    if (height !== undefined) return prismKernel(unwrapShape(sketch), normal.multiply(height).toTuple());
    return prismKernel(unwrapShape(sketch.translate(normal.multiply(-reach))), normal.multiply(2 * reach).toTuple());
  });
  const kind = additive ? "fuse" : "cut";
  return normalized(wrapShape(booleanWithOptions(kind, [unwrapShape(ctx)], tools, 0, undefined)));
}
