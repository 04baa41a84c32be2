/** `partforge` command line: build and describe ModelScripts locally, no server. */
import { readFile, writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { buildModel, checkOutputOptions, isOutputField, loadScript, parseOutputFields, languageOf } from "../build/index.ts";
import { describe } from "../modelscript/index.ts";
import { EXIT_CODES, formatErrorForTerminal, isPartforgeError, PartforgeError, type ExitCode } from "../shared/errors.ts";
import { parseCommandLine, USAGE, type BuildCommand } from "./args.ts";
import { FILE_EXTENSIONS } from "../exporters/index.ts";
import type { KeyInput } from "./apiKey.ts";
import { clientFailure } from "./serverErrors.ts";

export interface CliIO {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string): unknown };
  /** Where a command that talks to a server may read the API key (see ./apiKey.ts). */
  stdin?: KeyInput;
}

const processIO: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

async function readScript(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "cannot read it";
    throw new PartforgeError("USAGE", `${file}: ${reason}`);
  }
}

async function runBuild(command: BuildCommand, io: CliIO): Promise<void> {
  const language = languageOf(command.file);
  const source = await readScript(command.file);
  // `-p out_view=top` and the like are output options, not parameters (SPEC section 1).
  const outputFields = Object.fromEntries(Object.entries(command.values).filter(([name]) => isOutputField(name)));
  const values = Object.fromEntries(Object.entries(command.values).filter(([name]) => !isOutputField(name)));
  const output = await buildModel({
    source,
    language,
    type: command.type,
    values,
    ...(command.preset !== undefined ? { preset: command.preset } : {}),
    options: {
      ...(command.tolerance !== undefined ? { tolerance: command.tolerance } : {}),
      ...(command.angularTolerance !== undefined ? { angularTolerance: command.angularTolerance } : {}),
      ascii: command.ascii,
      output: checkOutputOptions(command.type, parseOutputFields(outputFields)),
    },
  });
  if (command.output === "-") {
    io.stdout.write(output.bytes);
    return;
  }
  const target = command.output ?? `${basename(command.file, extname(command.file))}${FILE_EXTENSIONS[command.type]}`;
  try {
    await writeFile(target, output.bytes);
  } catch {
    throw new PartforgeError("USAGE", `cannot write ${target}: check that its folder exists and is writable`);
  }
  io.stderr.write(`wrote ${target} (${output.bytes.length} bytes, ${output.type.toUpperCase()})\n`);
}

async function runDescribe(file: string, io: CliIO): Promise<void> {
  const loaded = await loadScript(await readScript(file), languageOf(file));
  io.stdout.write(`${JSON.stringify(describe(loaded), null, 2)}\n`);
}

/** Runs one command line; returns the exit code (documented in the README). */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<ExitCode> {
  let file = "partforge";
  try {
    const command = parseCommandLine(argv);
    if (command.command === "help") {
      io.stdout.write(`${USAGE}\n`);
      return EXIT_CODES.ok;
    }
    // The service's modules (fastify, the store, the pool) load only for the commands that use
    // them: importing them cost `partforge build` ~200 ms of its start.
    if (command.command === "serve") {
      const { runServe } = await import("./serve.ts");
      await runServe(command, io);
      return EXIT_CODES.ok;
    }
    if (command.command === "worker") {
      const { runWorker } = await import("./worker.ts");
      await runWorker(command, io);
      return EXIT_CODES.ok;
    }
    if (command.command === "mcp") {
      const { runMcp } = await import("./mcp.ts");
      await runMcp(command, io);
      return EXIT_CODES.ok;
    }
    if (command.command === "admin") {
      const { runAdmin } = await import("./admin.ts");
      await runAdmin(command, io);
      return EXIT_CODES.ok;
    }
    if (command.command === "models") {
      const { runModels } = await import("./models.ts");
      file = command.action === "pull" ? `model ${command.target}` : command.target;
      await runModels(command, io);
      return EXIT_CODES.ok;
    }
    file = command.file;
    if (command.command === "build" && command.remote !== undefined) {
      const { runRemoteBuild } = await import("./remoteBuild.ts");
      await runRemoteBuild(command, command.remote, io);
      return EXIT_CODES.ok;
    }
    if (command.command === "describe") await runDescribe(command.file, io);
    else await runBuild(command, io);
    return EXIT_CODES.ok;
  } catch (error) {
    if (isPartforgeError(error)) {
      io.stderr.write(`${error.code === "USAGE" ? `partforge: ${error.message}` : formatErrorForTerminal(error, file)}\n`);
      return error.exitCode;
    }
    const failure = clientFailure(error);
    if (failure !== undefined) {
      io.stderr.write(`partforge: ${failure.message}\n`);
      return failure.exitCode;
    }
    io.stderr.write(`partforge: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_CODES.internal;
  }
}
