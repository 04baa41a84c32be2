/**
 * The script a new model starts from, one per language: the same plate with holes as a
 * TypeScript ModelScript (also valid JavaScript) and as a ParametricParts Python ModelScript.
 * Choosing another language while the starter is unchanged swaps it for that language's.
 */
import type { ScriptLanguage } from "../lib/scriptLanguage.ts";

const TYPESCRIPT_STARTER = `import { Workplane, FloatParam, IntParam, BooleanParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "My part", description: "A plate with holes", license: "CC-BY-4.0" };

export const p_length = FloatParam({ min: 20, max: 200, default: 80, group: "Size", desc: "Length" });
export const p_width = FloatParam({ min: 10, max: 100, default: 40, group: "Size", desc: "Width" });
export const p_holes = IntParam({ min: 1, max: 6, default: 3, desc: "Number of holes" });
export const p_round = BooleanParam({ default: true, desc: "Round the corners" });

export function build() {
  let plate = Workplane("XY").box(p_length.value, p_width.value, 5);
  if (p_round.value) plate = plate.edges("|Z").fillet(4);
  return plate.faces(">Z").workplane().rarray(p_length.value / (p_holes.value + 1), 1, p_holes.value, 1).hole(5);
}
`;

const PYTHON_STARTER = `# A ParametricParts ModelScript: the parameters are module constants and build() returns the part.
# cq, Workplane, math and the parameter constructors are pre-loaded: nothing needs importing.
# CadQuery's CQGI scripts (constants, describe_parameter, show_object) work too.
UOM = "mm"
VERSION = "1.0"
METADATA = {"name": "My part", "description": "A plate with holes", "license": "CC-BY-4.0"}

p_length = FloatParam(min=20, max=200, presets={"default": 80, "long": 160}, group="Size", desc="Length")
p_width = FloatParam(min=10, max=100, presets={"default": 40}, group="Size", desc="Width")
p_holes = IntegerParam(min=1, max=6, presets={"default": 3, "long": 6}, desc="Number of holes")
p_round = BooleanParam(presets={"default": True}, desc="Round the corners")


def build():
    plate = cq.Workplane("XY").box(p_length.value, p_width.value, 5)
    if p_round.value:
        plate = plate.edges("|Z").fillet(4)
    spacing = p_length.value / (p_holes.value + 1)
    return plate.faces(">Z").workplane().rarray(spacing, 1, p_holes.value, 1).hole(5)
`;

const STARTERS: Readonly<Record<ScriptLanguage, string>> = { ts: TYPESCRIPT_STARTER, js: TYPESCRIPT_STARTER, py: PYTHON_STARTER };

/** The starter script of `language`. */
export function starterScript(language: ScriptLanguage): string {
  return STARTERS[language];
}

/** Whether `text` is one of the starters, unchanged. */
export function isStarterScript(text: string): boolean {
  return text === TYPESCRIPT_STARTER || text === PYTHON_STARTER;
}
