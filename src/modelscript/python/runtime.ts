/**
 * The Python runtime prelude (runtime.js): plain JavaScript run at the top of every translated
 * script's module, so that Python semantics run inside the script's own confinement and nothing
 * new is reachable from it. Its names all start with `$` (no Python name can). It is compiled
 * once per process and joined with each translated script after the script's first statement,
 * `RUNTIME_IMPORT` (see src/modelscript/compilePython.ts).
 */
import { readFileSync } from "node:fs";

let prelude: string | undefined;

/** The namespace through which the prelude reads the `"partforge"` module. */
export const RUNTIME_NAMESPACE = "$pf";

/** The first line of every translated script: it binds `RUNTIME_NAMESPACE`, which the prelude (placed after it) reads. */
export const RUNTIME_IMPORT = `import * as ${RUNTIME_NAMESPACE} from "partforge";\n`;

/** The prelude's text (no import or export: a plain script over `RUNTIME_NAMESPACE`), ending with a line break. */
export function runtimePrelude(): string {
  prelude ??= readFileSync(new URL("./runtime.js", import.meta.url), "utf8").replace(/\r\n?/g, "\n").replace(/\n*$/, "\n");
  return prelude;
}

/** Names a Python script can use without defining or importing them (`$B` in the prelude). */
export const RUNTIME_BUILTINS: ReadonlySet<string> = new Set([
  "BaseException", "Exception", "ArithmeticError", "LookupError", "RuntimeError", "ZeroDivisionError", "OverflowError", "IndexError",
  "KeyError", "ValueError", "TypeError", "NameError", "AttributeError", "AssertionError", "ImportError", "StopIteration", "MemoryError",
  "NotImplementedError", "RecursionError", "Ellipsis",
  "int", "float", "str", "bool", "list", "tuple", "dict", "set", "object", "range", "len", "abs", "min", "max", "sum", "round", "divmod",
  "pow", "repr", "format", "ascii", "chr", "ord", "hex", "bin", "oct", "isinstance", "callable", "hasattr", "getattr", "any", "all", "sorted",
  "reversed", "enumerate", "zip", "map", "filter", "iter", "next", "print", "type",
  "show_object", "show", "debug", "log", "describe_parameter",
  "FloatParam", "IntegerParam", "IntParam", "BooleanParam", "StringParam", "ChoiceParam", "Workplane", "Plane", "Vector", "Location",
  "Sketch", "Assembly", "Color", "cq", "cadquery", "math",
]);

/** Built-ins refused at translation, with the reason given to the author. */
export const REFUSED_BUILTINS: ReadonlyMap<string, string> = new Map([
  ["open", "a ModelScript has no file access"],
  ["exec", "a ModelScript cannot run code from text"],
  ["eval", "a ModelScript cannot run code from text"],
  ["compile", "a ModelScript cannot run code from text"],
  ["globals", "a ModelScript cannot reach its own namespace"],
  ["locals", "a ModelScript cannot reach its own namespace"],
  ["vars", "a ModelScript cannot reach its own namespace"],
  ["setattr", "objects cannot be changed by attribute name"],
  ["delattr", "objects cannot be changed by attribute name"],
  ["input", "a ModelScript has no console"],
  ["breakpoint", "a ModelScript has no debugger"],
  ["memoryview", "a ModelScript has no raw memory"],
  ["super", "classes are not supported"],
  ["classmethod", "classes are not supported"],
  ["staticmethod", "classes are not supported"],
  ["property", "classes are not supported"],
  ["id", "object identities are not available"],
  ["help", "a ModelScript has no console"],
  ["exit", "a ModelScript has no process"],
  ["quit", "a ModelScript has no process"],
]);
