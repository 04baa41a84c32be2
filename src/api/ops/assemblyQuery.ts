/**
 * CadQuery's assembly queries (cadquery/assembly.py `_query` and its grammar):
 * `name[?tag][@solids|faces|edges|vertices@selector]`, and the shape one selects.
 */
import { PartforgeError } from "../../shared/errors.ts";
import { isShape, uniqueShapes, type Shape } from "../shape.ts";
import { compileSelector } from "../selectors/index.ts";

function fail(method: string, message: string): never {
  throw new PartforgeError("SCRIPT_EXCEPTION", `Assembly.${method}: ${message}`);
}

/** A parsed query `name[?tag][@kind@selector]`. */
export interface AssemblyQuery {
  readonly name: string;
  readonly tag: string | undefined;
  readonly kind: "solids" | "faces" | "edges" | "vertices" | undefined;
  readonly selector: string | undefined;
}

const SELECTION_KINDS = ["solids", "faces", "edges", "vertices"] as const;
/**
 * Parses CadQuery's constraint query: `"name"`, `"name?tag"`, `"name@faces@>Z"`,
 * `"name?tag@edges@|Z"`; a name may be a path `"sub/part"`. Spaces around the parts are ignored.
 * @example parseQuery("b2@faces@<Z") // { name: "b2", tag: undefined, kind: "faces", selector: "<Z" }
 */
export function parseQuery(query: string): AssemblyQuery {
  const at = query.indexOf("@");
  const head = at < 0 ? query : query.slice(0, at);
  const [name = "", tag, ...extra] = head.split("?").map((part) => part.trim());
  const form = 'write "name", "name?tag", "name@faces@>Z" or "name?tag@edges@|Z"';
  if (name === "" || extra.length > 0 || tag === "") fail("constrain", `cannot read the query ${JSON.stringify(query)}: ${form}`);
  if (at < 0) return { name, tag, kind: undefined, selector: undefined };
  const rest = query.slice(at + 1);
  const second = rest.indexOf("@");
  const kind = (second < 0 ? rest : rest.slice(0, second)).trim();
  const selector = second < 0 ? "" : rest.slice(second + 1).trim();
  if (!(SELECTION_KINDS as readonly string[]).includes(kind) || selector === "") {
    fail("constrain", `cannot read the query ${JSON.stringify(query)}: after "@" comes solids, faces, edges or vertices, then "@" and a selector; ${form}`);
  }
  return { name, tag, kind: kind as AssemblyQuery["kind"], selector };
}

/** The first shape the query's selection picks from `items` (CadQuery's `res.val()`), or undefined. */
export function selectShape(items: readonly unknown[], query: AssemblyQuery): Shape | undefined {
  const shapes = items.filter(isShape);
  if (query.kind === undefined) return shapes[0];
  const children = uniqueShapes(
    shapes.flatMap((shape) => {
      switch (query.kind) {
        case "solids":
          return shape.kind === "solid" ? [shape] : shape.Solids();
        case "faces":
          return shape.kind === "face" ? [shape] : shape.Faces();
        case "edges":
          return shape.kind === "edge" ? [shape] : shape.Edges();
        default:
          return shape.kind === "vertex" ? [shape] : shape.Vertices();
      }
    }),
  );
  return compileSelector(query.selector!).filter(children)[0];
}

