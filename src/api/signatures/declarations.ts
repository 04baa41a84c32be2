/**
 * Renders the TypeScript types of every call form in the signature tables (`generated.ts`):
 * for each method, a union of labelled tuples (all positional, then one tuple per count of
 * leading positional arguments with the rest in a trailing options object), and the bound
 * values the method's body receives. `npm run types` writes it (docs/tools/signatureTypes.ts);
 * test/api/signatures.test.ts fails when it is stale.
 */
import { SIGNATURE_TABLES } from "./index.ts";
import { byNameOnly, type MethodSignature, type ParamSpec, type SignatureTable, type TypeSpec, type ValueKind } from "./types.ts";

/** What a script may pass, per kind. */
const ARGUMENT_TYPES: Readonly<Record<ValueKind, string>> = {
  number: "number",
  int: "number",
  boolean: "boolean",
  string: "string",
  vector: "VectorLike",
  vectors: "readonly VectorLike[]",
  locations: "readonly (VectorLike | Location)[]",
  location: "Location",
  plane: "Plane",
  numbers: "readonly number[]",
  numbers3: "readonly [number, number, number]",
  shape: "Shape",
  shapes: "readonly Shape[]",
  vertex: "Vertex",
  edge: "Edge",
  wire: "Wire",
  face: "Face",
  shell: "Shell",
  solid: "Solid",
  compound: "Compound",
  edges: "readonly Edge[]",
  wires: "readonly Wire[]",
  faces: "readonly Face[]",
  curves: "readonly (Edge | Wire)[]",
  sheets: "readonly (Face | Shell)[]",
  matrix: "readonly (readonly number[])[]",
  workplane: "Workplane",
  sketch: "Sketch",
  assembly: "Assembly",
  color: "Color | string",
  selector: "string | Selector",
  function: "(...args: never[]) => unknown",
  combine: 'boolean | "a" | "s" | "cut"',
  centered2: "boolean | readonly [boolean, boolean]",
  centered3: "boolean | readonly [boolean, boolean, boolean]",
  mapping: "Readonly<Record<string, unknown>>",
  list: "readonly unknown[]",
};

/** What the method's body receives after binding (copies: Vectors for points, fresh arrays). */
const VALUE_TYPES: Readonly<Record<ValueKind, string>> = {
  ...ARGUMENT_TYPES,
  vector: "Vector",
  vectors: "Vector[]",
  locations: "(Vector | Location)[]",
  numbers: "number[]",
  numbers3: "[number, number, number]",
  shapes: "Shape[]",
  edges: "Edge[]",
  wires: "Wire[]",
  faces: "Face[]",
  curves: "(Edge | Wire)[]",
  sheets: "(Face | Shell)[]",
  matrix: "number[][]",
  centered2: "boolean | boolean[]",
  centered3: "boolean | boolean[]",
  mapping: "Record<string, unknown>",
};

function union(types: readonly TypeSpec[], kinds: Readonly<Record<ValueKind, string>>): string {
  return types.map((type) => (typeof type === "object" ? type.oneOf.map((c) => JSON.stringify(c)).join(" | ") : kinds[type])).join(" | ");
}

/** The TypeScript type a script may pass for `param` (with `| null` where None is allowed). */
export function argumentType(param: ParamSpec): string {
  const base = param.tsType ?? union(param.type, ARGUMENT_TYPES);
  return param.none === true || param.default === null ? `${base} | null` : base;
}

function valueType(param: ParamSpec): string {
  const base = param.tsType ?? union(param.type, VALUE_TYPES);
  if (param.default === null) return `${base} | undefined`;
  if (param.none === true) return `${base} | null${param.default === undefined ? " | undefined" : ""}`;
  return base;
}

const optional = (param: ParamSpec) => param.default !== undefined || param.none === true;

function optionsType(params: readonly ParamSpec[]): string {
  const fields = params.map((p) => `${p.name}${optional(p) ? "?" : ""}: ${argumentType(p)}${optional(p) ? " | undefined" : ""}`);
  return `{ ${fields.join("; ")} }`;
}

/** Every way to call one form: k leading positional arguments, the rest by name. */
function formTuples(params: readonly ParamSpec[], rest: ParamSpec | undefined): string[] {
  const positional = params.filter((p) => !byNameOnly(p));
  const extensions = params.filter(byNameOnly);
  const tuples: string[] = [];
  for (let count = 0; count <= positional.length; count++) {
    const leading = positional.slice(0, count).map((p, i) => {
      const earlierOptional = positional.slice(i).every(optional);
      return `${p.name}${earlierOptional && count === positional.length && rest === undefined ? "?" : ""}: ${argumentType(p)}${optional(p) ? " | undefined" : ""}`;
    });
    if (rest !== undefined) {
      if (count !== positional.length) continue;
      const spread = `...${rest.name}: (${argumentType(rest)})[]`;
      tuples.push(`[${[...leading, spread].join(", ")}]`);
      if (extensions.length > 0) tuples.push(`[${[...leading, spread, `options: ${optionsType(extensions)}`].join(", ")}]`);
      continue;
    }
    const named = [...positional.slice(count), ...extensions];
    const next = positional[count];
    const nextTakesMapping = next !== undefined && next.type.includes("mapping");
    if (named.length === 0 || nextTakesMapping) {
      if (count === positional.length || nextTakesMapping) tuples.push(`[${leading.join(", ")}]`);
      continue;
    }
    const required = named.some((p) => !optional(p));
    tuples.push(`[${[...leading, `options${required ? "" : "?"}: ${optionsType(named)}`].join(", ")}]`);
  }
  return tuples;
}

function argumentsType(signature: MethodSignature): string {
  const forms = [signature.params, ...(signature.overloads ?? [])];
  const tuples = forms.flatMap((params, i) => formTuples(params, i === 0 ? signature.rest : undefined));
  return [...new Set(tuples)].map((t) => `\n    | ${t}`).join("");
}

function valuesType(signature: MethodSignature): string {
  const forms = [signature.params, ...(signature.overloads ?? [])];
  return forms
    .map((params, i) => {
      const fields = params.map((p) => `${p.name}: ${valueType(p)}`);
      if (i === 0 && signature.rest !== undefined) fields.push(`${signature.rest.name}: (${valueType(signature.rest)})[]`);
      return `{ form: ${i}; ${fields.join("; ")} }`;
    })
    .join(" | ");
}

function renderTable(owner: string, table: SignatureTable): string {
  const methods = Object.entries(table);
  return [
    `/** What a script may pass to each ${owner} method: positionally, by name in a trailing options object, or both. */`,
    `export interface ${owner}Args {`,
    ...methods.map(([name, signature]) => `  ${name}:${argumentsType(signature)};`),
    "}",
    "",
    `/** What each ${owner} method receives after binding. */`,
    `export interface ${owner}Values {`,
    ...methods.map(([name, signature]) => `  ${name}: ${valuesType(signature)};`),
    "}",
    "",
  ].join("\n");
}

/** The source of generated.ts. */
export function renderDeclarations(): string {
  return [
    "/**",
    " * Generated from the signature tables (src/api/signatures/*.ts) by `npm run types`; do not edit.",
    " * The argument types of every call form of the modelling API's methods.",
    " */",
    'import type { AssemblyImpl as Assembly } from "../assembly.ts";',
    'import type { Color } from "../color.ts";',
    'import type { Location } from "../location.ts";',
    'import type { Plane } from "../plane.ts";',
    'import type { Selector } from "../selectors/index.ts";',
    'import type { Compound, Edge, Face, Shape, Shell, Solid, Vertex, Wire } from "../shape.ts";',
    'import type { SketchImpl as Sketch } from "../sketch.ts";',
    'import type { Vector, VectorLike } from "../vector.ts";',
    'import type { PlaneLike, StackItem, WorkplaneImpl as Workplane } from "../workplane.ts";',
    "",
    ...Object.entries(SIGNATURE_TABLES).map(([owner, table]) => renderTable(owner, table)),
  ].join("\n");
}
