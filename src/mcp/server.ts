/**
 * The partforge MCP server: its tools over an abstract `McpBackend`, so the same server runs on
 * stdio (`partforge mcp`, a local sandboxed pool) and on the service. Tools: `build` (a file, as
 * an embedded resource up to MAX_INLINE_FILE_BYTES, else how to fetch it: ./largeFile.ts), `describe` (the parameter schema), `inspect` (PROPS: volume, area,
 * bounding box, mass…), `render` (a PNG image), `list_models` and `validate` (compile and load a
 * script without building). Bad input comes back as a tool error (`isError`) that says what was
 * wrong, with `file:line:column` for a script's own mistakes.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { isOutputField, parseExportOptions, parseOutputType, languageOf, type BuildSuccess, type OutputType } from "../build/index.ts";
import { exportFormats } from "../exporters/index.ts";
import { VIEW_NAMES } from "../exporters/views.ts";
import { MATERIAL_DENSITIES } from "../exporters/materials.ts";
import type { RequestValue } from "../modelscript/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import type { McpBackend, ModelTarget } from "./backend.ts";
import { thrownToolError, toolError } from "./toolError.ts";
import { fileContent } from "./fileContent.ts";
import { largeFileAnswer, MAX_INLINE_FILE_BYTES } from "./largeFile.ts";

/** The version the server reports in its handshake. */
export const MCP_SERVER_VERSION = "0.1.0";

const targetShape = {
  script: z.string().optional().describe("The ModelScript's source text (TypeScript, JavaScript or Python). Give this or `model`."),
  language: z.enum(["ts", "js", "py"]).optional().describe("The script's language; default from `fileName`, else ts."),
  fileName: z.string().optional().describe("The script's file name, for messages (file:line:column); default model.ts."),
  model: z.string().optional().describe("The id of a model from list_models, instead of `script`."),
};

const valuesShape = {
  preset: z.string().optional().describe("A preset of the model (describe lists them); applied before `params`."),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe("Parameter values by name (describe gives the schema). Names starting out_ are output options (out_view, out_width…), never parameters."),
};

type TargetArgs = { script?: string | undefined; language?: "ts" | "js" | "py" | undefined; fileName?: string | undefined; model?: string | undefined };
type ValueArgs = { preset?: string | undefined; params?: Record<string, RequestValue> | undefined };

function usage(message: string, param: string): PartforgeError {
  return new PartforgeError("USAGE", message, { param });
}

/** The model a call is about. @throws PartforgeError USAGE when neither or both are given. */
function targetOf(args: TargetArgs): ModelTarget {
  if (args.script !== undefined && args.model !== undefined) throw usage("give either script or model, not both", "script");
  if (args.model !== undefined) return { kind: "model", id: args.model };
  if (args.script === undefined) throw usage("give the ModelScript's text as script, or a model id from list_models as model", "script");
  const language = args.language ?? (args.fileName !== undefined ? languageOf(args.fileName) : "ts");
  return { kind: "script", source: args.script, language, fileName: args.fileName ?? `model.${language}` };
}

function nameOf(args: TargetArgs): string {
  return args.model ?? args.fileName ?? `model.${args.language ?? "ts"}`;
}

/** Parameter values and `out_*` fields, apart (as the command line and /build take them). */
function splitParams(params: Record<string, RequestValue> | undefined): { values: Record<string, RequestValue>; output: Record<string, string> } {
  const values: Record<string, RequestValue> = {};
  const output: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (isOutputField(name)) output[name] = String(value);
    else values[name] = value;
  }
  return { values, output };
}

type Built = { ok: true; result: BuildSuccess } | { ok: false; answer: CallToolResult };

export function createMcpServer(backend: McpBackend): McpServer {
  const server = new McpServer(
    { name: "partforge", version: MCP_SERVER_VERSION },
    {
      instructions: `partforge builds parametric CAD parts from ModelScripts ${backend.where}. Call describe for a model's parameters, validate to check a script you wrote, inspect for its volume, area, bounding box and mass, render to look at it, and build for a file (${exportFormats().map((f) => f.toUpperCase()).join(", ")}).`,
    },
  );

  /** Runs one build; a failure (thrown while parsing, or answered by the backend) becomes a tool error. */
  async function run(
    args: TargetArgs & ValueArgs,
    type: OutputType,
    output: Record<string, string>,
    fields: { tolerance?: number | undefined; angularTolerance?: number | undefined; ascii?: boolean | undefined } = {},
    maxBytes?: number,
  ): Promise<Built> {
    const name = nameOf(args);
    try {
      const target = targetOf(args);
      const split = splitParams(args.params);
      const options = parseExportOptions(
        {
          ...(fields.tolerance !== undefined ? { tolerance: String(fields.tolerance) } : {}),
          ...(fields.angularTolerance !== undefined ? { angularTolerance: String(fields.angularTolerance) } : {}),
          ...(fields.ascii !== undefined ? { ascii: String(fields.ascii) } : {}),
          output: { ...split.output, ...output },
        },
        type,
      );
      const result = await backend.build(target, { type, ...(args.preset !== undefined ? { preset: args.preset } : {}), values: split.values, options, ...(maxBytes !== undefined ? { maxBytes } : {}) });
      if (!result.ok) return { ok: false, answer: toolError(result.error, name) };
      if (maxBytes !== undefined && result.bytes.length > maxBytes) {
        const request = { type, fileName: result.fileName, bytes: result.bytes.length, preset: args.preset, params: args.params, tolerance: fields.tolerance, angularTolerance: fields.angularTolerance, ascii: fields.ascii };
        return { ok: false, answer: largeFileAnswer(name, await backend.fetchTarget(target), request, maxBytes) };
      }
      return { ok: true, result };
    } catch (error) {
      return { ok: false, answer: thrownToolError(error, name) };
    }
  }

  server.registerTool(
    "build",
    {
      title: "Build a part",
      description: `Builds a model to a file and returns it as an embedded resource (text formats as text, others base64), up to ${MAX_INLINE_FILE_BYTES / (1024 * 1024)} MB; a larger file is not sent (nor charged): the answer is an error giving the partforge build command (and on a service the /build URL) that fetches it. type: ${exportFormats().map((f) => f.toUpperCase()).join(", ")}.`,
      inputSchema: {
        ...targetShape,
        type: z.string().describe(`Output type: ${exportFormats().map((f) => f.toUpperCase()).join(", ")}.`),
        ...valuesShape,
        tolerance: z.number().optional().describe("Mesh tolerance (mesh formats)."),
        angularTolerance: z.number().optional().describe("Mesh angular tolerance in radians (mesh formats)."),
        ascii: z.boolean().optional().describe("STL only: ASCII instead of binary."),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) => {
      let type: OutputType;
      try {
        type = parseOutputType(args.type);
      } catch (error) {
        return thrownToolError(error, nameOf(args));
      }
      const built = await run(args, type, {}, args, MAX_INLINE_FILE_BYTES);
      if (!built.ok) return built.answer;
      const { result } = built;
      return {
        content: [
          { type: "text", text: `built ${result.fileName} (${result.bytes.length} bytes, ${result.type.toUpperCase()}) in ${Math.round(result.buildMs)} ms` },
          fileContent(result),
        ],
      };
    },
  );

  server.registerTool(
    "inspect",
    {
      title: "Inspect a part",
      description:
        "Builds a model and returns its facts as JSON (PROPS): exact volume, area, tight bounding box, centre of mass, inertia, counts of solids/faces/edges/vertices, validity, per part for assemblies; the mass with a density or material.",
      inputSchema: {
        ...targetShape,
        ...valuesShape,
        density: z.number().optional().describe("Density in g/cm³, for the mass."),
        material: z.string().optional().describe(`A material for its density: ${Object.keys(MATERIAL_DENSITIES).join(", ")}.`),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) => {
      const output: Record<string, string> = {};
      if (args.density !== undefined) output.out_density = String(args.density);
      if (args.material !== undefined) output.out_material = args.material;
      const built = await run(args, parseOutputType("PROPS"), output);
      if (!built.ok) return built.answer;
      return { content: [{ type: "text", text: new TextDecoder().decode(built.result.bytes) }] };
    },
  );

  server.registerTool(
    "render",
    {
      title: "Render a part",
      description: "Builds a model and returns a shaded PNG picture of it (edges drawn), from a view, at a size.",
      inputSchema: {
        ...targetShape,
        ...valuesShape,
        view: z.string().optional().describe(`The view: ${VIEW_NAMES.join(", ")} (iso by default), or a direction x,y,z from the part toward the viewer.`),
        width: z.number().int().optional().describe("Width in pixels (default 800)."),
        height: z.number().int().optional().describe("Height in pixels (default 600)."),
        background: z.string().optional().describe("Background colour #rrggbb (default white)."),
        transparent: z.boolean().optional().describe("A transparent background."),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) => {
      const output: Record<string, string> = {};
      if (args.view !== undefined) output.out_view = args.view;
      if (args.width !== undefined) output.out_width = String(args.width);
      if (args.height !== undefined) output.out_height = String(args.height);
      if (args.background !== undefined) output.out_background = args.background;
      if (args.transparent !== undefined) output.out_transparent = String(args.transparent);
      const built = await run(args, parseOutputType("PNG"), output);
      if (!built.ok) return built.answer;
      return { content: [{ type: "image", data: Buffer.from(built.result.bytes).toString("base64"), mimeType: built.result.mediaType }] };
    },
  );

  server.registerTool(
    "describe",
    {
      title: "Describe a model",
      description: "A model's metadata, unit, typed parameter schema (kinds, defaults, bounds, choices), groups and presets, as JSON.",
      inputSchema: targetShape,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) => {
      try {
        const described = await backend.describe(targetOf(args));
        if (!described.ok) return toolError(described.error, nameOf(args));
        return { content: [{ type: "text", text: JSON.stringify(described.description, null, 2) }] };
      } catch (error) {
        return thrownToolError(error, nameOf(args));
      }
    },
  );

  server.registerTool(
    "validate",
    {
      title: "Validate a script",
      description: "Compiles and loads a ModelScript in the sandbox and checks its metadata and parameter declarations, without building; a mistake comes back as an error with file:line:column.",
      inputSchema: { script: targetShape.script.unwrap().describe("The ModelScript's source text."), language: targetShape.language, fileName: targetShape.fileName },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) => {
      try {
        const described = await backend.describe(targetOf(args));
        if (!described.ok) return toolError(described.error, nameOf(args));
        const { metadata, parameters, presets } = described.description;
        const presetNames = Object.keys(presets);
        return {
          content: [
            {
              type: "text",
              text: `${nameOf(args)}: valid ModelScript "${metadata.name}" with ${parameters.length} parameter${parameters.length === 1 ? "" : "s"} (${parameters.map((p) => p.name).join(", ") || "none"}) and presets ${presetNames.join(", ")}`,
            },
          ],
        };
      } catch (error) {
        return thrownToolError(error, nameOf(args));
      }
    },
  );

  server.registerTool(
    "list_models",
    {
      title: "List models",
      description: "The models that can be built by id (the `model` argument of the other tools): id, name and description.",
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () => {
      try {
        return { content: [{ type: "text", text: JSON.stringify(await backend.listModels(), null, 2) }] };
      } catch (error) {
        return thrownToolError(error, "list_models");
      }
    },
  );

  return server;
}
