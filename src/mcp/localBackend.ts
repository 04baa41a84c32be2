/**
 * The backend of `partforge mcp` on this machine: every build and description runs in the
 * sandboxed build pool (the same slots, limits and messages as the service's `/build`), and the
 * models it lists are the example ModelScripts that ship with partforge, by file name.
 */
import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { languageOf, type BuildBackend, type BuildResult, type DescribeResult } from "../build/index.ts";
import type { ErrorData } from "../shared/errors.ts";
import type { McpBackend, McpBuild, ModelSummary, ModelTarget } from "./backend.ts";
import type { FetchTarget } from "./largeFile.ts";

const SCRIPT_EXTENSIONS = new Set([".ts", ".js", ".py"]);

type Script = { source: string; language: "ts" | "js" | "py"; fileName: string };

export class LocalBackend implements McpBackend {
  readonly where = "in a sandboxed build pool on this machine";
  readonly #builds: BuildBackend;
  readonly #modelsDir: string;
  #models: Promise<ModelSummary[]> | undefined;

  /** `modelsDir`: the folder whose ModelScripts `list_models` offers (by file name without extension). */
  constructor(builds: BuildBackend, modelsDir: string) {
    this.#builds = builds;
    this.#modelsDir = modelsDir;
  }

  async build(target: ModelTarget, build: McpBuild): Promise<BuildResult> {
    const script = await this.#script(target);
    if ("code" in script) return { ok: false, error: script, computeMs: 0 };
    return this.#builds.build({
      ...script,
      type: build.type,
      ...(build.preset !== undefined ? { preset: build.preset } : {}),
      values: build.values,
      options: build.options,
    });
  }

  async describe(target: ModelTarget): Promise<DescribeResult> {
    const script = await this.#script(target);
    if ("code" in script) return { ok: false, error: script, computeMs: 0 };
    return this.#builds.describe(script);
  }

  listModels(): Promise<ModelSummary[]> {
    this.#models ??= this.#readModels();
    return this.#models;
  }

  async fetchTarget(target: ModelTarget): Promise<FetchTarget> {
    if (target.kind === "script") return { subject: target.fileName, saveScriptAs: target.fileName };
    const file = (await this.#files()).find((name) => name.slice(0, -extname(name).length) === target.id);
    return { subject: join(this.#modelsDir, file ?? target.id) };
  }

  async #files(): Promise<string[]> {
    const entries = await readdir(this.#modelsDir, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && SCRIPT_EXTENSIONS.has(extname(entry.name))).map((entry) => entry.name).sort();
  }

  async #readModels(): Promise<ModelSummary[]> {
    const models: ModelSummary[] = [];
    for (const file of await this.#files()) {
      const id = file.slice(0, -extname(file).length);
      const described = await this.describe({ kind: "model", id });
      if (!described.ok) continue;
      const { name, description } = described.description.metadata;
      models.push({ id, name, ...(description !== undefined ? { description } : {}) });
    }
    return models;
  }

  async #script(target: ModelTarget): Promise<Script | ErrorData> {
    if (target.kind === "script") return target;
    const files = await this.#files();
    const file = files.find((name) => name.slice(0, -extname(name).length) === target.id);
    if (file === undefined) {
      const ids = files.map((name) => name.slice(0, -extname(name).length));
      return { code: "NOT_FOUND", message: `no model "${target.id}" here; list_models names them: ${ids.join(", ")}`, param: "model" };
    }
    return { source: await readFile(join(this.#modelsDir, file), "utf8"), language: languageOf(file), fileName: file };
  }
}
