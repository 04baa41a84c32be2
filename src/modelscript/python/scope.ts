/**
 * Python's scoping, decided statically: a name assigned anywhere in a function body (or bound
 * by `for`, `import`, `def`, `except … as`) is local to that function unless declared `global`
 * or `nonlocal`; comprehensions and lambdas have their own scopes. The translator declares each
 * scope's locals up front, so JavaScript's block scoping never differs from Python's.
 */
import type { SyntaxNode } from "@lezer/common";
import { readImport } from "./imports.ts";

export interface PyScope {
  readonly kind: "module" | "function";
  readonly locals: Set<string>;
  readonly globals: Set<string>;
  readonly nonlocals: Set<string>;
  readonly parent: PyScope | undefined;
}

/** Nodes whose bodies are scopes of their own (not walked when collecting a scope's names). */
const OWN_SCOPE = new Set(["FunctionDefinition", "ClassDefinition", "LambdaExpression", "ArrayComprehensionExpression", "DictionaryComprehensionExpression", "SetComprehensionExpression", "ComprehensionExpression"]);

/** The names `body` (a Script or a function's Body) binds, with its global/nonlocal declarations. */
export function collectScope(kind: PyScope["kind"], body: SyntaxNode, params: readonly string[], text: (node: SyntaxNode) => string, parent: PyScope | undefined): PyScope {
  const scope: PyScope = { kind, locals: new Set(params), globals: new Set(), nonlocals: new Set(), parent };
  const stack: SyntaxNode[] = [];
  for (let child = body.firstChild; child !== null; child = child.nextSibling) stack.push(child);
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.name) {
      case "FunctionDefinition":
      case "ClassDefinition": {
        const name = node.getChild("VariableName");
        if (name !== null) scope.locals.add(text(name));
        continue;
      }
      case "ScopeStatement": {
        const target = node.firstChild !== null && text(node.firstChild) === "global" ? scope.globals : scope.nonlocals;
        for (const name of node.getChildren("VariableName")) target.add(text(name));
        continue;
      }
      case "AssignStatement":
        for (const target of assignTargets(node)) addTargetNames(target, scope, text);
        break;
      case "UpdateStatement":
        if (node.firstChild !== null) addTargetNames(node.firstChild, scope, text);
        break;
      case "ForStatement":
        for (const target of forTargets(node)) addTargetNames(target, scope, text);
        break;
      case "TryStatement":
        for (let child = node.firstChild; child !== null; child = child.nextSibling) {
          if (child.name === "as" && child.nextSibling?.name === "VariableName") scope.locals.add(text(child.nextSibling));
        }
        break;
      case "ImportStatement":
        for (const name of importedNames(node, text)) scope.locals.add(name);
        continue;
      default:
        break;
    }
    if (OWN_SCOPE.has(node.name)) continue;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) stack.push(child);
  }
  for (const name of [...scope.globals, ...scope.nonlocals]) scope.locals.delete(name);
  return scope;
}

/** The target expressions of an assignment `a = b = value` (every side before an `=`). */
export function assignTargets(node: SyntaxNode): SyntaxNode[] {
  const targets: SyntaxNode[] = [];
  let group: SyntaxNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.name === "AssignOp") {
      targets.push(...group);
      group = [];
    } else if (child.name !== "TypeDef") {
      group.push(child);
    }
  }
  return targets;
}

/** The loop targets of a `for` statement (before `in`). */
export function forTargets(node: SyntaxNode): SyntaxNode[] {
  const targets: SyntaxNode[] = [];
  for (let child = node.firstChild?.nextSibling ?? null; child !== null && child.name !== "in"; child = child.nextSibling) targets.push(child);
  return targets;
}

function addTargetNames(target: SyntaxNode, scope: PyScope, text: (node: SyntaxNode) => string): void {
  if (target.name === "VariableName") {
    scope.locals.add(text(target));
    return;
  }
  if (["TupleExpression", "ArrayExpression", "ParenthesizedExpression"].includes(target.name)) {
    for (let child = target.firstChild; child !== null; child = child.nextSibling) addTargetNames(child, scope, text);
  }
}

/** The local names an import statement binds. */
export function importedNames(node: SyntaxNode, text: (node: SyntaxNode) => string): string[] {
  const parsed = readImport(node, text);
  if (parsed.kind === "import") return parsed.items.map((item) => item.alias ?? item.module.split(".")[0]!);
  return parsed.items === "*" ? [] : parsed.items.map((item) => item.alias ?? item.name);
}
