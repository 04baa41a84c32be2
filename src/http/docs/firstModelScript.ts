/**
 * `/docs/first-modelscript`: a guide that takes a newcomer from an empty editor to a model built
 * through the API. Every complete script here is marked as a sample; test/http/docsPage.test.ts
 * takes them from the served page and builds each one.
 */
import { MODEL_ID_PLACEHOLDER, type ExampleTarget } from "./exampleTarget.ts";
import { codeBlock, escapeHtml } from "./html.ts";

const STEP_BOX = `export function build() {
  return Workplane("XY").box(60, 40, 8);
}
`;

const STEP_PARAMETERS = `export const METADATA = { name: "Mounting plate", description: "A plate with screw holes" };

export const p_length = FloatParam({ min: 30, max: 200, default: 60, desc: "Length (mm)" });
export const p_width = FloatParam({ min: 20, max: 100, default: 40, desc: "Width (mm)" });
export const p_thickness = FloatParam({ min: 2, max: 20, default: 8, desc: "Thickness (mm)" });

export function build() {
  return Workplane("XY").box(p_length.value, p_width.value, p_thickness.value);
}
`;

const STEP_FEATURES = `import { Workplane, FloatParam, IntParam, BooleanParam } from "partforge";

export const METADATA = { name: "Mounting plate", description: "A plate with a row of **screw holes**", license: "CC-BY-4.0" };

export const p_length = FloatParam({ min: 30, max: 200, default: 60, desc: "Length (mm)", group: "Size" });
export const p_width = FloatParam({ min: 20, max: 100, default: 40, desc: "Width (mm)", group: "Size" });
export const p_thickness = FloatParam({ min: 2, max: 20, default: 8, desc: "Thickness (mm)", group: "Size" });
export const p_holes = IntParam({ min: 0, max: 6, default: 2, desc: "Number of holes", group: "Holes" });
export const p_hole = FloatParam({ min: 2, max: 10, default: 4.5, step: 0.5, desc: "Hole diameter (mm)", group: "Holes" });
export const p_round = BooleanParam({ default: true, desc: "Round the corners" });

export function build() {
  let plate = Workplane("XY").box(p_length.value, p_width.value, p_thickness.value);
  if (p_round.value) plate = plate.edges("|Z").fillet(Math.min(p_width.value, p_length.value) / 8);
  if (p_holes.value > 0) {
    const spacing = p_length.value / (p_holes.value + 1);
    plate = plate.faces(">Z").workplane().rarray(spacing, 1, p_holes.value, 1).hole(p_hole.value);
  }
  return plate;
}
`;

const STEP_PRESETS = `import { Workplane, FloatParam, IntParam, BooleanParam } from "partforge";

export const METADATA = { name: "Mounting plate", description: "A plate with a row of **screw holes**", license: "CC-BY-4.0" };

export const p_length = FloatParam({ min: 30, max: 200, desc: "Length (mm)", group: "Size",
                                     presets: { default: 60, small: 40, long: 160 } });
export const p_width = FloatParam({ min: 20, max: 100, default: 40, desc: "Width (mm)", group: "Size",
                                    presets: { small: 25 } });
export const p_thickness = FloatParam({ min: 2, max: 20, default: 8, desc: "Thickness (mm)", group: "Size" });
export const p_holes = IntParam({ min: 0, max: 6, desc: "Number of holes", group: "Holes",
                                  presets: { default: 2, small: 1, long: 4 } });
export const p_hole = FloatParam({ min: 2, max: 10, default: 4.5, step: 0.5, desc: "Hole diameter (mm)", group: "Holes" });
export const p_round = BooleanParam({ default: true, desc: "Round the corners" });

export function build() {
  let plate = Workplane("XY").box(p_length.value, p_width.value, p_thickness.value);
  if (p_round.value) plate = plate.edges("|Z").fillet(Math.min(p_width.value, p_length.value) / 8);
  if (p_holes.value > 0) {
    const spacing = p_length.value / (p_holes.value + 1);
    plate = plate.faces(">Z").workplane().rarray(spacing, 1, p_holes.value, 1).hole(p_hole.value);
  }
  return plate;
}
`;

export const GUIDE_TOC = [
  { id: "box", label: "1. A box" },
  { id: "parameters", label: "2. Parameters" },
  { id: "features", label: "3. Holes and rounds" },
  { id: "presets", label: "4. Presets" },
  { id: "preview", label: "5. Preview in the editor" },
  { id: "save", label: "6. Save it" },
  { id: "build", label: "7. Build it through the API" },
  { id: "next", label: "Where next" },
];

export function firstModelScriptPage(target: ExampleTarget): string {
  const { origin } = target;
  const saveBody = JSON.stringify({ script: STEP_PRESETS, language: "ts", visibility: "private" });
  const saveCurl = `curl ${origin}/api/models -H "X-API-Key: $KEY" \\\n  -H "Content-Type: application/json" \\\n  -d '${saveBody.replace(/'/g, `'\\''`)}'`;
  const yours = "YOUR_MODEL_ID";
  const existing = target.model;
  const tryExisting = existing === undefined
    ? `<p>This server has no public model yet; once yours is saved, its id goes where <code>${MODEL_ID_PLACEHOLDER}</code> would.</p>`
    : `<p>To try a build right now with a model that is already on this server, <a href="/m/${existing.id}">${escapeHtml(existing.name)}</a>:</p>
${codeBlock(`curl -o ${existing.id}.stl "${origin}/build?key=$KEY&id=${existing.id}&type=STL"`, "the build of an existing model")}`;
  return `<h1>Write your first ModelScript</h1>
<p class="lead">In about fifteen minutes: a mounting plate whose size, holes and rounded corners anyone can change — previewed in the editor, saved, and built into STL and STEP through the API.</p>
<p>You need an account (<a href="/signup?next=%2Fdocs%2Ffirst-modelscript">sign up</a>; the evaluation plan is free) for the editor, and an API key from your <a href="/account">account page</a> for the API. Every script on this page builds as it is: paste it into the <a href="/editor">editor</a> and press Ctrl+Enter (⌘+Enter on a Mac).</p>

<h2 id="box">1. A box</h2>
<p>A ModelScript is a JavaScript or TypeScript module that exports a <code>build()</code> function returning the solid. The modelling API follows CadQuery: start on a <code>Workplane</code> and chain operations. This is a 60 × 40 × 8 mm block centred on the origin:</p>
${codeBlock(STEP_BOX, "step 1, a box", { language: "ts", sample: true })}
<p>Everything <code>"partforge"</code> exports — <code>Workplane</code>, <code>FloatParam</code>, … — is also a global, so this script needs no import. Lengths are in millimetres unless the script says otherwise (<code>export const UOM = "in"</code>; see <a href="/docs/modelscript#units">units</a>).</p>

<h2 id="parameters">2. Parameters</h2>
<p>A parameter is an exported constant made by <code>FloatParam</code>, <code>IntParam</code>, <code>BooleanParam</code>, <code>StringParam</code> or <code>ChoiceParam</code>. Its export name is its name (the convention is a <code>p_</code> prefix), and <code>build()</code> reads its <code>.value</code>. Every parameter needs a <code>default</code>; <code>min</code> and <code>max</code> bound what a visitor or an API call may ask for. <code>METADATA.name</code> names the model.</p>
${codeBlock(STEP_PARAMETERS, "step 2, parameters", { language: "ts", sample: true })}
<p>The editor turns these declarations into a form as you type: three number inputs with their descriptions. A value outside <code>min</code>–<code>max</code> is refused with a message naming the parameter, never silently clamped.</p>

<h2 id="features">3. Holes and rounds</h2>
<p>Selectors pick faces and edges as in CadQuery: <code>edges("|Z")</code> are the edges parallel to Z, <code>faces(">Z")</code> is the top face. <code>workplane()</code> starts a sketch plane on it, <code>rarray</code> lays out points in a grid, and <code>hole</code> bores through at each. An <code>IntParam</code> counts the holes, a <code>BooleanParam</code> switches the rounding, and <code>group</code> sorts the form into sections.</p>
${codeBlock(STEP_FEATURES, "step 3, holes and rounds", { language: "ts", sample: true })}
<p>Write the <code>import</code> line when you like your editor to know the names (the partforge editor knows them either way); only <code>"partforge"</code> can be imported. Every method is in the <a href="/docs/api">modelling API reference</a>.</p>

<h2 id="presets">4. Presets</h2>
<p>Presets are named sets of values, offered in the form and in the API's <code>preset</code> field. List a parameter's value per preset in <code>presets</code>; <code>presets.default</code> is the same as <code>default</code>. A parameter that does not list a preset keeps its default in it.</p>
${codeBlock(STEP_PRESETS, "step 4, presets", { language: "ts", sample: true })}
<p>Here <code>small</code> is 40 × 25 mm with one hole and <code>long</code> is 160 × 40 mm with four. Each preset value must fit its parameter's bounds, or the script is refused when saved, naming the parameter.</p>

<h2 id="preview">5. Preview in the editor</h2>
<p>Open the <a href="/editor">editor</a> (log in first) and paste the script. While you type, it marks syntax errors, type errors (<code>const h: string = p_width.value</code>) and bad parameter declarations at their line, without building; completion and hover docs cover the whole modelling API. Press <kbd>Ctrl</kbd>+<kbd>Enter</kbd> or <strong>Preview</strong> to build and see the model in 3D; the parameter form beside it, with its preset selector, previews any configuration. Previews are free: they never count as downloads.</p>
<p>Have a CadQuery Python script? Paste it: the editor switches to Python (the <strong>Language</strong> selector shows which language it reads the script as; choose it yourself when you like), highlights it as Python, previews it and marks errors at their line in the Python text. <a href="/editor?lang=python">/editor?lang=python</a> starts from a Python version of this guide's plate. The Python the service accepts is described in <code>docs/python.md</code> of the project.</p>

<h2 id="save">6. Save it</h2>
<p>Press <strong>Save</strong> in the editor. The script is checked (every declaration, default and preset) and stored as a private model with its own id (7–9 lowercase letters and digits); the page becomes that model's editor, and its page <code>/m/&lt;id&gt;</code> has the customiser and downloads. Make it public to list it in the gallery. The same through the API, with your key:</p>
${codeBlock(saveCurl, "the save request")}
<p>The answer is the model with its <code>id</code>, its parameters and presets. Saving again with <code>PUT /api/models/&lt;id&gt;</code> makes a new revision under the same id. From a terminal, <code>partforge models push plate.ts --server ${escapeHtml(origin)} --key-file key.txt</code> does the same.</p>

<h2 id="build">7. Build it through the API</h2>
<p>Any program can now build the model with your key: the <code>id</code>, the output <code>type</code> (<code>STL</code>, <code>STEP</code>, <code>AMF</code>, <code>TJS</code>, <code>GLB</code>, <code>3MF</code>), a preset and parameter values as fields. Each file built is one download.</p>
${codeBlock(`curl -o plate.step "${origin}/build?key=$KEY&id=${yours}&type=STEP&preset=long&p_thickness=6"`, "the build of your model")}
${codeBlock(`curl -o plate.stl ${origin}/build -H "X-API-Key: $KEY" -H "Content-Type: application/json" \\\n  -d '{"id": "${yours}", "type": "STL", "params": {"p_holes": 3, "p_round": false}}'`, "the JSON build of your model")}
<p>Put your model's id where <code>${yours}</code> is. A value the model does not allow answers 400 naming the parameter; a misspelt parameter name answers 400 with the closest name. Send the <code>ETag</code> of a previous answer as <code>If-None-Match</code> to get <code>304 Not Modified</code>, which is not charged.</p>
${tryExisting}

<h2 id="next">Where next</h2>
<ul>
<li><a href="/docs/modelscript">ModelScript reference</a>: every parameter option, presets, units, METADATA and the limits.</li>
<li><a href="/docs/api">Modelling API reference</a>: Workplane, Sketch, shapes and selectors, with CadQuery's parameters.</li>
<li><a href="/docs/rest">REST API reference</a>: every operation, with curl lines for this server.</li>
</ul>`;
}
