/**
 * The API key of a command that talks to a server: from `--key-file FILE` (`-` is standard
 * input), else `PARTFORGE_KEY`, else standard input when it is not a terminal. Only the first
 * line counts, trimmed. The key is never printed.
 */
import { readFile } from "node:fs/promises";
import { PartforgeError } from "../shared/errors.ts";
import { KEY_SOURCES, type RemoteSettings } from "./remoteArgs.ts";

/** Standard input as the CLI sees it. */
export interface KeyInput {
  isTTY?: boolean;
  [Symbol.asyncIterator](): AsyncIterator<string | Uint8Array>;
}

const MAX_KEY_INPUT_BYTES = 64 * 1024;

function firstLine(text: string): string | undefined {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== "")?.trim();
  return line === "" ? undefined : line;
}

async function readAll(input: KeyInput): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_KEY_INPUT_BYTES) throw new PartforgeError("USAGE", `standard input is longer than ${MAX_KEY_INPUT_BYTES} bytes: it should hold just the API key`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The key, or undefined when none is given and `required` is false. */
export async function apiKeyOf(remote: RemoteSettings, stdin: KeyInput | undefined, required: boolean): Promise<string | undefined> {
  if (remote.keyFile !== undefined && remote.keyFile !== "-") {
    let text: string;
    try {
      text = await readFile(remote.keyFile, "utf8");
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "cannot read it";
      throw new PartforgeError("USAGE", `--key-file ${remote.keyFile}: ${reason}`);
    }
    const key = firstLine(text);
    if (key === undefined) throw new PartforgeError("USAGE", `--key-file ${remote.keyFile} is empty: put the API key on its first line`);
    return key;
  }
  const fromStdin = remote.keyFile === "-" || (remote.environmentKey === undefined && required && stdin !== undefined && stdin.isTTY !== true);
  if (!fromStdin) {
    if (remote.environmentKey !== undefined) return remote.environmentKey.trim();
    if (required) throw new PartforgeError("USAGE", `no API key: ${KEY_SOURCES}`);
    return undefined;
  }
  const key = stdin === undefined || stdin.isTTY === true ? undefined : firstLine(await readAll(stdin));
  if (key === undefined) throw new PartforgeError("USAGE", `no API key on standard input: ${KEY_SOURCES}`);
  return key;
}
