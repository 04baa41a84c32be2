/**
 * `partforge models push|pull`: publish a ModelScript to a server (a new model, or a new revision
 * of model ID) and print its id and page URL; fetch a model's source.
 */
import { readFile, writeFile } from "node:fs/promises";
import { PartforgeClient } from "../client/index.ts";
import { languageOf } from "../build/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { apiKeyOf } from "./apiKey.ts";
import type { ModelsCommand } from "./args.ts";
import type { CliIO } from "./main.ts";
import { serverCall } from "./serverErrors.ts";

async function readSource(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "cannot read it";
    throw new PartforgeError("USAGE", `${file}: ${reason}`);
  }
}

export async function runModels(command: ModelsCommand, io: CliIO): Promise<void> {
  const apiKey = await apiKeyOf(command.remote, io.stdin, command.action === "push");
  const client = new PartforgeClient({ baseUrl: command.remote.server, ...(apiKey !== undefined ? { apiKey } : {}) });
  if (command.action === "pull") {
    const model = await serverCall(() => client.models.get(command.target));
    if (command.output === undefined || command.output === "-") {
      io.stdout.write(model.script);
      return;
    }
    try {
      await writeFile(command.output, model.script);
    } catch {
      throw new PartforgeError("USAGE", `cannot write ${command.output}: check that its folder exists and is writable`);
    }
    io.stderr.write(`wrote ${command.output} (model ${model.id} "${model.name}", revision ${model.revision})\n`);
    return;
  }
  const language = languageOf(command.target);
  const script = await readSource(command.target);
  const input = {
    script,
    language,
    ...(command.name !== undefined ? { name: command.name } : {}),
    ...(command.visibility !== undefined ? { visibility: command.visibility } : {}),
  };
  const id = command.id;
  const model = await serverCall(() => (id === undefined ? client.models.create(input) : client.models.revise(id, input)));
  const pageUrl = `${client.baseUrl}/m/${model.id}`;
  io.stdout.write(`${model.id} ${pageUrl}\n`);
  io.stderr.write(`${id === undefined ? "published" : "revised"} "${model.name}": revision ${model.revision}, ${model.visibility}, ${model.schema.parameters.length} parameters\n`);
}
