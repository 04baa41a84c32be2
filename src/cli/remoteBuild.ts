/**
 * `partforge build <file or model id> --server URL`: the same build through the service, with the
 * same flags, output and exit codes as a local build. The file arrives as a stream and is written
 * beside its target first, so a failed download never leaves half a file under the target's name.
 */
import { createWriteStream } from "node:fs";
import { readFile, rename, rm, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PartforgeClient, PartforgeConnectionError } from "../client/index.ts";
import { FILE_EXTENSIONS } from "../exporters/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { apiKeyOf } from "./apiKey.ts";
import type { BuildCommand } from "./args.ts";
import type { CliIO } from "./main.ts";
import type { RemoteSettings } from "./remoteArgs.ts";
import { serverCall } from "./serverErrors.ts";

const MODEL_ID = /^[a-z0-9]{7,9}$/;

/** A script file when `target` is one, else a stored model's id. */
async function sourceOf(target: string): Promise<{ script: string } | { id: string }> {
  const found = await stat(target).catch(() => undefined);
  if (found?.isFile()) {
    try {
      return { script: await readFile(target, "utf8") };
    } catch {
      throw new PartforgeError("USAGE", `${target}: cannot read it`);
    }
  }
  if (MODEL_ID.test(target)) return { id: target };
  throw new PartforgeError("USAGE", `${target}: no such file, and not a model id (7–9 lowercase letters and digits)`);
}

export async function runRemoteBuild(command: BuildCommand, remote: RemoteSettings, io: CliIO): Promise<void> {
  const format = command.type;
  const source = await sourceOf(command.file);
  const apiKey = await apiKeyOf(remote, io.stdin, true);
  const client = new PartforgeClient({ baseUrl: remote.server, ...(apiKey !== undefined ? { apiKey } : {}) });
  const answer = await serverCall(() =>
    client.buildStream({
      ...source,
      ...("script" in source && extname(command.file).toLowerCase() === ".py" ? { lang: "python" as const } : {}),
      type: format.toUpperCase(),
      params: Object.fromEntries(Object.entries(command.values).filter(([name]) => !name.startsWith("out_"))),
      output: Object.fromEntries(Object.entries(command.values).filter(([name]) => name.startsWith("out_"))),
      ...(command.preset !== undefined ? { preset: command.preset } : {}),
      ...(command.tolerance !== undefined ? { tolerance: command.tolerance } : {}),
      ...(command.angularTolerance !== undefined ? { angularTolerance: command.angularTolerance } : {}),
      ...(command.ascii ? { ascii: true } : {}),
    }),
  );
  if (answer.notModified) throw new PartforgeError("INTERNAL", "the server answered 304 Not Modified to a request without If-None-Match");
  const body = Readable.fromWeb(answer.body as import("node:stream/web").ReadableStream<Uint8Array>);
  if (command.output === "-") {
    await pipeline(body, new Writable({ write: (chunk: Uint8Array, _encoding, done) => (io.stdout.write(chunk), done()) }));
    return;
  }
  const stem = "script" in source ? basename(command.file, extname(command.file)) : source.id;
  const target = command.output ?? `${stem}${FILE_EXTENSIONS[format]}`;
  const partial = `${target}.partial-${process.pid}`;
  try {
    await pipeline(body, createWriteStream(partial));
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    // The file system names its failing call; anything else broke the download.
    if ((error as NodeJS.ErrnoException).syscall !== undefined) {
      throw new PartforgeError("USAGE", `cannot write ${target}: check that its folder exists and is writable`);
    }
    throw new PartforgeConnectionError(remote.server, error);
  }
  const bytes = (await stat(target)).size;
  const remaining = answer.downloadsRemaining === "unlimited" ? "unlimited downloads" : `${answer.downloadsRemaining} downloads left this month`;
  io.stderr.write(`wrote ${target} (${bytes} bytes, ${format.toUpperCase()}; built by ${remote.server} in ${answer.buildMs} ms, cache ${answer.cache}; ${remaining})\n`);
}
