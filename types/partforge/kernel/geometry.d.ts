/** Geometric queries on shapes (types, normals, radii, bounds); temporaries freed in `finally`. */
import type { AnyShape } from "replicad";
import type { Triple } from "./operations.ts";
export declare function surfaceType(face: AnyShape): string;
export declare function curveType(edge: AnyShape): string;
/** Outward unit normal of a face at the centre of its UV bounds (or at `uv`). */
export declare function faceNormal(face: AnyShape): Triple;
/** Start point, end point and unit tangent at the middle of an edge (curve parametrisation). */
export declare function edgeEnds(edge: AnyShape): {
    start: Triple;
    end: Triple;
    tangent: Triple;
};
/** `edgeEnds`' start and end points of many edges in one kernel pass (no tangents). */
export declare function edgesEnds(edges: readonly AnyShape[]): {
    start: Triple;
    end: Triple;
}[];
/** Start and end points of an edge as oriented in its wire (reversed edges swap them). */
export declare function orientedEdgeEnds(edge: AnyShape): {
    start: Triple;
    end: Triple;
};
/** Radius of a circular edge, or of a cylindrical or spherical face; undefined otherwise. */
export declare function radiusOf(shape: AnyShape, dimension: 1 | 2): number | undefined;
/** The outer wire of a face. */
export declare function outerWire(face: AnyShape): AnyShape;
export declare function isValidShape(shape: AnyShape): boolean;
export declare function isNullShape(shape: AnyShape): boolean;
/** A circular edge that `sampleEdgesOrArcs` did not sample: what its samples would be is given by its circle. */
export interface SampledArc {
    center: Triple;
    /** The circle's axis: the parameter grows counter-clockwise seen from its tip. */
    axis: Triple;
    radius: number;
    /** The edge's parameter range on the circle (an angle in radians). */
    first: number;
    last: number;
    /** The edge is reversed in the wire: it runs from `last` to `first`. */
    reversed: boolean;
    /** The chords `sampleEdges` would have drawn along it (samples − 1). */
    chords: number;
}
/** One edge's samples, in its wire's direction: all of them, or for an arc only the first and last, with the arc. */
export interface EdgeSamples {
    points: Triple[];
    arc?: SampledArc;
}
/**
 * Points along each edge of a wire (or of one edge), following each edge's orientation in the
 * wire: enough to compute signed areas and point containment in the wire's plane.
 */
export declare function sampleEdges(shape: AnyShape, pointsPerEdge: number): Triple[][];
/**
 * `sampleEdges`, except that a circular edge gets only its first and last sample (the same
 * points) and its circle: the polygon through its other samples follows from that in closed form,
 * without evaluating each point.
 */
export declare function sampleEdgesOrArcs(shape: AnyShape, pointsPerEdge: number): EdgeSamples[];
/** A planar face bounded by `outer` with `holes`, each wire reversed first where asked. */
export declare function makePlanarFace(outer: AnyShape, reverseOuter: boolean, holes: readonly {
    wire: AnyShape;
    reverse: boolean;
}[]): AnyShape;
