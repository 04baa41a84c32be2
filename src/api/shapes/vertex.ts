/** CadQuery's `Vertex`: a point in space. */
import { makeVertex } from "../../kernel/index.ts";
import { VERTEX_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { VertexArgs, VertexValues } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { wrapAs } from "./wrap.ts";

const bind = binderFor<VertexValues>("Vertex", VERTEX_SIGNATURES, {});

/**
 * A vertex: `Vertex.makeVertex(x, y, z)`, or from `shape.Vertices()`.
 * @example Vertex.makeVertex(1, 2, 3).toTuple() // [1, 2, 3]
 */
export class Vertex extends Shape {
  /**
   * The vertex at `x, y, z`.
   * @example Vertex.makeVertex(1, 2, 3).X // 1
   */
  static makeVertex(...args: VertexArgs["makeVertex"]): Vertex {
    const { x, y, z } = bind("makeVertex", args);
    return wrapAs(Vertex, makeVertex([x, y, z]));
  }
}
