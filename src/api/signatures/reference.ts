/**
 * The reference text of one method, from its signature: the CadQuery form, each parameter
 * with its type and default, and the positional and named call forms. docs/api.md is made of
 * these (docs/tools/apiDocs.ts).
 */
import { argumentType } from "./declarations.ts";
import { pythonParameters, pythonValue } from "./pythonForm.ts";
import { byNameOnly, type MethodSignature, type ParamSpec } from "./types.ts";

function parameterLine(param: ParamSpec): string {
  const default_ = param.default !== undefined ? `default ${pythonValue(param.default)}` : param.none === true ? "required, may be None (null)" : "required";
  const notes = [
    param.extension !== undefined ? `partforge extension, by name only: ${param.extension}` : undefined,
    param.keywordOnly === true ? "keyword-only: by name in the options object" : undefined,
    param.unsupported !== undefined ? `not supported, only the default is accepted: ${param.unsupported}` : undefined,
  ].filter((note) => note !== undefined);
  return `- \`${param.name}\`: \`${argumentType(param)}\`, ${default_}${notes.map((n) => ` (${n})`).join("")}`;
}

function named(params: readonly ParamSpec[]): string {
  return `{ ${params.map((p) => `${p.name}${p.default === undefined && p.none !== true ? "" : "?"}`).join(", ")} }`;
}

/** The positional form, the required-positional-then-named form, and the all-named form. */
function callForms(name: string, params: readonly ParamSpec[], rest: ParamSpec | undefined): string[] {
  const positional = params.filter((p) => !byNameOnly(p));
  const extensions = params.filter(byNameOnly);
  const show = (p: ParamSpec) => `${p.name}${p.default === undefined && p.none !== true ? "" : "?"}`;
  if (rest !== undefined) {
    const spread = [...positional.map(show), `...${rest.name}`];
    return [`${name}(${spread.join(", ")})`, ...(extensions.length > 0 ? [`${name}(${[...spread, named(extensions)].join(", ")})`] : [])];
  }
  const forms = [`${name}(${positional.map(show).join(", ")}${extensions.length > 0 ? `${positional.length > 0 ? ", " : ""}${named(extensions)}` : ""})`];
  const required = positional.filter((p) => p.default === undefined && p.none !== true).length;
  for (const count of [required, 0]) {
    const rest = [...positional.slice(count), ...extensions];
    if (rest.length === 0 || positional[count]?.type.includes("mapping")) continue;
    forms.push(`${name}(${[...positional.slice(0, count).map(show), named(rest)].join(", ")})`);
  }
  return [...new Set(forms)];
}

/** The markdown lines documenting `owner.name` (the constructor when `name` is `__init__`) from its signature. */
export function referenceLines(owner: string, name: string, signature: MethodSignature): { heading: string; body: string[] } {
  const forms = [signature.params, ...(signature.overloads ?? [])];
  const callee = name === "__init__" ? owner : name;
  const instance = owner === "Workplane" ? "wp" : owner.toLowerCase();
  const receiver = name === "__init__" ? owner : `${signature.classmethod === true ? owner : instance}.${name}`;
  const heading = forms.map((params, i) => `${callee}(${pythonParameters(params, i === 0 ? signature.rest : undefined)})`).join(" / ");
  const body: string[] = [];
  forms.forEach((params, i) => {
    const all = i === 0 && signature.rest !== undefined ? [...params, signature.rest] : params;
    if (all.length === 0) return;
    if (forms.length > 1) body.push(`Form ${i + 1}:`, "");
    body.push(...all.map(parameterLine), "");
    body.push("```ts", ...callForms(receiver, params, i === 0 ? signature.rest : undefined), "```", "");
  });
  return { heading, body };
}
