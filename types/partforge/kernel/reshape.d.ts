/**
 * New shapes made from an existing one by editing its topology, as CadQuery's `Face.addHole`,
 * `Shape.remove` and `Shape.replace` do (those use BRepTools_ReShape, which this OpenCascade
 * build leaves out: here the containers are rebuilt around the kept sub-shapes, which stay
 * shared). Every OCCT temporary is freed in `finally`; results belong to the build's scope.
 */
import type { AnyShape } from "replicad";
/** `face` with `wires` added as holes (BRepBuilderAPI_MakeFace on the face), then fixed. */
export declare function faceWithHoles(face: AnyShape, wires: readonly AnyShape[]): AnyShape;
/** `shape` without the sub-shapes `removed` (CadQuery's `Shape.remove`). */
export declare function withoutSubshapes(shape: AnyShape, removed: readonly AnyShape[]): AnyShape;
/** `shape` with the sub-shape `old` replaced by `news` (CadQuery's `Shape.replace`). */
export declare function withReplacedSubshape(shape: AnyShape, old: AnyShape, news: readonly AnyShape[]): AnyShape;
