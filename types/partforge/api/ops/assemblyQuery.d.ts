import { type Shape } from "../shape.ts";
/** A parsed query `name[?tag][@kind@selector]`. */
export interface AssemblyQuery {
    readonly name: string;
    readonly tag: string | undefined;
    readonly kind: "solids" | "faces" | "edges" | "vertices" | undefined;
    readonly selector: string | undefined;
}
/**
 * Parses CadQuery's constraint query: `"name"`, `"name?tag"`, `"name@faces@>Z"`,
 * `"name?tag@edges@|Z"`; a name may be a path `"sub/part"`. Spaces around the parts are ignored.
 * @example parseQuery("b2@faces@<Z") // { name: "b2", tag: undefined, kind: "faces", selector: "<Z" }
 */
export declare function parseQuery(query: string): AssemblyQuery;
/** The first shape the query's selection picks from `items` (CadQuery's `res.val()`), or undefined. */
export declare function selectShape(items: readonly unknown[], query: AssemblyQuery): Shape | undefined;
