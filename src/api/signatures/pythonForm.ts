/**
 * A signature written as CadQuery's Python reads, e.g.
 * `Workplane.extrude(until, combine=True, clean=True, both=False, taper=None)`: for error
 * messages that help a porting script author, and for docs/api.md.
 */
import { byNameOnly, type MethodSignature, type ParamSpec, type PythonValue } from "./types.ts";

/** A default as Python prints it: True, None, 'arc', (0, 0, 1). */
export function pythonValue(value: PythonValue): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "string") return `'${value}'`;
  if (Array.isArray(value)) return `(${value.map(pythonValue).join(", ")}${value.length === 1 ? "," : ""})`;
  // Python writes small floats with a two-digit exponent: 1e-06.
  if (typeof value === "number" && value !== 0 && Math.abs(value) < 1e-4) return value.toExponential().replace(/e([+-])(\d)$/, "e$10$2");
  return String(value);
}

function parameter(param: ParamSpec): string {
  return param.default === undefined ? param.name : `${param.name}=${pythonValue(param.default)}`;
}

/** Python's parameter list of one call form; keyword-only parameters, then partforge extensions, come last. */
export function pythonParameters(params: readonly ParamSpec[], rest?: ParamSpec): string {
  const positional = params.filter((p) => !byNameOnly(p)).map(parameter);
  if (rest !== undefined) positional.push(`*${rest.name}`);
  const named = [...params.filter((p) => p.keywordOnly === true), ...params.filter((p) => p.extension !== undefined)].map(parameter);
  if (named.length > 0 && rest === undefined) positional.push("*");
  return [...positional, ...named].join(", ");
}

/** Every call form of `owner.method`, joined with " or ". */
export function pythonForm(owner: string, method: string, signature: MethodSignature): string {
  const forms = [signature.params, ...(signature.overloads ?? [])];
  return forms.map((params, i) => `${owner}.${method}(${pythonParameters(params, i === 0 ? signature.rest : undefined)})`).join(" or ");
}
