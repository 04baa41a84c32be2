/**
 * Files too large for the `build` tool to return inline. An assistant's context is no place for
 * megabytes of base64, so past `MAX_INLINE_FILE_BYTES` the tool answers with a tool error that
 * says how large the file is and how to get it instead: the `partforge build` command line with
 * the same type, preset, values and options (local, or `--server` for the service), and for a
 * stored model on the service the `/build` URL. Such a file is not charged as a download.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { OutputType } from "../build/index.ts";
import type { RequestValue } from "../modelscript/index.ts";

/** The largest file `build` returns inline, in bytes (as base64, binary files take a third more). */
export const MAX_INLINE_FILE_BYTES = 1024 * 1024;

/** Where the same file can be built outside MCP: a script file or model id, and the service's origin for a remote build. */
export interface FetchTarget {
  /** The `partforge build` argument: a file path, or a stored model's id (with `server`). */
  subject: string;
  /** The service's origin (`https://host`) when the build runs there; absent for this machine. */
  server?: string;
  /** Set when the script was sent as text: the file name to save it under first. */
  saveScriptAs?: string;
  /** Set for a stored model on the service: its id, for the `/build` URL. */
  modelId?: string;
}

/** The build a large file came from, as the tool was called. */
export interface LargeFileRequest {
  type: OutputType;
  fileName: string;
  bytes: number;
  preset?: string | undefined;
  params?: Record<string, RequestValue> | undefined;
  tolerance?: number | undefined;
  angularTolerance?: number | undefined;
  ascii?: boolean | undefined;
}

/** POSIX shell quoting, only where needed. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The `partforge build` command line that writes the same file. */
export function buildCommandLine(target: FetchTarget, request: LargeFileRequest): string {
  const words = ["partforge", "build", target.subject];
  if (target.server !== undefined) words.push("--server", target.server);
  words.push("--type", request.type.toUpperCase());
  if (request.preset !== undefined) words.push("--preset", request.preset);
  for (const [name, value] of Object.entries(request.params ?? {})) words.push("-p", `${name}=${String(value)}`);
  if (request.tolerance !== undefined) words.push("--tolerance", String(request.tolerance));
  if (request.angularTolerance !== undefined) words.push("--angular-tolerance", String(request.angularTolerance));
  if (request.ascii === true) words.push("--ascii");
  words.push("-o", request.fileName);
  return words.map(shellWord).join(" ");
}

/** The `/build` URL of a stored model's file on the service (the key goes in a header, never the URL). */
export function buildUrl(server: string, modelId: string, request: LargeFileRequest): string {
  const query = new URLSearchParams({ id: modelId, type: request.type.toUpperCase() });
  if (request.preset !== undefined) query.set("preset", request.preset);
  for (const [name, value] of Object.entries(request.params ?? {})) query.set(name, String(value));
  if (request.tolerance !== undefined) query.set("tolerance", String(request.tolerance));
  if (request.angularTolerance !== undefined) query.set("angularTolerance", String(request.angularTolerance));
  if (request.ascii === true) query.set("ascii", "true");
  return `${server}/build?${query}`;
}

/** The tool error for a file over `limitBytes`: its size, and how to get it instead. */
export function largeFileAnswer(name: string, target: FetchTarget, request: LargeFileRequest, limitBytes: number): CallToolResult {
  const lines = [
    `${name}: the ${request.type.toUpperCase()} file ${request.fileName} is ${megabytes(request.bytes)} (${request.bytes} bytes), more than the ${megabytes(limitBytes)} the build tool returns inline; it was not sent${target.server !== undefined ? " and no download was charged" : ""}. Do not call build again for it: get the file with`,
    ...(target.saveScriptAs !== undefined ? [`  (save the script as ${target.saveScriptAs} first)`] : []),
    `  ${buildCommandLine(target, request)}`,
  ];
  if (target.server !== undefined) {
    lines.push("with your API key in PARTFORGE_KEY (one download).");
    if (target.modelId !== undefined) lines.push(`or GET ${buildUrl(target.server, target.modelId, request)} with the key in an Authorization: Bearer header.`);
  }
  lines.push("To look at the part or measure it, use render or inspect; a mesh format gets smaller with a larger tolerance.");
  return { isError: true, content: [{ type: "text", text: lines.join("\n") }] };
}
