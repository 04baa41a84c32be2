/** Import statements read from the syntax tree, and the modules a Python ModelScript may import. */
import type { SyntaxNode } from "@lezer/common";

export type ImportForm =
  | { kind: "import"; items: Array<{ module: string; alias: string | undefined; at: SyntaxNode }> }
  | { kind: "from"; module: string; level: number; moduleAt: SyntaxNode; items: "*" | Array<{ name: string; alias: string | undefined; at: SyntaxNode }> };

/** `import a.b as c, d` or `from a.b import x as y, z` / `from a import *`. */
export function readImport(node: SyntaxNode, text: (node: SyntaxNode) => string): ImportForm {
  const children: SyntaxNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) children.push(child);
  // Groups of dotted names separated by commas, each with an optional alias.
  const readNames = (from: number) => {
    const items: Array<{ dotted: string[]; alias: string | undefined; at: SyntaxNode }> = [];
    let current: { dotted: string[]; alias: string | undefined; at: SyntaxNode } | undefined;
    for (let i = from; i < children.length; i++) {
      const child = children[i]!;
      if (child.name === "VariableName") {
        if (current !== undefined && children[i - 1]?.name === "as") current.alias = text(child);
        else if (current !== undefined && children[i - 1]?.name === ".") current.dotted.push(text(child));
        else {
          current = { dotted: [text(child)], alias: undefined, at: child };
          items.push(current);
        }
      } else if (child.name === ",") {
        current = undefined;
      }
    }
    return items;
  };
  if (children[0] !== undefined && text(children[0]) === "from") {
    const importAt = children.findIndex((child) => child.name === "import");
    let level = 0;
    const dotted: string[] = [];
    for (const child of children.slice(1, importAt)) {
      // Leading dots make a relative import; dots between names are the dotted module name.
      if ((child.name === "." || child.name === "Ellipsis") && dotted.length === 0) level += text(child).length;
      else if (child.name === "VariableName") dotted.push(text(child));
    }
    const moduleAt = children[1]!;
    const star = children.slice(importAt + 1).some((child) => child.name === "*");
    const items = star ? ("*" as const) : readNames(importAt + 1).map((item) => ({ name: item.dotted.join("."), alias: item.alias, at: item.at }));
    return { kind: "from", module: dotted.join("."), level, moduleAt, items };
  }
  return { kind: "import", items: readNames(1).map((item) => ({ module: item.dotted.join("."), alias: item.alias, at: item.at })) };
}

/** Modules a Python ModelScript may import: the runtime provides each as a module object. */
export const ALLOWED_MODULES: ReadonlySet<string> = new Set([
  "math",
  "collections",
  "cadquery",
  "cadquery.func",
  "cadquery.vis",
  "cadquery.selectors",
  "cadquery.exporters",
  "cadquery.occ_impl.exporters",
  "cadquery.occ_impl.shapes",
]);
