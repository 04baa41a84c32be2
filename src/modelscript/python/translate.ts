/**
 * The Python-subset compiler: a parsed Python module → one JavaScript ES module (the import the
 * runtime prelude reads `"partforge"` through, then the translated statements, then the exports
 * a ModelScript has), with a source map into the `.py` text. The prelude itself (runtime.js) is
 * not in it: compile joins its compiled form with the module's (see compilePython.ts). Every construct outside the subset is refused here, at its Python
 * line and column. The output goes through the same compile / inspect / instrument pipeline as
 * a JavaScript ModelScript (see compile.ts); nothing here runs the script.
 */
import type { SyntaxNode } from "@lezer/common";
import type { DecodedSourceMap } from "@jridgewell/trace-mapping";
import { RESERVED_PARAM_NAMES } from "../schema.ts";
import { Emitter } from "./emitter.ts";
import { notInSubset, pythonError } from "./errors.ts";
import { ALLOWED_MODULES, readImport } from "./imports.ts";
import { decodeStringPiece, numberLiteral, stringPrefix } from "./literals.ts";
import type { ParsedPython } from "./parse.ts";
import { RUNTIME_BUILTINS, RUNTIME_IMPORT, REFUSED_BUILTINS } from "./runtime.ts";
import { assignTargets, collectScope, forTargets, type PyScope } from "./scope.ts";

/** The ModelScript dialect a Python script is written in (issue 17, point 1). */
export type PythonDialect = "parametricparts" | "cqgi";

export interface TranslatedPython {
  readonly code: string;
  /** From `code` to the Python source. */
  readonly map: DecodedSourceMap;
  readonly dialect: PythonDialect;
}

type At = { line: number; column: number };

const PARAM_CONSTRUCTORS = new Map([
  ["FloatParam", "float"],
  ["IntegerParam", "int"],
  ["IntParam", "int"],
  ["BooleanParam", "bool"],
  ["StringParam", "str"],
  ["ChoiceParam", "choice"],
]);
const MODULE_CONSTANTS = ["UOM", "VERSION", "METADATA"];
/**
 * Names a ParametricParts parameter cannot have, with why: the module exports `build`, `UOM` and
 * `VERSION` as something else (a parameter so named failed with a message about something else),
 * and the compiled module's CommonJS form marks itself with `__esModule`, which dropped such a
 * parameter without a word. (A parameter named METADATA loads: the metadata is then its value.)
 */
const EXPORT_NAMES_TAKEN: ReadonlyMap<string, string> = new Map([
  ["build", "the module exports its build function as build"],
  ["UOM", "the module exports its unit of measure as UOM"],
  ["VERSION", "the module exports its version as VERSION"],
  ["__esModule", "the compiled module marks itself with __esModule"],
]);
const COMPARE = new Set(["<", ">", "==", ">=", "<=", "!="]);
const ARITH: Record<string, string> = { "+": "$add", "-": "$sub", "*": "$mul", "/": "$truediv", "//": "$floordiv", "%": "$mod", "**": "$pow", "@": "$matmul", "|": "$bitor", "&": "$bitand", "^": "$bitxor", "<<": "$lshift", ">>": "$rshift" };
const REFUSED_STATEMENTS: Record<string, string> = {
  ClassDefinition: "a class",
  DecoratedStatement: "a decorator",
  WithStatement: "a `with` statement",
  MatchStatement: "a `match` statement",
  YieldStatement: "`yield`",
  TypeDefinition: "a `type` statement",
  PrintStatement: "Python 2's print statement",
};
const REFUSAL_HINTS: Record<string, string> = {
  ClassDefinition: "use functions, tuples and dicts",
  PrintStatement: "Python 3 writes print(...)",
};

/**
 * A JavaScript identifier for a Python name: never a JavaScript keyword, global, runtime name
 * (those start with `$`) or esbuild helper (`__…`), since no Python name contains a `$`.
 */
export const jsName = (name: string) => `py$${name}`;

/**
 * The module-level constant holding what the module exports as `name` (a Python name or
 * `build`): `pyexport$` can start no `jsName`, runtime name or esbuild helper, so an export named
 * `Array`, `eval`, `default` or `new` neither shadows a global the runtime and esbuild's helpers
 * read in the same module scope nor is a binding JavaScript refuses. `#exportAll` exports each
 * under its Python name.
 */
const exportName = (name: string) => `pyexport$${name}`;

/** Translates a parsed module. @throws PartforgeError SCRIPT_SYNTAX / IMPORT_NOT_ALLOWED at the Python line:column. */
export function translatePython(parsed: ParsedPython, fileName: string): TranslatedPython {
  return new Translator(parsed).module(fileName);
}

interface Loop {
  brokeFlag: string | undefined;
}

class Translator {
  readonly #p: ParsedPython;
  readonly #out = new Emitter();
  #scope!: PyScope;
  #temp = 0;
  #loops: Loop[] = [];
  #caught: string[] = [];
  #starImports = false;
  /** Module-level names made by a parameter constructor, with its type. */
  readonly #params = new Map<string, { type: string; at: At }>();
  #dialect: PythonDialect = "parametricparts";
  #cqgiParams = new Map<string, { type: string; node: SyntaxNode; at: At }>();
  /** The qualified name prefix of the function being translated (`outer.<locals>.`), as CPython's messages use. */
  #qualifier = "";

  constructor(parsed: ParsedPython) {
    this.#p = parsed;
  }

  module(fileName: string): TranslatedPython {
    const top = this.#p.top;
    this.#out.write(RUNTIME_IMPORT);
    this.#scope = collectScope("module", top, [], this.#p.text, undefined);
    for (const name of declaredGlobals(top, this.#p.text)) this.#scope.locals.add(name);
    this.#starImports = hasStarImport(top, this.#p.text);
    const statements = children(top);
    const hasBuild = statements.some((s) => s.name === "FunctionDefinition" && this.#text(s.getChild("VariableName")!) === "build");
    this.#dialect = hasBuild ? "parametricparts" : "cqgi";
    if (this.#dialect === "parametricparts") {
      this.#declare([...this.#scope.locals]);
      this.#statements(statements);
      this.#collectParams(statements);
      this.#exports();
    } else {
      this.#cqgi(statements);
    }
    return { code: this.#out.code, map: this.#out.map(fileName), dialect: this.#dialect };
  }

  // ---- module forms -------------------------------------------------------------------------

  #collectParams(statements: SyntaxNode[]): void {
    for (const statement of statements) {
      if (statement.name !== "AssignStatement") continue;
      const sides = assignTargets(statement);
      const value = statement.lastChild;
      if (sides.length !== 1 || sides[0]!.name !== "VariableName" || value?.name !== "CallExpression") continue;
      const callee = value.firstChild!;
      const type = callee.name === "VariableName" ? PARAM_CONSTRUCTORS.get(this.#text(callee)) : undefined;
      if (type === undefined) continue;
      const name = this.#text(sides[0]!);
      const taken = EXPORT_NAMES_TAKEN.get(name);
      if (taken !== undefined) throw pythonError("SCRIPT_INVALID", `parameter name "${name}" is not available: ${taken}; rename the parameter (e.g. p_${name.replace(/^_+/, "")})`, this.#at(sides[0]!), name);
      this.#params.set(name, { type, at: this.#at(sides[0]!) });
    }
  }

  #exports(): void {
    const exported = new Map<string, At>();
    for (const name of MODULE_CONSTANTS) {
      const at = this.#firstAssignment(name);
      if (at !== undefined) exported.set(name, at);
    }
    for (const [name, { at }] of this.#params) exported.set(name, at);
    const build = this.#firstAssignment("build");
    for (const [name, at] of exported) {
      this.#w("const ", at);
      this.#w(`${exportName(name)} = ${name === "VERSION" ? "$exportVersion" : "$toJs"}(${jsName(name)});\n`);
    }
    if (build !== undefined) {
      this.#w("const ", build);
      this.#w(`${exportName("build")} = $exportBuild(${jsName("build")});\n`);
    }
    this.#exportAll([...exported.keys(), ...(build === undefined ? [] : ["build"])]);
  }

  /**
   * `export { pyexport$name as name, … };`: the module's exports under their Python names, which
   * are IdentifierNames (a JavaScript keyword or `default` included) though not always bindings.
   */
  #exportAll(names: string[]): void {
    if (names.length > 0) this.#w(`export { ${names.map((name) => `${exportName(name)} as ${name}`).join(", ")} };\n`);
  }

  /** CQGI: top-level constants are the parameters; the whole module runs in build(). */
  #cqgi(statements: SyntaxNode[]): void {
    const described = this.#describedParameters(statements);
    for (const statement of statements) {
      if (statement.name !== "AssignStatement") continue;
      const sides = assignTargets(statement);
      const value = statement.lastChild!;
      if (sides.length !== 1 || sides[0]!.name !== "VariableName") continue;
      const name = this.#text(sides[0]!);
      const type = constantType(value, this.#p.text);
      // A request field's name (type, id, …), an out_ option, a _private constant or `build` (the
      // module's export of the whole script) stays a plain constant.
      if (type === undefined || this.#cqgiParams.has(name) || RESERVED_PARAM_NAMES.includes(name) || name.startsWith("out_") || name.startsWith("_") || name === "build") continue;
      this.#cqgiParams.set(name, { type, node: value, at: this.#at(sides[0]!) });
    }
    for (const [name, { type, node, at }] of this.#cqgiParams) {
      this.#w("const ", at);
      this.#w(`${exportName(name)} = $cqgiParam(${JSON.stringify(type)}, `);
      this.#expr(node);
      this.#w(`, ${JSON.stringify(described.get(name) ?? "")});\n`);
    }
    this.#exportAll([...this.#cqgiParams.keys(), "build"]);
    this.#w(`function ${exportName("build")}($values) {\n`);
    this.#declare([...this.#scope.locals]);
    this.#w("$beginResults();\n");
    const seen = new Set<string>();
    for (const statement of statements) {
      const sides = statement.name === "AssignStatement" ? assignTargets(statement) : [];
      const name = sides.length === 1 && sides[0]!.name === "VariableName" ? this.#text(sides[0]!) : undefined;
      const param = name === undefined ? undefined : this.#cqgiParams.get(name);
      if (name !== undefined && param !== undefined && param.node.from === statement.lastChild?.from && !seen.has(name)) {
        seen.add(name);
        this.#w(`${jsName(name)} = $paramValue($values, ${JSON.stringify(name)}, ${JSON.stringify(param.type)});\n`, this.#at(statement));
        continue;
      }
      this.#statement(statement);
    }
    // A script that shows nothing builds its `result`, as CadQuery's documentation renders it.
    this.#w(`return $endResults(${this.#scope.locals.has("result") ? `() => ${jsName("result")}` : "undefined"});\n}\n`);
  }

  /** `describe_parameter(name, "text")` calls at the top level. */
  #describedParameters(statements: SyntaxNode[]): Map<string, string> {
    const described = new Map<string, string>();
    for (const statement of statements) {
      const call = statement.name === "ExpressionStatement" ? statement.firstChild : null;
      if (call?.name !== "CallExpression" || this.#text(call.firstChild!) !== "describe_parameter") continue;
      const args = children(call.getChild("ArgList")!).filter((a) => !["(", ")", ","].includes(a.name));
      const [variable, text] = args;
      if (variable?.name === "VariableName" && text?.name === "String") described.set(this.#text(variable), this.#stringValue(text));
    }
    return described;
  }

  #firstAssignment(name: string): At | undefined {
    for (const statement of children(this.#p.top)) {
      if (statement.name === "FunctionDefinition" && this.#text(statement.getChild("VariableName")!) === name) return this.#at(statement.getChild("VariableName")!);
      if (statement.name !== "AssignStatement") continue;
      const target = assignTargets(statement).find((t) => t.name === "VariableName" && this.#text(t) === name);
      if (target !== undefined) return this.#at(target);
    }
    return undefined;
  }

  // ---- statements ---------------------------------------------------------------------------

  #statements(nodes: SyntaxNode[]): void {
    for (const node of nodes) this.#statement(node);
  }

  #body(body: SyntaxNode): void {
    this.#statements(children(body).filter((c) => c.name !== ":"));
  }

  #statement(node: SyntaxNode): void {
    const at = this.#at(node);
    const refused = REFUSED_STATEMENTS[node.name];
    if (refused !== undefined) throw notInSubset(refused, at, REFUSAL_HINTS[node.name]);
    switch (node.name) {
      case "Comment":
        return;
      case "StatementGroup":
        return this.#statements(children(node).filter((c) => c.name !== ";"));
      case "ExpressionStatement":
        this.#w("", at);
        this.#expressions(children(node));
        this.#w(";\n");
        return;
      case "AssignStatement":
        return this.#assign(node, at);
      case "UpdateStatement":
        return this.#update(node, at);
      case "PassStatement":
      case "ScopeStatement":
        return;
      case "BreakStatement":
        return this.#break(at);
      case "ContinueStatement":
        this.#w("continue;\n", at);
        return;
      case "ReturnStatement":
        this.#w("return ", at);
        if (children(node).length > 1) this.#expressions(children(node).slice(1));
        else this.#w("undefined");
        this.#w(";\n");
        return;
      case "IfStatement":
        return this.#if(node);
      case "WhileStatement":
        return this.#while(node, at);
      case "ForStatement":
        return this.#for(node, at);
      case "TryStatement":
        return this.#try(node, at);
      case "RaiseStatement":
        return this.#raise(node, at);
      case "AssertStatement": {
        const [test, message] = children(node).filter((c) => c.name !== "assert" && c.name !== ",");
        this.#w("if (!$truthy(", at);
        this.#expr(test!);
        this.#w(")) throw $raise($B.AssertionError, [");
        if (message !== undefined) this.#expr(message);
        this.#w("]);\n");
        return;
      }
      case "FunctionDefinition":
        return this.#def(node, at);
      case "ImportStatement":
        return this.#import(node, at);
      case "DeleteStatement":
        return this.#delete(node, at);
      default:
        throw notInSubset(`this statement (${node.name})`, at);
    }
  }

  #assign(node: SyntaxNode, at: At): void {
    const groups = splitBy(children(node).filter((c) => c.name !== "TypeDef"), "AssignOp");
    const value = groups.pop()!;
    if (value.length === 0) return; // a bare annotation: `x: int`
    if (value[0]!.name === "YieldExpression") throw notInSubset("`yield`", this.#at(value[0]!));
    const temp = this.#newTemp();
    this.#w(`{ const ${temp} = `, at);
    this.#expressions(value);
    this.#w(";\n");
    for (const group of groups) this.#assignTo(group, temp);
    this.#w("}\n");
  }

  /** Assigns the JavaScript expression `value` to a target (a comma-separated group of nodes). */
  #assignTo(group: SyntaxNode[], value: string): void {
    const items = splitBy(group, ",");
    if (items.length > 1 || group[group.length - 1]?.name === ",") return this.#unpackTo(items.filter((i) => i.length > 0), value, this.#at(group[0]!));
    const target = group[0]!;
    const at = this.#at(target);
    switch (target.name) {
      case "VariableName":
        this.#w(`${this.#nameTarget(target)} = ${value};\n`, at);
        return;
      case "MemberExpression":
        return this.#memberStore(target, value);
      case "ParenthesizedExpression":
        return this.#assignTo(children(target).filter((c) => c.name !== "(" && c.name !== ")"), value);
      case "TupleExpression":
      case "ArrayExpression": {
        const inner = children(target).filter((c) => !["(", ")", "[", "]"].includes(c.name));
        return this.#unpackTo(splitBy(inner, ",").filter((i) => i.length > 0), value, at);
      }
      default:
        throw pythonError("SCRIPT_SYNTAX", `SyntaxError: cannot assign to ${describe(target.name)}`, at);
    }
  }

  #unpackTo(items: SyntaxNode[][], value: string, at: At): void {
    const star = items.findIndex((item) => item[0]?.name === "*");
    const temp = this.#newTemp();
    this.#w(`{ const ${temp} = $unpack(${value}, ${items.length}, ${star}); `, at);
    items.forEach((item, index) => this.#assignTo(item[0]?.name === "*" ? item.slice(1) : item, `${temp}[${index}]`));
    this.#w("}\n");
  }

  #memberStore(target: SyntaxNode, value: string): void {
    const object = target.firstChild!;
    const property = target.getChild("PropertyName");
    if (property !== null) {
      this.#checkAttribute(property);
      this.#w("$setattr(", this.#at(property));
      this.#expr(object);
      this.#w(`, ${JSON.stringify(this.#text(property))}, ${value});\n`);
      return;
    }
    this.#w("$setitem(", this.#at(target));
    this.#expr(object);
    this.#w(", ");
    this.#subscript(target);
    this.#w(`, ${value});\n`);
  }

  #update(node: SyntaxNode, at: At): void {
    const [target, op, ...value] = children(node);
    const operator = this.#text(op!).slice(0, -1);
    const helper = `$i${ARITH[operator]!.slice(1)}`;
    if (target!.name === "VariableName") {
      const name = this.#nameTarget(target!);
      this.#w(`${name} = ${helper}(`, at);
      this.#name(target!);
      this.#w(", ");
      this.#expressions(value);
      this.#w(");\n");
      return;
    }
    if (target!.name !== "MemberExpression") throw pythonError("SCRIPT_SYNTAX", `SyntaxError: 'illegal expression for augmented assignment'`, at);
    // a.b += v / a[k] += v: the object (and key) are evaluated once.
    const object = this.#newTemp();
    const key = this.#newTemp();
    const property = target!.getChild("PropertyName");
    this.#w(`{ const ${object} = `, at);
    this.#expr(target!.firstChild!);
    if (property !== null) {
      this.#checkAttribute(property);
      const name = JSON.stringify(this.#text(property));
      this.#w(`; $setattr(${object}, ${name}, ${helper}($getattr(${object}, ${name}), `, this.#at(property));
    } else {
      this.#w(`; const ${key} = `);
      this.#subscript(target!);
      this.#w(`; $setitem(${object}, ${key}, ${helper}($getitem(${object}, ${key}), `);
    }
    this.#expressions(value);
    this.#w(")); }\n");
  }

  #delete(node: SyntaxNode, at: At): void {
    for (const target of children(node).filter((c) => c.name !== "del" && c.name !== ",")) {
      if (target.name !== "MemberExpression" || target.getChild("PropertyName") !== null) throw notInSubset("`del` of anything but an item (`del d[key]`)", this.#at(target));
      this.#w("$delitem(", at);
      this.#expr(target.firstChild!);
      this.#w(", ");
      this.#subscript(target);
      this.#w(");\n");
    }
  }

  #break(at: At): void {
    const loop = this.#loops[this.#loops.length - 1];
    if (loop === undefined) throw pythonError("SCRIPT_SYNTAX", "SyntaxError: 'break' outside loop", at);
    this.#w(loop.brokeFlag === undefined ? "break;\n" : `{ ${loop.brokeFlag} = true; break; }\n`, at);
  }

  #if(node: SyntaxNode): void {
    const parts = children(node);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.name === "if" || part.name === "elif") {
        this.#w(part.name === "if" ? "if ($truthy(" : "else if ($truthy(", this.#at(part));
        this.#expr(parts[i + 1]!);
        this.#w(")) {\n");
        this.#body(parts[i + 2]!);
        this.#w("}\n");
        i += 2;
      } else if (part.name === "else") {
        this.#w("else {\n", this.#at(part));
        this.#body(parts[i + 1]!);
        this.#w("}\n");
        i += 1;
      }
    }
  }

  #loopElse(node: SyntaxNode): SyntaxNode | undefined {
    const parts = children(node);
    const at = parts.findIndex((p) => p.name === "else");
    return at < 0 ? undefined : parts[at + 1];
  }

  #while(node: SyntaxNode, at: At): void {
    const parts = children(node);
    const otherwise = this.#loopElse(node);
    const flag = otherwise === undefined ? undefined : this.#newTemp();
    if (flag !== undefined) this.#w(`{ let ${flag} = false;\n`);
    this.#w("while ($truthy(", at);
    this.#expr(parts[1]!);
    this.#w(")) {\n");
    this.#loops.push({ brokeFlag: flag });
    this.#body(parts[2]!);
    this.#loops.pop();
    this.#w("}\n");
    if (otherwise !== undefined) {
      this.#w(`if (!${flag}) {\n`);
      this.#body(otherwise);
      this.#w("}\n}\n");
    }
  }

  #for(node: SyntaxNode, at: At): void {
    const parts = children(node);
    if (parts[0]!.name === "async") throw notInSubset("`async for`", at);
    const targets = forTargets(node);
    const inAt = parts.findIndex((p) => p.name === "in");
    const bodyAt = parts.findIndex((p) => p.name === "Body");
    const iterable = parts.slice(inAt + 1, bodyAt);
    const otherwise = this.#loopElse(node);
    const flag = otherwise === undefined ? undefined : this.#newTemp();
    const item = this.#newTemp();
    if (flag !== undefined) this.#w(`{ let ${flag} = false;\n`);
    this.#w(`for (const ${item} of $iter(`, at);
    this.#expressions(iterable);
    this.#w(")) {\n");
    this.#assignTo(targets, item);
    this.#loops.push({ brokeFlag: flag });
    this.#body(parts[bodyAt]!);
    this.#loops.pop();
    this.#w("}\n");
    if (otherwise !== undefined) {
      this.#w(`if (!${flag}) {\n`);
      this.#body(otherwise);
      this.#w("}\n}\n");
    }
  }

  #try(node: SyntaxNode, at: At): void {
    const parts = children(node);
    const handlers: Array<{ at: At; type: SyntaxNode | undefined; name: SyntaxNode | undefined; body: SyntaxNode }> = [];
    let otherwise: SyntaxNode | undefined;
    let final: SyntaxNode | undefined;
    for (let i = 2; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.name === "except") {
        let j = i + 1;
        if (parts[j]?.name === "*") throw notInSubset("`except*`", this.#at(parts[j]!));
        const type = parts[j]?.name !== "Body" ? parts[j++] : undefined;
        let name: SyntaxNode | undefined;
        if (parts[j]?.name === "as") {
          name = parts[j + 1];
          j += 2;
        } else if (parts[j]?.name === ",") {
          throw pythonError("SCRIPT_SYNTAX", "SyntaxError: Python 2's `except X, e:` is not Python 3; write `except X as e:`", this.#at(parts[j]!));
        }
        handlers.push({ at: this.#at(part), type, name, body: parts[j]! });
        i = j;
      } else if (part.name === "else") {
        otherwise = parts[++i];
      } else if (part.name === "finally") {
        final = parts[++i];
      }
    }
    const ok = otherwise === undefined ? undefined : this.#newTemp();
    if (final !== undefined) this.#w("try {\n", at);
    if (ok !== undefined) this.#w(`let ${ok} = false;\n`);
    this.#w("try {\n", at);
    this.#body(parts[1]!);
    if (ok !== undefined) this.#w(`${ok} = true;\n`);
    this.#w("}\n");
    if (handlers.length > 0) {
      const caught = this.#newTemp();
      this.#w(`catch (${caught}) {\n`);
      this.#caught.push(caught);
      handlers.forEach((handler, index) => {
        this.#w(index === 0 ? "if (" : "else if (", handler.at);
        if (handler.type === undefined) this.#w("true");
        else {
          this.#w(`$excMatches(${caught}, `);
          this.#expr(handler.type);
          this.#w(")");
        }
        this.#w(") {\n");
        if (handler.name !== undefined) this.#w(`${this.#nameTarget(handler.name)} = ${caught};\n`, this.#at(handler.name));
        this.#body(handler.body);
        this.#w("}\n");
      });
      this.#w(`else throw ${caught};\n}\n`);
      this.#caught.pop();
    } else if (final === undefined) {
      throw pythonError("SCRIPT_SYNTAX", "SyntaxError: expected 'except' or 'finally' block", at);
    } else {
      this.#w("finally {}\n");
    }
    if (otherwise !== undefined) {
      this.#w(`if (${ok}) {\n`);
      this.#body(otherwise);
      this.#w("}\n");
    }
    if (final !== undefined) {
      this.#w("} finally {\n");
      this.#body(final);
      this.#w("}\n");
    }
  }

  #raise(node: SyntaxNode, at: At): void {
    const parts = children(node).slice(1);
    if (parts.length === 0) {
      const caught = this.#caught[this.#caught.length - 1];
      this.#w(caught === undefined ? "throw $raise($B.RuntimeError, ['No active exception to reraise']);\n" : `throw ${caught};\n`, at);
      return;
    }
    if (parts[1]?.name === ",") throw pythonError("SCRIPT_SYNTAX", "SyntaxError: Python 2's `raise E, message` is not Python 3; write `raise E(message)`", at);
    this.#w("throw $raise(", at);
    this.#expr(parts[0]!);
    this.#w(");\n");
  }

  #def(node: SyntaxNode, at: At): void {
    const parts = children(node);
    if (parts[0]!.name === "async") throw notInSubset("`async def`", at);
    const nameNode = node.getChild("VariableName")!;
    if (node.getChild("TypeParamList") !== null) throw notInSubset("a generic function", at);
    const name = this.#text(nameNode);
    this.#checkName(name, this.#at(nameNode));
    this.#w(`${this.#nameTarget(nameNode)} = `, at);
    const params = this.#parameterList(node.getChild("ParamList")!, this.#qualifier + name);
    const outerQualifier = this.#qualifier;
    this.#qualifier = `${this.#qualifier}${name}.<locals>.`;
    const outer = this.#scope;
    const outerLoops = this.#loops;
    const outerCaught = this.#caught;
    this.#scope = collectScope("function", node.getChild("Body")!, params, this.#p.text, outer);
    this.#loops = [];
    this.#caught = [];
    this.#w(") {\n");
    this.#declare([...this.#scope.locals].filter((local) => !params.includes(local)));
    this.#body(node.getChild("Body")!);
    this.#w("return undefined;\n});\n");
    this.#qualifier = outerQualifier;
    this.#scope = outer;
    this.#loops = outerLoops;
    this.#caught = outerCaught;
  }

  /**
   * Writes `$def(name, [positional], [defaults], star, [keywordOnly], {keyword defaults}, kwStar, function (`
   * and the JavaScript parameter list; returns the Python parameter names.
   */
  #parameterList(list: SyntaxNode, name: string, arrow = false): string[] {
    const positional: string[] = [];
    const keywordOnly: string[] = [];
    const defaults: SyntaxNode[] = [];
    const keywordDefaults: Array<[string, SyntaxNode]> = [];
    let star: string | undefined;
    let kwStar: string | undefined;
    let afterStar = false;
    const parts = children(list).filter((c) => c.name !== "(" && c.name !== ")" && c.name !== "TypeDef");
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.name === "*") {
        afterStar = true;
        if (parts[i + 1]?.name === "VariableName") star = this.#text(parts[++i]!);
      } else if (part.name === "**") {
        kwStar = this.#text(parts[++i]!);
      } else if (part.name === "VariableName") {
        const param = this.#text(part);
        this.#checkName(param, this.#at(part));
        const hasDefault = parts[i + 1]?.name === "AssignOp";
        if (afterStar) {
          keywordOnly.push(param);
          if (hasDefault) keywordDefaults.push([param, parts[i + 2]!]);
        } else {
          if (!hasDefault && defaults.length > 0) throw pythonError("SCRIPT_SYNTAX", "SyntaxError: non-default argument follows default argument", this.#at(part));
          positional.push(param);
          if (hasDefault) defaults.push(parts[i + 2]!);
        }
        if (hasDefault) i += 2;
      }
    }
    const all = [...positional, ...(star === undefined ? [] : [star]), ...keywordOnly, ...(kwStar === undefined ? [] : [kwStar])];
    this.#w(`$def(${JSON.stringify(name)}, ${JSON.stringify(positional)}, [`);
    defaults.forEach((d, i) => {
      if (i > 0) this.#w(", ");
      this.#expr(d);
    });
    this.#w(`], ${JSON.stringify(star ?? null)}, ${JSON.stringify(keywordOnly)}, {`);
    keywordDefaults.forEach(([param, d], i) => {
      this.#w(`${i > 0 ? ", " : ""}${JSON.stringify(param)}: `);
      this.#expr(d);
    });
    this.#w(`}, ${JSON.stringify(kwStar ?? null)}, ${arrow ? "" : "function "}(${all.map(jsName).join(", ")}`);
    return all;
  }

  #import(node: SyntaxNode, at: At): void {
    const form = readImport(node, this.#p.text);
    if (form.kind === "import") {
      for (const item of form.items) {
        this.#allowModule(item.module, this.#at(item.at));
        // `import a.b` binds `a`; `import a.b as c` binds the submodule.
        const bound = item.alias ?? item.module.split(".")[0]!;
        const module = item.alias === undefined ? item.module.split(".")[0]! : item.module;
        this.#w(`${jsName(bound)} = $module(${JSON.stringify(module)});\n`, this.#at(item.at));
      }
      return;
    }
    if (form.level > 0) throw pythonError("IMPORT_NOT_ALLOWED", "a relative import is not allowed: a Python ModelScript is one file", at);
    this.#allowModule(form.module, this.#at(form.moduleAt));
    if (form.items === "*") {
      if (this.#scope.kind !== "module") throw pythonError("SCRIPT_SYNTAX", "SyntaxError: import * only allowed at module level", at);
      this.#w(`$starImport(${JSON.stringify(form.module)});\n`, at);
      return;
    }
    for (const item of form.items) {
      const sub = `${form.module}.${item.name}`;
      const value = ALLOWED_MODULES.has(sub) ? `$module(${JSON.stringify(sub)})` : `$importName(${JSON.stringify(form.module)}, ${JSON.stringify(item.name)})`;
      this.#checkName(item.alias ?? item.name, this.#at(item.at));
      this.#w(`${jsName(item.alias ?? item.name)} = ${value};\n`, this.#at(item.at));
    }
  }

  #allowModule(module: string, at: At): void {
    if (ALLOWED_MODULES.has(module)) return;
    throw pythonError(
      "IMPORT_NOT_ALLOWED",
      `import of '${module}' is not allowed: a Python ModelScript can import ${[...ALLOWED_MODULES].join(", ")} and nothing else`,
      at,
    );
  }

  // ---- expressions --------------------------------------------------------------------------

  /** A comma-separated expression list: one expression, or a tuple when there is a comma. */
  #expressions(nodes: SyntaxNode[]): void {
    const items = splitBy(nodes, ",");
    if (items.length === 1 && nodes[nodes.length - 1]?.name !== ",") {
      const only = items[0]!;
      if (only[0]?.name === "*") throw pythonError("SCRIPT_SYNTAX", "SyntaxError: can't use starred expression here", this.#at(only[0]));
      return this.#expr(only[0]!);
    }
    this.#w("$tuple(");
    this.#sequence(items.filter((i) => i.length > 0));
    this.#w(")");
  }

  /** `[a, ...$iter(b), c]` for items that may be starred. */
  #sequence(items: SyntaxNode[][]): void {
    this.#w("[");
    items.forEach((item, index) => {
      if (index > 0) this.#w(", ");
      if (item[0]!.name === "*") {
        this.#w("...$iter(");
        this.#expr(item[1]!);
        this.#w(")");
      } else {
        this.#expr(item[0]!);
      }
    });
    this.#w("]");
  }

  #expr(node: SyntaxNode): void {
    const at = this.#at(node);
    switch (node.name) {
      case "VariableName":
        return this.#name(node);
      case "Number":
        this.#w(numberLiteral(this.#text(node), at), at);
        return;
      case "Boolean":
        this.#w(this.#text(node) === "True" ? "true" : "false", at);
        return;
      case "None":
        this.#w("undefined", at);
        return;
      case "Ellipsis":
        this.#w("$B.Ellipsis", at);
        return;
      case "String":
        this.#w(JSON.stringify(this.#stringValue(node)), at);
        return;
      case "FormatString":
        return this.#formatString(node);
      case "ContinuedString":
        this.#w("(", at);
        children(node).forEach((part, index) => {
          if (index > 0) this.#w(" + ");
          this.#expr(part);
        });
        this.#w(")");
        return;
      case "ParenthesizedExpression": {
        const inner = children(node).filter((c) => c.name !== "(" && c.name !== ")");
        if (inner[0]?.name === "*") throw pythonError("SCRIPT_SYNTAX", "SyntaxError: can't use starred expression here", at);
        this.#w("(");
        this.#expr(inner[0]!);
        this.#w(")");
        return;
      }
      case "TupleExpression": {
        const inner = children(node).filter((c) => c.name !== "(" && c.name !== ")");
        this.#w("$tuple(", at);
        this.#sequence(splitBy(inner, ",").filter((i) => i.length > 0));
        this.#w(")");
        return;
      }
      case "ArrayExpression": {
        const inner = children(node).filter((c) => c.name !== "[" && c.name !== "]");
        this.#w("", at);
        this.#sequence(splitBy(inner, ",").filter((i) => i.length > 0));
        return;
      }
      case "SetExpression": {
        const inner = children(node).filter((c) => c.name !== "{" && c.name !== "}");
        this.#w("$set(", at);
        this.#sequence(splitBy(inner, ",").filter((i) => i.length > 0));
        this.#w(")");
        return;
      }
      case "DictionaryExpression":
        return this.#dict(node, at);
      case "ArrayComprehensionExpression":
      case "SetComprehensionExpression":
      case "DictionaryComprehensionExpression":
      case "ComprehensionExpression":
        return this.#comprehension(node, at);
      case "CallExpression":
        return this.#call(node);
      case "MemberExpression":
        return this.#member(node);
      case "UnaryExpression":
        return this.#unary(node, at);
      case "BinaryExpression":
        return this.#binary(node, at);
      case "ConditionalExpression": {
        const [then, , test, , otherwise] = children(node);
        this.#w("($truthy(", at);
        this.#expr(test!);
        this.#w(") ? ");
        this.#expr(then!);
        this.#w(" : ");
        this.#expr(otherwise!);
        this.#w(")");
        return;
      }
      case "LambdaExpression":
        return this.#lambda(node, at);
      case "NamedExpression":
        throw notInSubset("an assignment expression (:=)", at);
      case "AwaitExpression":
        throw notInSubset("`await`", at);
      case "YieldExpression":
        throw notInSubset("`yield`", at);
      default:
        throw notInSubset(`this expression (${describe(node.name)})`, at);
    }
  }

  #name(node: SyntaxNode): void {
    const name = this.#text(node);
    const at = this.#at(node);
    this.#checkName(name, at);
    this.#w(this.#resolve(name, at), at);
  }

  /** The JavaScript expression reading a Python name, resolved as Python does (LEGB). */
  #resolve(name: string, at: At): string {
    for (let scope: PyScope | undefined = this.#scope; scope !== undefined; scope = scope.parent) {
      if (scope.globals.has(name)) {
        return this.#moduleScope().locals.has(name) ? jsName(name) : this.#builtin(name, at);
      }
      if (scope.locals.has(name)) return jsName(name);
    }
    return this.#builtin(name, at);
  }

  #moduleScope(): PyScope {
    let scope = this.#scope;
    while (scope.parent !== undefined) scope = scope.parent;
    return scope;
  }

  #builtin(name: string, at: At): string {
    if (REFUSED_BUILTINS.has(name)) throw notInSubset(`${name}()`, at, REFUSED_BUILTINS.get(name));
    if (this.#starImports) return `$lookup(${JSON.stringify(name)})`;
    if (RUNTIME_BUILTINS.has(name)) return `$B.${name}`;
    return `$nameError(${JSON.stringify(name)})`;
  }

  /** The JavaScript name an assignment to `node` (a VariableName) writes. */
  #nameTarget(node: SyntaxNode): string {
    const name = this.#text(node);
    this.#checkName(name, this.#at(node));
    return jsName(name);
  }

  #checkName(name: string, at: At): void {
    if (/^__.*__$/.test(name)) throw notInSubset(`the name ${name}`, at, "dunder names reach Python's internals");
  }

  #checkAttribute(property: SyntaxNode): void {
    const name = this.#text(property);
    if (name.startsWith("__")) throw notInSubset(`the attribute .${name}`, this.#at(property), "attributes starting with __ reach Python's internals");
  }

  #member(node: SyntaxNode): void {
    const object = node.firstChild!;
    const property = node.getChild("PropertyName");
    if (property !== null) {
      this.#checkAttribute(property);
      const attribute = this.#text(property);
      const param = object.name === "VariableName" && attribute === "value" ? this.#moduleParam(this.#text(object)) : undefined;
      this.#w(param === undefined ? "$getattr(" : "$paramAttribute(", this.#at(property));
      this.#expr(object);
      this.#w(param === undefined ? `, ${JSON.stringify(attribute)})` : `, ${JSON.stringify(param)})`);
      return;
    }
    this.#w("$getitem(", this.#at(node));
    this.#expr(object);
    this.#w(", ");
    this.#subscript(node);
    this.#w(")");
  }

  /** The type of a module-level parameter `name` when this reference reaches it. */
  #moduleParam(name: string): string | undefined {
    for (let scope: PyScope | undefined = this.#scope; scope !== undefined; scope = scope.parent) {
      if (scope.parent === undefined) return this.#paramTypes().get(name);
      if (scope.locals.has(name)) return undefined;
    }
    return undefined;
  }

  #paramTypesCache: Map<string, string> | undefined;

  #paramTypes(): Map<string, string> {
    if (this.#paramTypesCache === undefined) {
      if (this.#params.size === 0 && this.#dialect === "parametricparts") this.#collectParams(children(this.#p.top));
      this.#paramTypesCache = new Map([...this.#params].map(([name, { type }]) => [name, type]));
    }
    return this.#paramTypesCache;
  }

  /** The key of `object[...]`: an expression, a tuple, or a slice. */
  #subscript(node: SyntaxNode): void {
    const parts = children(node);
    const open = parts.findIndex((p) => p.name === "[");
    const inner = parts.slice(open + 1, -1);
    const items = splitBy(inner, ",");
    const key = (item: SyntaxNode[]) => {
      if (!item.some((p) => p.name === ":")) return this.#expr(item[0]!);
      const pieces = splitBy(item, ":");
      this.#w("$slice(");
      [0, 1, 2].forEach((i) => {
        if (i > 0) this.#w(", ");
        const piece = pieces[i];
        if (piece === undefined || piece.length === 0) this.#w("undefined");
        else this.#expr(piece[0]!);
      });
      this.#w(")");
    };
    if (items.length === 1) return key(items[0]!);
    this.#w("$tuple([");
    items.filter((i) => i.length > 0).forEach((item, index) => {
      if (index > 0) this.#w(", ");
      key(item);
    });
    this.#w("])");
  }

  #call(node: SyntaxNode): void {
    const callee = node.firstChild!;
    const args = node.getChild("ArgList")!;
    const method = callee.name === "MemberExpression" ? callee.getChild("PropertyName") : null;
    if (method !== null) {
      this.#checkAttribute(method);
      this.#w("$callMethod(", this.#at(method));
      this.#expr(callee.firstChild!);
      this.#w(`, ${JSON.stringify(this.#text(method))}, `);
    } else {
      this.#w("$call(", this.#at(node));
      this.#expr(callee);
      this.#w(", ");
    }
    this.#arguments(args);
    this.#w(")");
  }

  /** `[positional...], {keywords} | null, [**mappings]`. */
  #arguments(list: SyntaxNode): void {
    const items = splitBy(children(list).filter((c) => c.name !== "(" && c.name !== ")"), ",").filter((i) => i.length > 0);
    const positional: SyntaxNode[][] = [];
    const keywords: SyntaxNode[][] = [];
    const mappings: SyntaxNode[] = [];
    for (const item of items) {
      if (item[0]!.name === "**") mappings.push(item[1]!);
      else if (item[1]?.name === "AssignOp") {
        if (this.#text(item[1]) === ":=") throw notInSubset("an assignment expression (:=)", this.#at(item[1]));
        keywords.push(item);
      } else {
        if (keywords.length > 0 && item[0]!.name !== "*") throw pythonError("SCRIPT_SYNTAX", "SyntaxError: positional argument follows keyword argument", this.#at(item[0]!));
        positional.push(item);
      }
    }
    this.#w("[");
    positional.forEach((item, index) => {
      if (index > 0) this.#w(", ");
      if (item[0]!.name === "*") {
        this.#w("...$iter(");
        this.#expr(item[1]!);
        this.#w(")");
      } else if (item[1]?.name === "for" || item[1]?.name === "async") {
        this.#generatorArgument(item);
      } else {
        this.#expr(item[0]!);
      }
    });
    this.#w("], ");
    if (keywords.length === 0 && mappings.length === 0) {
      this.#w("null");
      return;
    }
    const seen = new Set<string>();
    this.#w("$keywords({");
    keywords.forEach((item, index) => {
      const name = this.#text(item[0]!);
      if (seen.has(name)) throw pythonError("SCRIPT_SYNTAX", `SyntaxError: keyword argument repeated: ${name}`, this.#at(item[0]!));
      seen.add(name);
      this.#w(`${index > 0 ? ", " : ""}${JSON.stringify(name)}: `);
      this.#expr(item[2]!);
    });
    this.#w("}, [");
    mappings.forEach((mapping, index) => {
      if (index > 0) this.#w(", ");
      this.#expr(mapping);
    });
    this.#w("])");
  }

  /** `f(x for x in xs)`: a generator argument, evaluated eagerly to a list. */
  #generatorArgument(item: SyntaxNode[]): void {
    this.#comprehensionBody("list", item, this.#at(item[0]!));
  }

  #comprehension(node: SyntaxNode, at: At): void {
    const inner = children(node).slice(1, -1);
    const kind = node.name === "ArrayComprehensionExpression" ? "list" : node.name === "SetComprehensionExpression" ? "set" : node.name === "DictionaryComprehensionExpression" ? "dict" : "list";
    this.#comprehensionBody(kind, inner, at);
  }

  /**
   * A comprehension as an arrow function called at once: its own scope (its loop variables do
   * not leak), loops and conditions in order, and the element pushed into the result.
   */
  #comprehensionBody(kind: "list" | "set" | "dict", inner: SyntaxNode[], at: At): void {
    const forAt = inner.findIndex((n) => n.name === "for" || n.name === "async");
    const element = inner.slice(0, forAt);
    if (element[0]?.name === "*" || element[0]?.name === "**") throw pythonError("SCRIPT_SYNTAX", "SyntaxError: iterable unpacking cannot be used in comprehension", at);
    const clauses = inner.slice(forAt);
    const names: string[] = [];
    const outer = this.#scope;
    // Loop targets are the comprehension's locals.
    for (let i = 0; i < clauses.length; i++) {
      if (clauses[i]!.name !== "for") continue;
      for (let j = i + 1; j < clauses.length && clauses[j]!.name !== "in"; j++) collectTargetNames(clauses[j]!, this.#p.text, names);
    }
    const result = this.#newTemp();
    this.#w(`(() => { const ${result} = ${kind === "list" ? "[]" : kind === "set" ? "$set([])" : "$dict([])"}; `, at);
    if (names.length > 0) this.#w(`let ${[...new Set(names)].map(jsName).join(", ")}; `);
    let depth = 0;
    let i = 0;
    let first = true;
    while (i < clauses.length) {
      const clause = clauses[i]!;
      if (clause.name === "async") throw notInSubset("`async for`", this.#at(clause));
      if (clause.name === "for") {
        const inAt = clauses.findIndex((c, k) => k > i && c.name === "in");
        const targets = clauses.slice(i + 1, inAt);
        const item = this.#newTemp();
        this.#w(`for (const ${item} of $iter(`);
        // The first iterable is evaluated in the enclosing scope, the rest in the comprehension's.
        if (!first) this.#scope = { kind: "function", locals: new Set(names), globals: new Set(), nonlocals: new Set(), parent: outer };
        this.#expr(clauses[inAt + 1]!);
        this.#w(")) { ");
        if (first) this.#scope = { kind: "function", locals: new Set(names), globals: new Set(), nonlocals: new Set(), parent: outer };
        first = false;
        this.#assignTo(targets, item);
        depth++;
        i = inAt + 2;
      } else if (clause.name === "if") {
        this.#w("if ($truthy(");
        this.#expr(clauses[i + 1]!);
        this.#w(")) { ");
        depth++;
        i += 2;
      } else {
        throw notInSubset(`this comprehension clause`, this.#at(clause));
      }
    }
    if (kind === "dict") {
      this.#w(`$setitem(${result}, `);
      this.#expr(element[0]!);
      this.#w(", ");
      this.#expr(element[2]!);
      this.#w(");");
    } else {
      this.#w(`${result}${kind === "list" ? ".push" : ".add"}(`);
      this.#expr(element[0]!);
      this.#w(");");
    }
    this.#w(" }".repeat(depth) + ` return ${result}; })()`);
    this.#scope = outer;
  }

  #dict(node: SyntaxNode, at: At): void {
    const inner = children(node).filter((c) => c.name !== "{" && c.name !== "}");
    this.#w("$dict([", at);
    splitBy(inner, ",").filter((i) => i.length > 0).forEach((item, index) => {
      if (index > 0) this.#w(", ");
      if (item[0]!.name === "**") {
        this.#w("$spread(");
        this.#expr(item[1]!);
        this.#w(")");
      } else {
        this.#w("[");
        this.#expr(item[0]!);
        this.#w(", ");
        this.#expr(item[2]!);
        this.#w("]");
      }
    });
    this.#w("])");
  }

  #lambda(node: SyntaxNode, at: At): void {
    const list = node.getChild("ParamList");
    const body = node.lastChild!;
    this.#w("", at);
    const params = list === null ? (this.#w(`$def(${JSON.stringify(this.#qualifier + "<lambda>")}, [], [], null, [], {}, null, (`), []) : this.#parameterList(list, this.#qualifier + "<lambda>", true);
    const outer = this.#scope;
    this.#scope = { kind: "function", locals: new Set(params), globals: new Set(), nonlocals: new Set(), parent: outer };
    this.#w(") => (");
    this.#expr(body);
    this.#w("))");
    this.#scope = outer;
  }

  #unary(node: SyntaxNode, at: At): void {
    const [op, operand] = children(node);
    const text = this.#text(op!);
    const helper = text === "not" ? "!$truthy" : text === "-" ? "$neg" : text === "+" ? "$pos" : "$invert";
    this.#w(`${helper}(`, at);
    this.#expr(operand!);
    this.#w(")");
  }

  #binary(node: SyntaxNode, at: At): void {
    const parts = children(node);
    const left = parts[0]!;
    const right = parts[parts.length - 1]!;
    const op = parts.slice(1, -1).map((p) => this.#text(p)).join(" ");
    if (op === "and" || op === "or") {
      this.#w(`$${op}(`, at);
      this.#expr(left);
      this.#w(", () => ");
      this.#expr(right);
      this.#w(")");
      return;
    }
    if (isComparison(op)) return this.#comparison(node, at);
    const helper = ARITH[op];
    if (helper === undefined) throw notInSubset(`the operator ${op}`, at);
    this.#w(`${helper}(`, this.#at(parts[1]!));
    this.#expr(left);
    this.#w(", ");
    this.#expr(right);
    this.#w(")");
  }

  /** `a < b <= c`: each operand evaluated at most once, stopping at the first false comparison. */
  #comparison(node: SyntaxNode, at: At): void {
    const operands: SyntaxNode[] = [];
    const operators: string[] = [];
    let current: SyntaxNode = node;
    for (;;) {
      const parts = children(current);
      const op = parts.slice(1, -1).map((p) => this.#text(p)).join(" ");
      operands.unshift(parts[parts.length - 1]!);
      operators.unshift(op);
      const left = parts[0]!;
      if (left.name === "BinaryExpression" && isComparison(children(left).slice(1, -1).map((p) => this.#text(p)).join(" "))) current = left;
      else {
        operands.unshift(left);
        break;
      }
    }
    for (const op of operators) if (op === "<>") throw pythonError("SCRIPT_SYNTAX", "SyntaxError: Python 2's <> is not Python 3; write !=", at);
    if (operators.length === 1) {
      this.#w(`$compare(${JSON.stringify(operators[0])}, `, at);
      this.#expr(operands[0]!);
      this.#w(", ");
      this.#expr(operands[1]!);
      this.#w(")");
      return;
    }
    this.#w("$chain(", at);
    this.#expr(operands[0]!);
    operators.forEach((op, index) => {
      this.#w(`, ${JSON.stringify(op)}, () => `);
      this.#expr(operands[index + 1]!);
    });
    this.#w(")");
  }

  #formatString(node: SyntaxNode): void {
    const text = this.#text(node);
    const { prefix, quote } = stringPrefix(text);
    const raw = prefix.includes("r");
    const at = this.#at(node);
    let cursor = node.from + prefix.length + quote.length;
    const end = node.to - quote.length;
    this.#w("(\"\"", at);
    const literal = (from: number, to: number) => {
      if (to <= from) return;
      const piece = this.#p.source.slice(from, to).replace(/\{\{/g, "{").replace(/\}\}/g, "}");
      this.#w(` + ${JSON.stringify(decodeStringPiece(piece, raw, at))}`);
    };
    for (const child of children(node)) {
      if (child.name !== "FormatReplacement") continue;
      literal(cursor, child.from);
      this.#replacement(child, raw);
      cursor = child.to;
    }
    literal(cursor, end);
    this.#w(")");
  }

  /** `{expr!r:spec}` → ` + $format(value, "r", spec)`; `{expr=}` writes the expression's text first. */
  #replacement(node: SyntaxNode, raw: boolean): void {
    const parts = children(node).filter((c) => c.name !== "{" && c.name !== "}");
    const conversion = parts.find((p) => p.name === "FormatConversion");
    const spec = parts.find((p) => p.name === "FormatSpec");
    const selfDoc = parts.find((p) => p.name === "FormatSelfDoc");
    const expression = parts.filter((p) => !["FormatConversion", "FormatSpec", "FormatSelfDoc"].includes(p.name));
    if (selfDoc !== undefined) this.#w(` + ${JSON.stringify(this.#p.source.slice(node.from + 1, selfDoc.to))}`);
    this.#w(" + $format(", this.#at(node));
    this.#expressions(expression);
    this.#w(`, ${JSON.stringify(conversion === undefined ? (selfDoc !== undefined && spec === undefined ? "r" : "") : this.#text(conversion).slice(1))}, `);
    if (spec === undefined) this.#w('""');
    else {
      this.#w('(""');
      let cursor = spec.from + 1;
      for (const child of children(spec)) {
        if (child.name !== "FormatReplacement") continue;
        if (child.from > cursor) this.#w(` + ${JSON.stringify(decodeStringPiece(this.#p.source.slice(cursor, child.from), raw, this.#at(spec)))}`);
        this.#replacement(child, raw);
        cursor = child.to;
      }
      if (spec.to > cursor) this.#w(` + ${JSON.stringify(decodeStringPiece(this.#p.source.slice(cursor, spec.to), raw, this.#at(spec)))}`);
      this.#w(")");
    }
    this.#w(")");
  }

  #stringValue(node: SyntaxNode): string {
    const text = this.#text(node);
    const { prefix, quote } = stringPrefix(text);
    if (prefix.includes("b")) throw notInSubset("a bytes literal", this.#at(node));
    return decodeStringPiece(text.slice(prefix.length + quote.length, text.length - quote.length), prefix.includes("r"), this.#at(node));
  }

  // ---- helpers ------------------------------------------------------------------------------

  #declare(names: string[]): void {
    if (names.length > 0) this.#w(`let ${names.map(jsName).join(", ")};\n`);
  }

  #newTemp(): string {
    return `$t${++this.#temp}`;
  }

  #w(text: string, at?: At): void {
    this.#out.write(text, at);
  }

  #at(node: SyntaxNode): At {
    return this.#p.position(node.from);
  }

  #text(node: SyntaxNode): string {
    return this.#p.text(node);
  }
}

function children(node: SyntaxNode): SyntaxNode[] {
  const list: SyntaxNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) if (child.name !== "Comment") list.push(child);
  return list;
}

/** Splits a node list at separator tokens (`,`, `:`, `AssignOp`). */
function splitBy(nodes: SyntaxNode[], separator: string): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  for (const node of nodes) {
    if (node.name === separator) groups.push([]);
    else groups[groups.length - 1]!.push(node);
  }
  return groups;
}

function isComparison(op: string): boolean {
  return COMPARE.has(op) || op === "<>" || op === "in" || op === "not in" || op === "is" || op === "is not";
}

function describe(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function collectTargetNames(node: SyntaxNode, text: (node: SyntaxNode) => string, names: string[]): void {
  if (node.name === "VariableName") names.push(text(node));
  else if (["TupleExpression", "ArrayExpression", "ParenthesizedExpression"].includes(node.name)) {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) collectTargetNames(child, text, names);
  }
}

/** Names some function declares `global`: they are module names even when only a function assigns them. */
function declaredGlobals(top: SyntaxNode, text: (node: SyntaxNode) => string): string[] {
  const names: string[] = [];
  const cursor = top.cursor();
  do {
    if (cursor.name === "ScopeStatement" && cursor.node.firstChild !== null && text(cursor.node.firstChild) === "global") {
      for (const name of cursor.node.getChildren("VariableName")) names.push(text(name));
    }
  } while (cursor.next());
  return names;
}

function hasStarImport(top: SyntaxNode, text: (node: SyntaxNode) => string): boolean {
  const cursor = top.cursor();
  do {
    if (cursor.name === "ImportStatement" && readImport(cursor.node, text).items === "*") return true;
  } while (cursor.next());
  return false;
}

/** The parameter type of a CQGI constant: a number, string or boolean literal (a sign allowed). */
function constantType(value: SyntaxNode, text: (node: SyntaxNode) => string): string | undefined {
  let node = value;
  if (node.name === "UnaryExpression" && ["-", "+"].includes(text(node.firstChild!))) node = node.lastChild!;
  if (node.name === "Number") return /^[0-9_]+$|^0[xXoObB]/.test(text(node)) ? "int" : /[jJ]$/.test(text(node)) ? undefined : "float";
  if (value.name === "String") return "str";
  if (value.name === "Boolean") return "bool";
  return undefined;
}
