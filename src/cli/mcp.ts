/**
 * `partforge mcp`: the MCP server on standard input and output for an AI assistant. Locally it
 * builds in a sandboxed pool on this machine (the service's slots and limits); with `--server URL`
 * (or `PARTFORGE_URL`) it relays to that service's `/mcp` with the key from `PARTFORGE_KEY` or
 * `--key-file FILE`. Standard output carries only the protocol; logs go to standard error. Ends
 * when the client closes its end.
 */
import { fileURLToPath } from "node:url";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createBuildPool, SERVICE_WASM_TIER_UP } from "../build/pool/index.ts";
import { PoolBackend } from "../build/index.ts";
import { LocalBackend } from "../mcp/localBackend.ts";
import { connectToService } from "../mcp/remoteProxy.ts";
import { createMcpServer } from "../mcp/server.ts";
import { PartforgeError } from "../shared/errors.ts";
import { apiKeyOf } from "./apiKey.ts";
import type { McpCommand } from "./args.ts";
import type { CliIO } from "./main.ts";

const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

/** Resolves when the client closes standard input or the process is told to stop. */
function untilClosed(transport: StdioServerTransport): Promise<void> {
  return new Promise<void>((resolve) => {
    transport.onclose = resolve;
    process.stdin.once("end", resolve);
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
}

export async function runMcp(command: McpCommand, io: CliIO): Promise<void> {
  if (command.remote !== undefined) {
    // Standard input is the protocol: the key cannot come from it.
    if (command.remote.keyFile === "-") throw new PartforgeError("USAGE", "mcp reads the protocol on standard input: give the key with PARTFORGE_KEY or --key-file FILE");
    const apiKey = (await apiKeyOf(command.remote, undefined, true))!;
    const relay = await connectToService(command.remote.server, apiKey);
    const transport = new StdioServerTransport();
    const closed = untilClosed(transport);
    await relay.server.connect(transport);
    io.stderr.write(`partforge mcp: ready on standard input/output, building on ${command.remote.server}\n`);
    await closed;
    await relay.close();
    return;
  }
  const pool = await createBuildPool({
    size: command.slots ?? 1,
    wasmTierUp: SERVICE_WASM_TIER_UP,
    ...(command.warmupBuilds !== undefined ? { warmupBuilds: command.warmupBuilds } : {}),
    log: (level, message) => io.stderr.write(`[pool ${level}] ${message}\n`),
  });
  const server = createMcpServer(new LocalBackend(new PoolBackend(pool), command.modelsDir ?? EXAMPLES_DIR));
  const transport = new StdioServerTransport();
  const closed = untilClosed(transport);
  await server.connect(transport);
  io.stderr.write(`partforge mcp: ready on standard input/output (build slots: ${pool.health().size})\n`);
  await closed;
  await server.close();
  await pool.close();
}
