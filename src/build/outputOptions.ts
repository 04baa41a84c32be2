/**
 * Options of the drawing, picture and property outputs (SVG, DXF, PNG, PROPS): request fields
 * with the reserved `out_` prefix, so they never collide with a script's parameters (SPEC
 * section 2, "Reserved fields"). Parsed once at the edge into typed values that serialise to
 * JSON (they travel to the build slot and into the cache key); each format accepts only the
 * options that mean something to it.
 */
import { PartforgeError } from "../shared/errors.ts";
import { parseView, VIEW_NAMES, type View, type ViewName } from "../exporters/views.ts";
import type { ExportFormat } from "../exporters/formats.ts";
import { MATERIAL_DENSITIES, type MaterialName } from "../exporters/materials.ts";

export interface OutputOptions {
  /** SVG, PNG, DXF: the view (DXF: the outline of that view instead of a section). */
  view?: View;
  /** SVG: several named views laid out on one sheet (e.g. front, top, right). */
  views?: ViewName[];
  /** SVG, PNG: the picture's size in pixels (SVG user units). */
  width?: number;
  height?: number;
  /** SVG: draw hidden edges dashed (default true). */
  hidden?: boolean;
  /** DXF: the height of the section plane, in model units (default: mid-height of the part). */
  z?: number;
  /** PROPS: density in g/cm³, for the mass. */
  density?: number;
  /** PROPS: a material from the documented table, for its density. */
  material?: MaterialName;
  /** PNG: background colour `#rrggbb` (default white). */
  background?: string;
  /** PNG: a transparent background instead. */
  transparent?: boolean;
}

type OptionName = keyof OutputOptions;

/** The request field of each option. */
export const OUTPUT_FIELDS: Readonly<Record<OptionName, string>> = {
  view: "out_view",
  views: "out_views",
  width: "out_width",
  height: "out_height",
  hidden: "out_hidden",
  z: "out_z",
  density: "out_density",
  material: "out_material",
  background: "out_background",
  transparent: "out_transparent",
};

/** What each option does, for the API documentation (OpenAPI and /docs). */
export const OUTPUT_OPTION_DOCS: Readonly<Record<OptionName, { example: string; description: string }>> = {
  view: {
    example: "front",
    description:
      "SVG, PNG, DXF: the view — `iso` (default), `front` (from −Y), `back`, `left`, `right`, `top`, `bottom`, or a direction `x,y,z` from the part toward the viewer. For DXF, the outline of that view instead of a section.",
  },
  views: { example: "front,top,right", description: "SVG only: several named views on one sheet at one scale, third-angle layout (top above front, right beside it)." },
  width: { example: "800", description: "SVG, PNG: picture width in pixels (default 800; SVG 16–8192, PNG 16–2048). The drawing is scaled to fit; the SVG notes its scale." },
  height: { example: "600", description: "SVG, PNG: picture height in pixels (default 600; same bounds as out_width)." },
  hidden: { example: "false", description: "SVG only: `false` leaves out the hidden edges (drawn dashed by default)." },
  z: { example: "2.5", description: "DXF only: height of the section plane parallel to XY, in model units, within the part (default: mid-height)." },
  density: { example: "1.24", description: "PROPS only: density in g/cm³; adds the mass in grams and the mass inertia." },
  material: { example: "pla", description: `PROPS only: a material for its density: ${Object.entries(MATERIAL_DENSITIES).map(([name, density]) => `${name} ${density}`).join(", ")} (g/cm³).` },
  background: { example: "#ffffff", description: "PNG only: background colour `#rrggbb` (default white)." },
  transparent: { example: "true", description: "PNG only: `true` for a transparent background." },
};

/** Which options each format takes (by lower-case type); a format not listed takes none. */
const ACCEPTED: Readonly<Record<string, readonly OptionName[]>> = {
  svg: ["view", "views", "width", "height", "hidden"],
  dxf: ["view", "z"],
  png: ["view", "width", "height", "background", "transparent"],
  props: ["density", "material"],
};

/** Documented bounds of picture sizes, in pixels. */
export const SVG_SIZE_BOUNDS = { min: 16, max: 8192 } as const;
export const PNG_SIZE_BOUNDS = { min: 16, max: 2048 } as const;
export const DEFAULT_PICTURE_SIZE = { width: 800, height: 600 } as const;

export const OUTPUT_PREFIX = "out_";

function usage(param: string, message: string): PartforgeError {
  return new PartforgeError("USAGE", message, { param });
}

function parseNumber(param: string, text: string): number {
  const value = Number(text);
  if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text) || !Number.isFinite(value)) {
    throw usage(param, `${param} must be a number; got "${text}"`);
  }
  return value;
}

function parseSize(param: string, text: string): number {
  const value = parseNumber(param, text);
  if (!Number.isInteger(value) || value < SVG_SIZE_BOUNDS.min || value > SVG_SIZE_BOUNDS.max) {
    throw usage(param, `${param} must be a whole number of pixels from ${SVG_SIZE_BOUNDS.min} to ${SVG_SIZE_BOUNDS.max}; got "${text}"`);
  }
  return value;
}

function parseFlag(param: string, text: string): boolean {
  const lower = text.trim().toLowerCase();
  if (["true", "1", "yes", "on"].includes(lower)) return true;
  if (["false", "0", "no", "off"].includes(lower)) return false;
  throw usage(param, `${param} must be true or false; got "${text}"`);
}

function parseViews(param: string, text: string): ViewName[] {
  const names = text.split(",").map((name) => name.trim().toLowerCase());
  const views = names.map((name) => {
    const view = parseView(name, param);
    if (typeof view !== "string") throw usage(param, `${param} takes named views only (${VIEW_NAMES.join(", ")}); got "${text}"`);
    return view;
  });
  if (views.length < 1 || views.length > 6 || new Set(views).size !== views.length) {
    throw usage(param, `${param} must list 1 to 6 different named views, e.g. front,top,right; got "${text}"`);
  }
  return views;
}

function parseMaterial(param: string, text: string): MaterialName {
  const name = text.trim().toLowerCase();
  if (Object.hasOwn(MATERIAL_DENSITIES, name)) return name as MaterialName;
  throw usage(param, `${param}="${text}" is not in the material table: use one of ${Object.keys(MATERIAL_DENSITIES).join(", ")}, or give out_density in g/cm³`);
}

function parseColour(param: string, text: string): string {
  const colour = text.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(colour)) return colour;
  throw usage(param, `${param} must be a colour #rrggbb, e.g. #ffffff; got "${text}"`);
}

const PARSERS: { [K in OptionName]-?: (param: string, text: string) => NonNullable<OutputOptions[K]> } = {
  view: (param, text) => parseView(text, param),
  views: parseViews,
  width: parseSize,
  height: parseSize,
  hidden: parseFlag,
  z: parseNumber,
  density: (param, text) => {
    const value = parseNumber(param, text);
    if (value <= 0 || value > 100) throw usage(param, `${param} must be a density in g/cm³ above 0 and at most 100; got "${text}"`);
    return value;
  },
  material: parseMaterial,
  background: parseColour,
  transparent: parseFlag,
};

const OPTION_OF_FIELD = new Map(Object.entries(OUTPUT_FIELDS).map(([option, field]) => [field, option as OptionName]));

/** Whether a request field is an output option's (reserved) name. */
export function isOutputField(name: string): boolean {
  return name.startsWith(OUTPUT_PREFIX);
}

/**
 * The `out_*` fields of a request as typed options; an empty value counts as not given.
 * @example parseOutputFields({ out_view: "top", out_width: "400" }) // { view: "top", width: 400 }
 */
export function parseOutputFields(fields: Readonly<Record<string, string>>): OutputOptions {
  const options: Record<string, unknown> = {};
  for (const [field, text] of Object.entries(fields)) {
    const option = OPTION_OF_FIELD.get(field);
    if (option === undefined) {
      throw usage(field, `unknown output option "${field}": the out_ fields are ${Object.values(OUTPUT_FIELDS).join(", ")}`);
    }
    if (text.trim() === "") continue;
    options[option] = PARSERS[option](field, text);
  }
  return options as OutputOptions;
}

/**
 * Refuses options the format does not take, and combinations that contradict each other;
 * returns the options unchanged. Idempotent, so it runs at the edge and again before a build.
 */
export function checkOutputOptions(format: ExportFormat, options: OutputOptions): OutputOptions {
  const accepted = Object.hasOwn(ACCEPTED, format) ? ACCEPTED[format]! : [];
  for (const option of Object.keys(options) as OptionName[]) {
    if (!accepted.includes(option)) {
      const takers = Object.keys(ACCEPTED).filter((f) => ACCEPTED[f]!.includes(option)).map((f) => f.toUpperCase());
      throw usage(OUTPUT_FIELDS[option], `${OUTPUT_FIELDS[option]} does not apply to type=${format.toUpperCase()}; it applies to ${takers.join(", ")}`);
    }
  }
  const conflict = (a: OptionName, b: OptionName, why: string) => {
    if (options[a] !== undefined && options[b] !== undefined) throw usage(OUTPUT_FIELDS[b], `give ${OUTPUT_FIELDS[a]} or ${OUTPUT_FIELDS[b]}, not both: ${why}`);
  };
  conflict("view", "views", "out_views lays out several views on one sheet");
  conflict("view", "z", "out_z places a section, out_view draws the outline of a view");
  conflict("density", "material", "the material names its density");
  conflict("background", "transparent", "a transparent picture has no background");
  if ((format as string) === "png") {
    for (const option of ["width", "height"] as const) {
      const value = options[option];
      if (value !== undefined && value > PNG_SIZE_BOUNDS.max) {
        throw usage(OUTPUT_FIELDS[option], `${OUTPUT_FIELDS[option]} of a PNG must be at most ${PNG_SIZE_BOUNDS.max} pixels; got ${value}`);
      }
    }
  }
  return options;
}
