/**
 * The syntax tree of a CadQuery selector string, as `parseSelector` returns it.
 * Every node records where it came from: `start`/`end` are 0-based offsets into the string,
 * `end` exclusive (error messages use 1-based columns). Parentheses leave no node of their own:
 * a parenthesised expression is its content, with its content's offsets.
 */
import type { Vec3 } from "./selectable.ts";
import type { GeomType } from "./typeSelector.ts";
/** Named axes of the grammar; XY, XZ, YZ are the unnormalised diagonals (1,1,0), (1,0,1), (0,1,1). */
export type AxisName = "X" | "Y" | "Z" | "XY" | "XZ" | "YZ";
/** Named views of the grammar (CadQuery's convention: front/back ±Z, right/left ±X, top/bottom ±Y). */
export type NamedView = "front" | "back" | "left" | "right" | "top" | "bottom";
export interface Span {
    start: number;
    end: number;
}
/** A direction as written: a named axis or a literal vector `(x,y,z)`; `vector` is the value either way. */
export type DirectionSpec = {
    kind: "axis";
    axis: AxisName;
    vector: Vec3;
} | {
    kind: "vector";
    vector: Vec3;
};
/** `+Z`, `-Z`, or a bare `Z` (operator null, same as `+`): DirectionSelector. */
export interface AlignedNode extends Span {
    type: "aligned";
    operator: "+" | "-" | null;
    direction: DirectionSpec;
}
/** `|Z`: ParallelDirSelector. */
export interface ParallelNode extends Span {
    type: "parallel";
    direction: DirectionSpec;
}
/** `#Z`: PerpendicularDirSelector. */
export interface PerpendicularNode extends Span {
    type: "perpendicular";
    direction: DirectionSpec;
}
/** `>Z`, `<Z` (DirectionMinMaxSelector) or `>Z[n]`, `<Z[n]` (DirectionNthSelector). */
export interface MinMaxNode extends Span {
    type: "minMax";
    operator: ">" | "<";
    direction: DirectionSpec;
    index: number | null;
}
/** `>>Z`, `<<Z`, `>>Z[n]`, `<<Z[n]`: CenterNthSelector (index −1 when omitted). */
export interface CenterNthNode extends Span {
    type: "centerNth";
    operator: ">>" | "<<";
    direction: DirectionSpec;
    index: number | null;
}
/** `%PLANE` (any case in the source; normalised upper-case here): TypeSelector. */
export interface GeomTypeNode extends Span {
    type: "geomType";
    geomType: GeomType;
}
/** `front`, `back`, `left`, `right`, `top`, `bottom`: DirectionMinMaxSelector on ±Z, ±X, ±Y. */
export interface NamedViewNode extends Span {
    type: "namedView";
    view: NamedView;
}
/** `a and b` (AndSelector), `a or b` (SumSelector), `a exc b` / `a except b` (SubtractSelector). */
export interface BinaryNode extends Span {
    type: "and" | "or" | "except";
    left: SelectorAst;
    right: SelectorAst;
}
/** `not a`: InverseSelector. */
export interface NotNode extends Span {
    type: "not";
    operand: SelectorAst;
}
export type AtomNode = AlignedNode | ParallelNode | PerpendicularNode | MinMaxNode | CenterNthNode | GeomTypeNode | NamedViewNode;
export type SelectorAst = AtomNode | BinaryNode | NotNode;
/**
 * The canonical text of a tree: every `and`/`or`/`exc`/`not` in parentheses, so precedence is
 * visible. Parsing the result gives the same tree (apart from offsets).
 * @example formatSelectorAst(parseSelector(">Z or <Z and %plane")) // "(>Z or (<Z and %PLANE))"
 */
export declare function formatSelectorAst(node: SelectorAst): string;
