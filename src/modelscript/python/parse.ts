/**
 * Parsing Python source with @lezer/python (a maintained, incremental LR grammar of Python 3
 * including f-strings), bounded for hostile text: the source length, the nesting depth and the
 * node count are limited before anything walks the tree recursively, and a syntax error is
 * reported at the first error node with Python's line and column.
 */
import type { SyntaxNode, Tree } from "@lezer/common";
import { parser } from "@lezer/python";
import { pythonError } from "./errors.ts";

/** Limits that keep translation linear and shallow whatever the text. */
export const PYTHON_LIMITS = Object.freeze({
  /** Characters of source. */
  maxSourceChars: 1_000_000,
  /** Nested expressions and blocks (CPython's parser stops at about 200). */
  maxDepth: 100,
  /** Syntax nodes in the tree. */
  maxNodes: 400_000,
  /** Digits of an integer literal (CPython's int/str conversion limit). */
  maxIntDigits: 4300,
});

/** A parsed Python module: the tree and a way to turn offsets into 1-based line:column. */
export interface ParsedPython {
  readonly source: string;
  readonly tree: Tree;
  readonly top: SyntaxNode;
  position(offset: number): { line: number; column: number };
  text(node: SyntaxNode): string;
}

/**
 * Parses `source` (already normalised: `\n` line ends, no BOM).
 * @throws PartforgeError SCRIPT_SYNTAX at the first syntax error, or when a limit is exceeded.
 */
export function parsePython(source: string): ParsedPython {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  if (source.length > PYTHON_LIMITS.maxSourceChars) {
    throw pythonError("SCRIPT_SYNTAX", `the script has ${source.length} characters; a Python ModelScript may have at most ${PYTHON_LIMITS.maxSourceChars}`, undefined);
  }
  const tree = parser.parse(source);
  checkTree(tree, position);
  return { source, tree, top: tree.topNode, position, text: (node) => source.slice(node.from, node.to) };
}

/** One iterative pass: depth, node count, and the first error node. */
function checkTree(tree: Tree, position: ParsedPython["position"]): void {
  const cursor = tree.cursor();
  let depth = 0;
  let nodes = 0;
  for (;;) {
    nodes++;
    if (nodes > PYTHON_LIMITS.maxNodes) {
      throw pythonError("SCRIPT_SYNTAX", `the script is too large to translate (more than ${PYTHON_LIMITS.maxNodes} syntax nodes)`, position(cursor.from));
    }
    if (cursor.type.isError) throw syntaxError(cursor.node, position);
    if (depth > PYTHON_LIMITS.maxDepth * 3) {
      // Each Python nesting level is a few tree levels (expression, argument list, body).
      throw pythonError("SCRIPT_SYNTAX", `SyntaxError: too many nested parentheses, brackets or blocks (at most ${PYTHON_LIMITS.maxDepth} levels)`, position(cursor.from));
    }
    if (cursor.firstChild()) {
      depth++;
      continue;
    }
    while (!cursor.nextSibling()) {
      if (!cursor.parent()) return;
      depth--;
    }
  }
}

function syntaxError(node: SyntaxNode, position: ParsedPython["position"]): Error {
  const at = position(node.from);
  const parent = node.parent;
  const inside = parent === null || parent.name === "Script" ? "" : ` in ${describeNode(parent.name)}`;
  const text = node.to > node.from ? "invalid syntax" : "unexpected end of statement or bad indentation";
  return pythonError("SCRIPT_SYNTAX", `SyntaxError: ${text}${inside}`, at);
}

function describeNode(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
