import type { VertexArgs } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
/**
 * A vertex: `Vertex.makeVertex(x, y, z)`, or from `shape.Vertices()`.
 * @example Vertex.makeVertex(1, 2, 3).toTuple() // [1, 2, 3]
 */
export declare class Vertex extends Shape {
    /**
     * The vertex at `x, y, z`.
     * @example Vertex.makeVertex(1, 2, 3).X // 1
     */
    static makeVertex(...args: VertexArgs["makeVertex"]): Vertex;
}
