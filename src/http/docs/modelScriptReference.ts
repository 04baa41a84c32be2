/**
 * `/docs/modelscript`: the ModelScript reference (SPEC section 1) — exports, parameter kinds and
 * their options, presets, units, METADATA, reserved names, scope and limits. Kinds, options,
 * units, reserved names and every limit are read from the code that enforces them.
 */
import { ANGULAR_TOLERANCE_BOUNDS, DEFAULT_SLOT_LIMITS, TOLERANCE_BOUNDS } from "../../build/index.ts";
import { DEFAULT_GROUP, DEFAULT_PRESET, DESCRIPTION_LIMITS, PARAM_KINDS, RESERVED_PARAM_NAMES, RESERVED_PREFIX, type ParamKind } from "../../modelscript/index.ts";
import { MAX_PATTERN_LENGTH, MAX_PATTERN_REPEAT } from "../../shared/safePattern.ts";
import { DEFAULT_UNIT, millimetresPer, UNITS } from "../../shared/units.ts";
import type { ServiceLimits } from "../deps.ts";
import { codeBlock, escapeHtml, table } from "./html.ts";

/** What each option means; every option a kind accepts has an entry (test/http/docsPage.test.ts). */
export const OPTION_TEXT: Readonly<Record<string, string>> = {
  default: "The default value; the same as <code>presets: { default: … }</code>. Every parameter needs one, and it must satisfy the parameter's own constraints.",
  presets: "Named values, e.g. <code>{ default: 100, short: 50 }</code>. A preset exists when any parameter lists it.",
  desc: "A one-line description shown beside the input.",
  group: `The form section the input appears in; ungrouped parameters are in group <code>${DEFAULT_GROUP}</code>.`,
  min: "Inclusive lower bound.",
  max: "Inclusive upper bound.",
  step: "A hint for spinners and sliders (greater than 0); values need not be multiples of it.",
  maxLength: "Maximum length in characters (Unicode code points).",
  pattern: `A regular expression the whole value must match, e.g. <code>"[A-Z]{2}\\\\d+"</code>. It runs in visitors' browsers too, so it must be safe: at most ${MAX_PATTERN_LENGTH} characters, counts up to ${MAX_PATTERN_REPEAT}, no backreferences or lookarounds, no repeated group that itself repeats or has alternatives (write <code>[ab]*</code>, not <code>(a|b)*</code>).`,
  choices: "The allowed values: a non-empty list of strings or finite numbers, each listed once.",
};

/** What each description limit bounds; TypeScript makes a new limit need its sentence here. */
const DESCRIPTION_LIMIT_TEXT: Readonly<Record<keyof typeof DESCRIPTION_LIMITS, [string, "bytes" | "entries"]>> = {
  documentBytes: ["the whole description (metadata, parameters, presets) as JSON, UTF-8", "bytes"],
  metadataFields: ["fields in <code>METADATA</code>", "entries"],
  metadataFieldNameBytes: ["a <code>METADATA</code> field's name", "bytes"],
  metadataNameBytes: ["<code>METADATA.name</code> (also the model's name)", "bytes"],
  metadataValueBytes: ["any other <code>METADATA</code> value", "bytes"],
  parameters: ["parameters in one script", "entries"],
  parameterNameBytes: ["a parameter's name", "bytes"],
  descBytes: ["a parameter's <code>desc</code>", "bytes"],
  groupBytes: ["a parameter's <code>group</code>", "bytes"],
  choices: ["a <code>ChoiceParam</code>'s <code>choices</code>", "entries"],
  choiceBytes: ["each string choice", "bytes"],
  presets: [`presets: distinct names in the model, <code>${DEFAULT_PRESET}</code> included (also per parameter)`, "entries"],
  presetNameBytes: ["a preset's name", "bytes"],
};

const KIND_TEXT: Readonly<Record<ParamKind, string>> = {
  FloatParam: "A decimal number. Over HTTP: decimal or exponent notation (<code>1.5</code>, <code>-2e3</code>), not NaN or Infinity.",
  IntParam: "A whole number (alias <code>IntegerParam</code>). Over HTTP: <code>3</code>, <code>-7</code>; <code>3.5</code> and <code>1e2</code> are refused.",
  BooleanParam: "On or off. Over HTTP: <code>true/false/1/0/yes/no/on/off</code>, any case, and nothing else.",
  StringParam: "Text, within <code>maxLength</code> and matching <code>pattern</code> whole.",
  ChoiceParam: "One of a fixed list of strings or numbers.",
};

export const REFERENCE_SCRIPT = `import { Workplane, FloatParam, IntParam, BooleanParam, ChoiceParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Bored block", description: "A block with a row of **bores**", license: "CC-BY-4.0" };

export const p_length = FloatParam({ min: 30, max: 200, group: "Size", desc: "Length of the block",
                                     presets: { default: 100, short: 50, long: 180 } });
export const p_holes = IntParam({ min: 0, max: 6, default: 2, desc: "Number of bores", presets: { short: 1 } });
export const p_bore = ChoiceParam({ choices: [4, 6, 8], default: 6, desc: "Bore diameter" });
export const p_round = BooleanParam({ default: true, desc: "Round the vertical edges" });

export function build() {
  let part = Workplane("XY").box(p_length.value, 20, 10);
  if (p_round.value) part = part.edges("|Z").fillet(2);
  if (p_holes.value > 0) {
    const spacing = p_length.value / (p_holes.value + 1);
    part = part.faces(">Z").workplane().rarray(spacing, 1, p_holes.value, 1).hole(p_bore.value);
  }
  return part;
}
`;

export const MODELSCRIPT_TOC = [
  { id: "shape", label: "A ModelScript" },
  { id: "exports", label: "Exports" },
  { id: "parameters", label: "Parameters" },
  { id: "presets", label: "Presets" },
  { id: "units", label: "Units" },
  { id: "metadata", label: "METADATA" },
  { id: "reserved", label: "Reserved names" },
  { id: "scope", label: "What a script can use" },
  { id: "limits", label: "Limits" },
];

const code = (text: string) => `<code>${escapeHtml(text)}</code>`;

function kindsTable(): string {
  const rows = (Object.keys(PARAM_KINDS) as ParamKind[]).map((kind) => [
    code(kind),
    code(PARAM_KINDS[kind].type),
    PARAM_KINDS[kind].options.map(code).join(", "),
    KIND_TEXT[kind],
  ]);
  return table(["constructor", "type in the schema", "options", "values"], rows);
}

function optionsTable(): string {
  const options = [...new Set(Object.values(PARAM_KINDS).flatMap((kind) => kind.options))];
  const rows = options.map((option) => {
    const kinds = (Object.keys(PARAM_KINDS) as ParamKind[]).filter((kind) => PARAM_KINDS[kind].options.includes(option));
    const all = kinds.length === Object.keys(PARAM_KINDS).length;
    return [`<code id="option-${option}">${option}</code>`, all ? "every kind" : kinds.map(code).join(", "), OPTION_TEXT[option] ?? ""];
  });
  return table(["option", "accepted by", "meaning"], rows);
}

function limitRows(): string[][] {
  return (Object.keys(DESCRIPTION_LIMITS) as (keyof typeof DESCRIPTION_LIMITS)[]).map((key) => {
    const [what, unit] = DESCRIPTION_LIMIT_TEXT[key];
    const value = DESCRIPTION_LIMITS[key];
    return [what, `<span data-limit="${key}">${value}</span> ${unit === "bytes" ? "bytes (UTF-8)" : ""}`.trim()];
  });
}

export function modelScriptReferencePage(limits: ServiceLimits): string {
  const units = UNITS.map((unit) => [code(unit), `${millimetresPer(unit)} mm${unit === DEFAULT_UNIT ? " (the default)" : ""}`]);
  const budgets = limits.computeBudgets;
  return `<h1>ModelScript reference</h1>
<p class="lead">A ModelScript is one ES module, TypeScript (<code>.ts</code>) or JavaScript (<code>.js</code>), that declares metadata and parameters and exports a <code>build()</code> function returning the solid. New to it? Start with <a href="/docs/first-modelscript">Write your first ModelScript</a>.</p>
<h2 id="shape">A ModelScript</h2>
${codeBlock(REFERENCE_SCRIPT, "the reference ModelScript", { language: "ts", sample: true })}
<h2 id="exports">Exports</h2>
${table(["export", "meaning"], [
    [`${code("build")}<br><span class="hint">required</span>`, "A function returning a <code>Workplane</code>, a shape, or an array of them (combined into one compound). It reads each parameter's <code>.value</code>, and also receives all values as one object: <code>build(values)</code>. Returning nothing, or something that is not a shape, is a script error."],
    [`${code("METADATA")}<br><span class="hint">optional</span>`, 'An object of strings: <code>name</code>, <code>description</code>, <code>license</code>, … (<a href="#metadata">below</a>).'],
    [`${code("UOM")}<br><span class="hint">optional</span>`, `The unit of measure of the model's lengths: one of ${UNITS.map(code).join(", ")}; default ${code(DEFAULT_UNIT)} (<a href="#units">below</a>).`],
    [`${code("VERSION")}<br><span class="hint">optional</span>`, 'The script format version, a non-empty string; default <code>"1.0"</code>.'],
    ['parameters<br><span class="hint">optional</span>', 'Every exported constant made by a parameter constructor is a parameter; the export name is its name (convention: a <code>p_</code> prefix).'],
  ])}
<h2 id="parameters">Parameters</h2>
<p>Declare a parameter with one of these constructors and export it; read its <code>.value</code> inside <code>build()</code> (reading it earlier, at the top level, is an error). Declarations are checked when the script is saved or built: an unknown option (with the closest name suggested), a missing default, or a default or preset value outside the parameter's own constraints makes the script invalid, with an error naming the parameter at its line.</p>
${kindsTable()}
<h3 id="options">Options</h3>
${optionsTable()}
<p>Values sent over HTTP are strings, converted to each parameter's type; a value outside <code>min</code>/<code>max</code>, not among the choices, too long or not matching the pattern is refused (400 naming the parameter), never clamped.</p>
<h2 id="presets">Presets</h2>
<p>Presets are named sets of values. A preset exists when any parameter lists it in <code>presets</code>; <code>${DEFAULT_PRESET}</code> always exists (every parameter's default). Applying preset P gives each parameter its <code>presets[P]</code> if it has one, else its default; values sent with the request are applied after the preset. Each preset value must satisfy its parameter's constraints. In the reference script above, <code>short</code> makes the block 50 mm long with one bore; <code>long</code> makes it 180 mm with the default two bores.</p>
${codeBlock(`export const p_length = FloatParam({ min: 30, max: 200, presets: { default: 100, short: 50, long: 180 } });\nexport const p_holes = IntParam({ min: 0, max: 6, default: 2, presets: { short: 1 } });`, "the presets example", { language: "ts" })}
<h2 id="units">Units</h2>
<p><code>UOM</code> says what one unit of the model's lengths is. STEP, AMF and 3MF files record it; STL, which has no unit, holds the numbers as they are; GLB and the viewer are in metres.</p>
${table(["UOM", "one unit is"], units)}
<h2 id="metadata">METADATA</h2>
<p>An object of string fields. <code>name</code> is the model's name (default “Untitled model”); <code>description</code> is Markdown, shown (sanitised) on the model's page and searched by the gallery; <code>license</code> is shown on the page, ideally an SPDX identifier such as <code>CC-BY-4.0</code>. Other string fields are kept and published with the model. A field that is not a string is an error.</p>
<h2 id="reserved">Reserved names</h2>
<p>These are request fields of <code>/build</code>, so no parameter may be named ${RESERVED_PARAM_NAMES.map(code).join(", ")}. Names starting with <code>${RESERVED_PREFIX}</code> belong to partforge and cannot be used for anything in a script.</p>
<h2 id="scope">What a script can use</h2>
<p>The names exported by <code>"partforge"</code> — the <a href="/docs/api">modelling API</a>, the parameter constructors, <code>Vector</code>, <code>Plane</code>, … — are importable and also pre-loaded as globals, so a script without imports works. <code>Math</code> is JavaScript's. Nothing else can be imported, and there is no file, network, process, environment or timer access: scripts run confined in build slots, with limits on time and memory.</p>
<h2 id="limits">Limits</h2>
<h3 id="limits-description">What a script declares</h3>
<p>Its description (metadata, parameters, presets) is kept by the service, so its size is bounded; beyond a limit, <code>/build</code>, save and revise answer 400 <code>DESCRIPTION_TOO_LARGE</code> naming the field (<code>details.field</code>, e.g. <code>p_width.desc</code>).</p>
${table(["what", "at most"], limitRows())}
<h3 id="limits-build">A build</h3>
${table(["what", "at most"], [
    ["the script", `<span data-limit="maxScriptBytes">${limits.maxScriptBytes}</span> bytes (413 beyond)`],
    ["a request body (any content type)", `<span data-limit="maxBodyBytes">${limits.maxBodyBytes}</span> bytes (413 beyond)`],
    ["a parameter's <code>pattern</code>", `<span data-limit="MAX_PATTERN_LENGTH">${MAX_PATTERN_LENGTH}</span> characters, counts up to <span data-limit="MAX_PATTERN_REPEAT">${MAX_PATTERN_REPEAT}</span>`],
    ["build time", `<span data-limit="timeoutMs">${DEFAULT_SLOT_LIMITS.timeoutMs / 1000}</span> s (504 beyond)`],
    ["script memory", `<span data-limit="heapMb">${DEFAULT_SLOT_LIMITS.heapMb}</span> MiB (500 <code>MEMORY_LIMIT</code> beyond)`],
    ["geometry kernel memory", `<span data-limit="wasmMaxPages">${(DEFAULT_SLOT_LIMITS.wasmMaxPages * 64) / 1024}</span> MiB, <span data-limit="exportWasmMaxPages">${(DEFAULT_SLOT_LIMITS.exportWasmMaxPages * 64) / 1024}</span> MiB while exporting (500 <code>MEMORY_LIMIT</code> beyond; a coarser mesh, a larger <code>tolerance</code> or <code>angularTolerance</code>, needs less)`],
    ["mesh <code>tolerance</code>", `${TOLERANCE_BOUNDS.min} to ${TOLERANCE_BOUNDS.max} model units`],
    ["mesh <code>angularTolerance</code>", `${ANGULAR_TOLERANCE_BOUNDS.min} to ${ANGULAR_TOLERANCE_BOUNDS.max} radians`],
    ["builds per second per account", `<span data-limit="ratePerSecond">${limits.ratePerSecond}</span>, bursts of <span data-limit="rateBurst">${limits.rateBurst}</span> (429 beyond)`],
    ["slot time per minute, evaluation plan", `<span data-limit="evaluation">${budgets.perPlanMs.evaluation / 1000}</span> s, failed builds included (429 <code>COMPUTE_LIMITED</code> beyond)`],
    ["slot time per minute, enterprise plan", `<span data-limit="enterprise">${budgets.perPlanMs.enterprise / 1000}</span> s`],
    ["anonymous previews: slot time per minute per address, per model", `<span data-limit="anonymousPerClientMs">${budgets.anonymousPerClientMs / 1000}</span> s, <span data-limit="anonymousPerModelMs">${budgets.anonymousPerModelMs / 1000}</span> s`],
  ])}`;
}
