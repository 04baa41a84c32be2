/**
 * CadQuery's selectors: the string grammar (`>Z`, `|X`, `%PLANE`, `>Z[-2]`, `and`/`or`/`exc`/`not`)
 * parsed to a tree and compiled to composable selector objects that filter any `Selectable`, so
 * they run, and are tested, without the geometry kernel.
 */
export type { Selectable, SelectableKind, Vec3 } from "./selectable.ts";
export { CENTER_BOUNDS } from "./selectable.ts";
export type { VectorInput } from "./vec3.ts";
export type {
  AlignedNode,
  AtomNode,
  AxisName,
  BinaryNode,
  CenterNthNode,
  DirectionSpec,
  GeomTypeNode,
  MinMaxNode,
  NamedView,
  NamedViewNode,
  NotNode,
  ParallelNode,
  PerpendicularNode,
  SelectorAst,
  Span,
} from "./ast.ts";
export { formatSelectorAst } from "./ast.ts";
export { parseSelector, MAX_SELECTOR_DEPTH } from "./parse.ts";
export { compileSelector, selectorFromAst, StringSyntaxSelector } from "./compile.ts";
export { Selector, AndSelector, SumSelector, SubtractSelector, InverseSelector } from "./selector.ts";
export {
  DEFAULT_SELECTOR_TOLERANCE,
  DirectionSelector,
  ParallelDirSelector,
  PerpendicularDirSelector,
  type DirectionOptions,
} from "./directionSelectors.ts";
export {
  NthSelector,
  CenterNthSelector,
  DirectionMinMaxSelector,
  DirectionNthSelector,
  RadiusNthSelector,
  LengthNthSelector,
  AreaNthSelector,
  type NthOptions,
} from "./nthSelectors.ts";
export { TypeSelector, GEOM_TYPES, FACE_GEOM_TYPES, EDGE_GEOM_TYPES, type GeomType } from "./typeSelector.ts";
export { BoxSelector, type BoxSelectorOptions } from "./boxSelector.ts";
export { NearestToPointSelector } from "./nearestToPointSelector.ts";
export { scriptSelectors } from "./scriptSelectors.ts";
