/**
 * What the MCP tools build with: an abstract backend, so the same tools (./server.ts) serve a
 * local sandboxed pool over stdio (`partforge mcp`, ./localBackend.ts) and, on the service, a
 * caller's account with its quota and compute ledger. A backend never throws for a user's
 * mistake: every failure is `{ ok: false, error }` with the error as data (code, message, line,
 * column), which the tools answer as a tool error.
 */
import type { BuildResult, DescribeResult, OutputType } from "../build/index.ts";
import type { ExportOptions } from "../build/index.ts";
import type { RequestValue, ScriptLanguage } from "../modelscript/index.ts";
import type { FetchTarget } from "./largeFile.ts";

/** The model a tool call is about: a script's text, or the id of a stored model. */
export type ModelTarget =
  | { kind: "script"; source: string; language: ScriptLanguage; fileName: string }
  | { kind: "model"; id: string };

/** One build a tool asks for, about a `ModelTarget`. */
export interface McpBuild {
  type: OutputType;
  preset?: string;
  values: Record<string, RequestValue>;
  options: ExportOptions;
  /** The largest file the tool will send; a larger one is built but not delivered, so a backend that charges downloads must not charge it. */
  maxBytes?: number;
}

/** One entry of `list_models`. */
export interface ModelSummary {
  id: string;
  name: string;
  description?: string;
}

export interface McpBackend {
  /** A short phrase for the server's instructions: where builds run. */
  readonly where: string;
  build(target: ModelTarget, build: McpBuild): Promise<BuildResult>;
  /** Compiles and loads the script (or the stored model) and describes it, without building. */
  describe(target: ModelTarget): Promise<DescribeResult>;
  listModels(): Promise<ModelSummary[]>;
  /** Where the same build can be run outside MCP (`partforge build`, `/build`), for a file too large to send inline. */
  fetchTarget(target: ModelTarget): Promise<FetchTarget>;
}
