import { parse, type Comment, type Node } from "acorn";

/** A 1-based line and 0-based column in the generated code (acorn's convention). */
export interface GeneratedPosition {
  line: number;
  column: number;
}

/** A construct the output must not contain, where it is in the generated code. */
export interface ForbiddenConstruct {
  message: string;
  at: GeneratedPosition;
}

/**
 * A `require("…")` call of a literal module name. esbuild writes one for each import or
 * re-export declaration; the author may have written one too. Which it is, only the source map
 * tells (see importPolicy.ts).
 */
export interface ModuleRequire {
  specifier: string;
  /** Where the call starts. */
  at: GeneratedPosition;
  /** Where its module name (the string literal) is. */
  specifierAt: GeneratedPosition;
}

/** What compile needs to know about esbuild's output. */
export interface OutputFacts {
  forbidden: ForbiddenConstruct[];
  requires: ModuleRequire[];
  /** Export name → where its local declaration's name is. */
  exports: Map<string, GeneratedPosition>;
  /** Each name read from the `"partforge"` module, with where it is first read. */
  partforgeNames: Map<string, GeneratedPosition>;
  comments: Comment[];
  /** acorn's syntax tree of the output, for the instrumentation (instrument.ts). */
  program: Node;
}

/** The one module a ModelScript may import. */
export const PARTFORGE = "partforge";
/** The end of every refusal of an import: what a ModelScript may import instead. */
export const IMPORT_ONLY_PARTFORGE = `a ModelScript can only import from "${PARTFORGE}"`;
/** The end of a refusal of `require` or `import()`: the import statement is the way. */
export const IMPORT_STATEMENT_ONLY = `${IMPORT_ONLY_PARTFORGE}, with an import statement`;

type AnyNode = Node & Record<string, unknown>;

/**
 * Inspects esbuild's CommonJS output: finds what a ModelScript may not do (dynamic `import()`,
 * `import.meta`, any use of `require` but a call of a literal module name), every such call, where
 * each export is declared, which names are read from `"partforge"`, and where the comments are.
 * @throws SyntaxError (from acorn) only if esbuild produced code acorn cannot parse.
 */
export function inspectOutput(code: string): OutputFacts {
  const comments: Comment[] = [];
  const program = parse(code, { ecmaVersion: "latest", sourceType: "script", locations: true, onComment: comments });
  const facts: OutputFacts = {
    forbidden: [],
    requires: [],
    exports: new Map(),
    partforgeNames: new Map(),
    comments,
    program,
  };
  const namespaces = partforgeNamespaces(program as unknown as AnyNode);
  walk(program as unknown as AnyNode, undefined, (node, parent) => {
    const forbidden = forbiddenMessage(node, parent);
    if (forbidden !== undefined) facts.forbidden.push(forbidden);
    const specifier = requiredModule(node);
    if (specifier !== undefined) facts.requires.push({ specifier, at: startOf(node), specifierAt: startOf((node.arguments as AnyNode[])[0]!) });
    const read = partforgeRead(node, namespaces);
    if (read !== undefined && !facts.partforgeNames.has(read.name)) facts.partforgeNames.set(read.name, read.at);
  });
  collectExports(program as unknown as AnyNode, facts.exports);
  return facts;
}

function forbiddenMessage(node: AnyNode, parent: AnyNode | undefined): ForbiddenConstruct | undefined {
  if (node.type === "ImportExpression") {
    const source = node.source as AnyNode;
    if (source.type === "Literal" && typeof source.value === "string") {
      return { message: `dynamic import("${source.value}") is not allowed: ${IMPORT_STATEMENT_ONLY}`, at: startOf(source) };
    }
    return { message: `dynamic import() is not allowed: ${IMPORT_STATEMENT_ONLY}`, at: startOf(node) };
  }
  if (node.type === "MetaProperty" && (node.meta as AnyNode).name === "import") {
    return { message: "import.meta is not available in a ModelScript", at: startOf(node) };
  }
  if (node.type === "Identifier" && node.name === "require" && isReference(node, parent) && !(parent !== undefined && parent.callee === node && requiredModule(parent) !== undefined)) {
    return { message: `require is not available in a ModelScript: import with \`import { … } from "${PARTFORGE}"\``, at: startOf(node) };
  }
  return undefined;
}

/** The module name of `require("name")`, else undefined. */
function requiredModule(node: AnyNode): string | undefined {
  if (node.type !== "CallExpression") return undefined;
  const callee = node.callee as AnyNode;
  const args = node.arguments as AnyNode[];
  if (callee.type !== "Identifier" || callee.name !== "require" || args.length !== 1) return undefined;
  const argument = args[0]!;
  return argument.type === "Literal" && typeof argument.value === "string" ? argument.value : undefined;
}

/** Whether `node` (an Identifier) is read as a variable, not a property name. */
function isReference(node: AnyNode, parent: AnyNode | undefined): boolean {
  if (parent === undefined) return true;
  if (parent.type === "MemberExpression") return parent.object === node || parent.computed === true;
  if (parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") {
    return parent.value === node || parent.computed === true;
  }
  return true;
}

function isPartforgeRequire(node: AnyNode | undefined): boolean {
  return node !== undefined && requiredModule(node) === PARTFORGE;
}

/** Locals esbuild binds to the partforge module: `var x = require("partforge")` or `__toESM(require(…))`. */
function partforgeNamespaces(program: AnyNode): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body as AnyNode[]) {
    if (statement.type !== "VariableDeclaration") continue;
    for (const declarator of statement.declarations as AnyNode[]) {
      const id = declarator.id as AnyNode;
      let init = declarator.init as AnyNode | null;
      if (init?.type === "CallExpression" && !isPartforgeRequire(init) && (init.arguments as AnyNode[]).length >= 1) {
        init = (init.arguments as AnyNode[])[0]!;
      }
      if (id.type === "Identifier" && isPartforgeRequire(init ?? undefined)) names.add(id.name as string);
    }
  }
  return names;
}

function partforgeRead(node: AnyNode, namespaces: Set<string>): { name: string; at: GeneratedPosition } | undefined {
  if (node.type !== "MemberExpression" || node.computed === true) return undefined;
  const object = node.object as AnyNode;
  const property = node.property as AnyNode;
  if (object.type !== "Identifier" || !namespaces.has(object.name as string) || property.type !== "Identifier") return undefined;
  return { name: property.name as string, at: startOf(property) };
}

/** Reads esbuild's `__export(target, { name: () => local, … })` and finds each local's declaration. */
function collectExports(program: AnyNode, exports: Map<string, GeneratedPosition>): void {
  const locals = new Map<string, GeneratedPosition>();
  const exported: Array<[string, string]> = [];
  for (const statement of program.body as AnyNode[]) {
    for (const [name, at] of declaredNames(statement)) if (!locals.has(name)) locals.set(name, at);
    const call = statement.type === "ExpressionStatement" ? (statement.expression as AnyNode) : undefined;
    if (call?.type !== "CallExpression" || (call.callee as AnyNode).type !== "Identifier") continue;
    if (!String((call.callee as AnyNode).name).startsWith("__export")) continue;
    const table = (call.arguments as AnyNode[])[1];
    if (table?.type !== "ObjectExpression") continue;
    for (const property of table.properties as AnyNode[]) {
      const key = property.key as AnyNode | undefined;
      const getter = property.value as AnyNode | undefined;
      const body = getter?.type === "ArrowFunctionExpression" ? (getter.body as AnyNode) : undefined;
      const name = key?.type === "Identifier" ? key.name : key?.type === "Literal" ? key.value : undefined;
      if (typeof name === "string" && body?.type === "Identifier") exported.push([name, body.name as string]);
    }
  }
  for (const [name, local] of exported) {
    const at = locals.get(local);
    if (at !== undefined) exports.set(name, at);
  }
}

/** Every name the top level of `program` declares (`var`, `let`, `const`, functions, classes; patterns included). */
export function topLevelNames(program: Node): Set<string> {
  const names = new Set<string>();
  for (const statement of (program as unknown as AnyNode).body as AnyNode[]) {
    if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations as AnyNode[]) for (const name of boundNames(declarator.id as AnyNode)) names.add(name);
    } else if ((statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") && statement.id) {
      names.add((statement.id as AnyNode).name as string);
    }
  }
  return names;
}

function boundNames(pattern: AnyNode): string[] {
  switch (pattern.type) {
    case "Identifier":
      return [pattern.name as string];
    case "ObjectPattern":
      return (pattern.properties as AnyNode[]).flatMap((property) => boundNames(property.type === "RestElement" ? property : (property.value as AnyNode)));
    case "ArrayPattern":
      return (pattern.elements as Array<AnyNode | null>).flatMap((element) => (element === null ? [] : boundNames(element)));
    case "RestElement":
      return boundNames(pattern.argument as AnyNode);
    case "AssignmentPattern":
      return boundNames(pattern.left as AnyNode);
    default:
      return [];
  }
}

function declaredNames(statement: AnyNode): Array<[string, GeneratedPosition]> {
  if (statement.type === "VariableDeclaration") {
    return (statement.declarations as AnyNode[])
      .map((declarator) => declarator.id as AnyNode)
      .filter((id) => id.type === "Identifier")
      .map((id) => [id.name as string, startOf(id)]);
  }
  if ((statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") && statement.id) {
    const id = statement.id as AnyNode;
    return [[id.name as string, startOf(id)]];
  }
  return [];
}

function startOf(node: Node): GeneratedPosition {
  return { line: node.loc!.start.line, column: node.loc!.start.column };
}

/** Visits every node depth-first, parents before children. */
function walk(node: AnyNode, parent: AnyNode | undefined, visit: (node: AnyNode, parent: AnyNode | undefined) => void): void {
  visit(node, parent);
  for (const key of Object.keys(node)) {
    if (key === "loc") continue;
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) walk(item, node, visit);
    } else if (isNode(child)) {
      walk(child, node, visit);
    }
  }
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
