/**
 * Generates docs/api.md, the API reference of the `"partforge"` module, from the JSDoc of the
 * public classes and functions (TypeScript compiler API) and, for the methods in the signature
 * tables (src/api/signatures/), their CadQuery parameter lists and call forms. Run:
 *   node --import tsx docs/tools/apiDocs.ts > docs/api.md
 * test/api/apiDocs.test.ts fails when docs/api.md is stale or a public method has no example.
 */
import ts from "typescript";
import { fileURLToPath } from "node:url";
import { SIGNATURE_TABLES } from "../../src/api/signatures/index.ts";
import { referenceLines } from "../../src/api/signatures/reference.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The documented surface: class (or function) name → file, in reading order. */
const SECTIONS: { title: string; file: string | string[]; names: string[]; intro: string; tables?: string[] }[] = [
  { title: "Workplane", file: "src/api/workplane.ts", names: ["WorkplaneImpl"], intro: "CadQuery's fluent, immutable Workplane: `Workplane(plane?, { origin? })`." },
  { title: "Sketch", file: "src/api/sketch.ts", names: ["SketchImpl"], intro: "CadQuery's Sketch: `Sketch()`; each call returns a new Sketch." },
  { title: "Assembly", file: "src/api/assembly.ts", names: ["AssemblyImpl"], intro: "`Assembly(obj?, { loc, name, color })`: named, coloured, located parts." },
  { title: "Shape", file: "src/api/shapes/shape.ts", names: ["Shape"], intro: "CadQuery's `Shape`, the base of the shape classes: what `val()`/`vals()` give is a `Vertex`, `Edge`, `Wire`, `Face`, `Shell`, `Solid` or `Compound`." },
  { title: "Mixin1D", file: "src/api/shapes/curveMethods.ts", names: ["CurveMethods"], tables: ["Mixin1D", "Vertex", "Face"], intro: "CadQuery's `Mixin1D` methods of edges and wires (and `Vertex.toTuple`, `Face.normalAt`), which every shape carries; other kinds refuse them with an error naming the kind." },
  { title: "Mixin3D", file: "src/api/shapes/mixin3D.ts", names: ["Mixin3D"], intro: "CadQuery's `Mixin3D` methods of solids and compounds." },
  { title: "Vertex", file: "src/api/shapes/vertex.ts", names: ["Vertex"], intro: "`Vertex.makeVertex(x, y, z)`." },
  { title: "Edge", file: "src/api/shapes/edge.ts", names: ["Edge"], intro: "`Edge.makeLine`, `makeCircle`, `makeEllipse`, `makeSpline`, `makeThreePointArc`, `makeTangentArc`, `makeBezier`." },
  { title: "Wire", file: "src/api/shapes/wire.ts", names: ["Wire"], intro: "`Wire.makeHelix`, `makePolygon`, `makeCircle`, `makeEllipse`, `assembleEdges`, `combine`." },
  { title: "Face", file: "src/api/shapes/face.ts", names: ["Face"], intro: "`Face.makePlane`, `makeFromWires`, `makeRuledSurface`, `makeNSidedSurface`." },
  { title: "Shell", file: "src/api/shapes/shell.ts", names: ["Shell"], intro: "`Shell.makeShell(faces)`." },
  { title: "Solid", file: "src/api/shapes/solid.ts", names: ["Solid"], intro: "`Solid.makeBox`, `makeCylinder`, `makeCone`, `makeSphere`, `makeTorus`, `makeWedge`, `makeLoft`, `extrudeLinear`, `revolve`, `sweep`, …" },
  { title: "Compound", file: "src/api/shapes/compound.ts", names: ["Compound"], intro: "`Compound.makeCompound(shapes)`." },
  {
    title: "func",
    file: ["primitives", "construction", "booleans", "features", "text", "diagnostics", "unsupported"].map((group) => `src/api/func/${group}.ts`),
    names: Object.keys(SIGNATURE_TABLES.func ?? {}),
    intro: "CadQuery's free functions (`cadquery.func`): `import { func } from \"partforge\"; const { box, fuse } = func;`. Python's operators on shapes are `fuse` (+), `cut` (-), `intersect` (*) and `split` (/).",
  },
  { title: "Location", file: "src/api/location.ts", names: ["Location"], intro: "`Location(x, y, z)`, `Location([x, y, z], axis, angleDeg)`, `Location(plane)`." },
  { title: "importers", file: "src/api/importers/index.ts", names: ["importDXF"], intro: "CadQuery's `cq.importers`, for what a script can be given: a DXF drawing's text." },
  { title: "Color", file: "src/api/color.ts", names: ["Color"], intro: "`Color(\"red\")`, `Color(\"#ff8800\")`, `Color(r, g, b, a?)`." },
  { title: "Vector", file: "src/api/vector.ts", names: ["Vector"], intro: "`Vector(x, y, z)`: an immutable 3D vector." },
  { title: "Plane", file: "src/api/plane.ts", names: ["Plane"], intro: "A 2D coordinate system in space; `Plane.named(\"XZ\")`." },
  { title: "Parameters", file: "src/modelscript/params.ts", names: ["FloatParam", "IntParam", "BooleanParam", "StringParam", "ChoiceParam"], intro: "Parameter constructors (SPEC section 1)." },
];

export interface DocEntry {
  name: string;
  signature: string;
  description: string;
  examples: string[];
  /** Parameters and call forms, for methods in a signature table. */
  details: string[];
}

function jsDoc(node: ts.Node, source: ts.SourceFile): { description: string; examples: string[]; internal: boolean } {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  if (doc === undefined) return { description: "", examples: [], internal: false };
  const text = (value: string | ts.NodeArray<ts.JSDocComment> | undefined) =>
    typeof value === "string" ? value : (value ?? []).map((part) => part.getText(source)).join("");
  const examples = (doc.tags ?? []).filter((tag) => tag.tagName.text === "example").map((tag) => text(tag.comment).trim());
  const internal = (doc.tags ?? []).some((tag) => tag.tagName.text === "internal");
  return { description: text(doc.comment).replace(/\s+/g, " ").trim(), examples, internal };
}

function signatureOf(node: ts.MethodDeclaration | ts.GetAccessorDeclaration | ts.FunctionDeclaration | ts.ConstructorDeclaration, source: ts.SourceFile, name: string): string {
  const params = node.parameters.map((p) => p.getText(source).replace(/\s+/g, " ")).join(", ");
  if (ts.isGetAccessorDeclaration(node)) return `${name}`;
  const returns = node.type ? `: ${node.type.getText(source).replace(/\s+/g, " ")}` : "";
  return `${name}(${params})${returns}`;
}

function isPublic(member: ts.ClassElement): boolean {
  const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
  if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) return false;
  return member.name !== undefined && !ts.isPrivateIdentifier(member.name);
}

/** The documented entries of one section. */
export function entriesOf(file: string, names: readonly string[]): DocEntry[] {
  const path = `${ROOT}${file}`;
  const source = ts.createSourceFile(path, ts.sys.readFile(path) ?? "", ts.ScriptTarget.ES2022, true);
  const entries: DocEntry[] = [];
  source.forEachChild((node) => {
    if (ts.isClassDeclaration(node) && node.name && names.includes(node.name.text)) {
      for (const member of node.members) {
        if (!isPublic(member)) continue;
        if (!(ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member))) continue;
        const name = member.name.getText(source);
        if (name === "toString") continue;
        const { description, examples, internal } = jsDoc(member, source);
        if (internal) continue;
        const isStatic = (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        entries.push({ name, signature: `${isStatic ? "static " : ""}${signatureOf(member, source, name)}`, description, examples, details: [] });
      }
    }
    if (ts.isFunctionDeclaration(node) && node.name && names.includes(node.name.text)) {
      const { description, examples } = jsDoc(node, source);
      entries.push({ name: node.name.text, signature: signatureOf(node, source, node.name.text), description, examples, details: [] });
    }
  });
  return entries;
}

/** A method in the section's signature tables is documented from the table (its JSDoc gives the prose and examples). */
function fromTable(tables: readonly string[], entry: DocEntry): DocEntry {
  const owner = tables.find((table) => SIGNATURE_TABLES[table] !== undefined && Object.hasOwn(SIGNATURE_TABLES[table]!, entry.name));
  if (owner === undefined) return entry;
  const { heading, body } = referenceLines(owner, entry.name, SIGNATURE_TABLES[owner]![entry.name]!);
  return { ...entry, signature: heading, details: body };
}

/** The section's introduction, followed by its constructor's parameters when the table has them. */
function introOf(title: string, intro: string): string {
  const constructor = SIGNATURE_TABLES[title]?.["__init__"];
  if (constructor === undefined) return intro;
  const { heading, body } = referenceLines(title, "__init__", constructor);
  return [intro, "", `### \`${heading}\``, "", ...body].join("\n").trimEnd();
}

export function sections(): { title: string; intro: string; entries: DocEntry[] }[] {
  return SECTIONS.map(({ title, file, names, intro, tables }) => ({
    title,
    intro: introOf(title, intro),
    entries: (Array.isArray(file) ? file : [file]).flatMap((one) => entriesOf(one, names)).map((entry) => fromTable(tables ?? [title], entry)),
  }));
}

export function renderApiDocs(): string {
  const out: string[] = [
    "# partforge API reference",
    "",
    "Generated from the JSDoc of the modelling API by `node --import tsx docs/tools/apiDocs.ts > docs/api.md`;",
    "do not edit by hand. Everything here is importable from `\"partforge\"` (and pre-loaded as globals).",
    "Methods are listed with CadQuery 2.5's parameters, in order, from the signature tables in src/api/signatures/:",
    "each parameter may be given positionally in that order, or by name in a trailing options object (Python's",
    "keyword arguments), or both (positional first, names for the rest); `null` or `undefined` is Python's `None`.",
    "See docs/cadquery-support.md for CadQuery parity.",
    "",
  ];
  for (const section of sections()) {
    out.push(`## ${section.title}`, "", section.intro, "");
    for (const entry of section.entries) {
      out.push(`### \`${entry.signature}\``, "");
      if (entry.description) out.push(entry.description, "");
      out.push(...entry.details);
      for (const example of entry.examples) out.push("```ts", example, "```", "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(renderApiDocs());
