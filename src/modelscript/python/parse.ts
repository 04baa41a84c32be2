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
export const PYTHON_LIMITS: { readonly maxSourceChars: number; readonly maxParseMs: number; readonly maxDepth: number; readonly maxNodes: number; readonly maxIntDigits: number } = Object.freeze({
  /** Characters of source (the service takes scripts of at most 256 KiB). */
  maxSourceChars: 256 * 1024,
  /** Wall-clock time the parser may take, in milliseconds. */
  maxParseMs: 5000,
  /** Levels of the syntax tree: nested expressions, calls of a fluent chain, blocks (each Python level is one to three). */
  maxDepth: 1000,
  /** Syntax nodes in the tree. */
  maxNodes: 200_000,
  /** Digits of an integer literal (CPython's int/str conversion limit). */
  maxIntDigits: 4300,
});

export type PythonLimits = typeof PYTHON_LIMITS;

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
export function parsePython(source: string, limits: Partial<PythonLimits> = {}): ParsedPython {
  const bounds = { ...PYTHON_LIMITS, ...limits };
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
  if (source.length > bounds.maxSourceChars) {
    throw pythonError("SCRIPT_SYNTAX", `the script has ${source.length} characters; a Python ModelScript may have at most ${bounds.maxSourceChars}`, undefined);
  }
  checkBrackets(source, position, bounds);
  const tree = parseWithin(source, bounds.maxParseMs);
  checkTree(tree, position, bounds);
  return { source, tree, top: tree.topNode, position, text: (node) => source.slice(node.from, node.to) };
}

/** Parses in steps, giving up when the time budget is spent (the parser is linear, but slow on some shapes). */
function parseWithin(source: string, budgetMs: number): Tree {
  const deadline = performance.now() + budgetMs;
  const parse = parser.startParse(source);
  for (;;) {
    const tree = parse.advance();
    if (tree !== null) return tree;
    if (performance.now() > deadline) {
      throw pythonError("SCRIPT_SYNTAX", `the script took more than ${budgetMs} ms to parse; simplify it (shorter expressions, fewer statements)`, undefined);
    }
  }
}

/**
 * Refuses bracket nesting deeper than the limit before parsing (the parser slows down on it):
 * one pass over the text that skips strings and comments.
 */
function checkBrackets(source: string, position: ParsedPython["position"], bounds: PythonLimits): void {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "#") {
      const end = source.indexOf("\n", i);
      i = end < 0 ? source.length : end;
    } else if (c === "'" || c === '"') {
      const triple = source.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      // f-strings nest brackets inside their replacements; they are counted by the tree walk.
      let j = i + quote.length;
      while (j < source.length && !source.startsWith(quote, j) && (triple || source[j] !== "\n")) j += source[j] === "\\" ? 2 : 1;
      i = j + quote.length - 1;
    } else if (c === "(" || c === "[" || c === "{") {
      if (++depth > bounds.maxDepth / 2) {
        throw pythonError("SCRIPT_SYNTAX", `SyntaxError: too many nested parentheses (more than ${bounds.maxDepth / 2})`, position(i));
      }
    } else if (c === ")" || c === "]" || c === "}") {
      depth = Math.max(0, depth - 1);
    }
  }
}

/** One iterative pass: depth, node count, and the first error node. */
function checkTree(tree: Tree, position: ParsedPython["position"], bounds: PythonLimits): void {
  const cursor = tree.cursor();
  let depth = 0;
  let nodes = 0;
  for (;;) {
    nodes++;
    if (nodes > bounds.maxNodes) {
      throw pythonError("SCRIPT_SYNTAX", `the script is too large to translate (more than ${bounds.maxNodes} syntax nodes)`, position(cursor.from));
    }
    if (cursor.type.isError) throw syntaxError(cursor.node, position);
    if (depth > bounds.maxDepth) {
      throw pythonError(
        "SCRIPT_SYNTAX",
        `SyntaxError: the script nests too deeply here (more than ${bounds.maxDepth} levels of brackets, blocks, calls or operators); split the expression into several statements`,
        position(cursor.from),
      );
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
