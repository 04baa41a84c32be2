/**
 * Finds module-level mutable state in TypeScript source (issue 12, point 1): top-level `let` and
 * `var`, mutable static class fields, and top-level constants holding a container (Map, Set,
 * WeakMap, WeakSet, array, object literal) that a function in the same module writes to.
 * Writes during module load (top-level statements) build constant tables and are allowed.
 */
import ts from "typescript";

export interface ModuleStateFinding {
  /** The declared name. */
  name: string;
  /** What kind of state it is, for the failure message. */
  kind: "let" | "var" | "static field" | "container written after load";
  line: number;
}

const CONTAINER_CONSTRUCTORS = new Set(["Map", "Set", "WeakMap", "WeakSet", "Array"]);
const MUTATING_METHODS = new Set(["set", "add", "delete", "clear", "push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "copyWithin"]);
const MUTATING_OBJECT_FUNCTIONS = new Set(["assign", "defineProperty", "defineProperties", "setPrototypeOf"]);

/** Every finding in `source` (the text of `fileName`). */
export function findModuleState(fileName: string, source: string): ModuleStateFinding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
  const findings: ModuleStateFinding[] = [];
  const containers = new Map<string, number>();
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      const flags = statement.declarationList.flags;
      const kind = flags & ts.NodeFlags.Let ? "let" : flags & ts.NodeFlags.Const ? undefined : "var";
      for (const declaration of statement.declarationList.declarations) {
        for (const name of boundNames(declaration.name)) {
          if (kind !== undefined) findings.push({ name, kind, line: lineOf(declaration) });
          else if (declaration.initializer !== undefined && isMutableContainer(declaration.initializer)) containers.set(name, lineOf(declaration));
        }
      }
    } else if (ts.isClassDeclaration(statement)) {
      for (const member of statement.members) {
        const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
        const isStatic = modifiers.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        const isReadonly = modifiers.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword);
        if (ts.isPropertyDeclaration(member) && isStatic && !isReadonly) {
          findings.push({ name: `${statement.name?.text ?? "class"}.${member.name.getText(file)}`, kind: "static field", line: lineOf(member) });
        }
      }
    }
  }
  const written = new Set<string>();
  const visit = (node: ts.Node, insideFunction: boolean): void => {
    if (insideFunction) {
      const target = writtenContainer(node);
      if (target !== undefined && containers.has(target)) written.add(target);
    }
    ts.forEachChild(node, (child) => visit(child, insideFunction || ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)));
  };
  visit(file, false);
  for (const name of written) findings.push({ name, kind: "container written after load", line: containers.get(name)! });
  return findings.sort((a, b) => a.line - b.line);
}

function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : boundNames(element.name)));
}

/** `new Map()`, `[]`, `{}` and the like (a frozen literal is not: `Object.freeze({...})`). */
function isMutableContainer(initializer: ts.Expression): boolean {
  const expression = ts.isAsExpression(initializer) || ts.isSatisfiesExpression(initializer) ? initializer.expression : initializer;
  if (ts.isArrayLiteralExpression(expression) || ts.isObjectLiteralExpression(expression)) return true;
  return ts.isNewExpression(expression) && ts.isIdentifier(expression.expression) && CONTAINER_CONSTRUCTORS.has(expression.expression.text);
}

/** The identifier `node` writes into, if it is `x.set(…)`, `x[k] = …`, `x.p++`, `delete x.p` or `Object.assign(x, …)`. */
function writtenContainer(node: ts.Node): string | undefined {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const { expression: receiver, name } = node.expression;
    if (ts.isIdentifier(receiver) && MUTATING_METHODS.has(name.text)) return receiver.text;
    if (ts.isIdentifier(receiver) && receiver.text === "Object" && MUTATING_OBJECT_FUNCTIONS.has(name.text)) {
      const first = node.arguments[0];
      return first !== undefined && ts.isIdentifier(first) ? first.text : undefined;
    }
  }
  const assigned =
    ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
      ? node.left
      : ts.isDeleteExpression(node)
        ? node.expression
        : (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
            (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
          ? node.operand
          : undefined;
  if (assigned === undefined) return undefined;
  let root: ts.Expression = assigned;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = root.expression;
  return root !== assigned && ts.isIdentifier(root) ? root.text : undefined;
}
