/**
 * `partforge mcp`: the MCP server on standard input and output for an AI assistant, building in a
 * sandboxed pool on this machine (the service's slots and limits). Standard output carries only
 * the protocol; the pool logs to standard error. Ends when the client closes its end.
 */
import { fileURLToPath } from "node:url";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createBuildPool } from "../build/pool/index.ts";
import { PoolBackend } from "../build/index.ts";
import { LocalBackend } from "../mcp/localBackend.ts";
import { createMcpServer } from "../mcp/server.ts";
import type { McpCommand } from "./args.ts";
import type { CliIO } from "./main.ts";

const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

export async function runMcp(command: McpCommand, io: CliIO): Promise<void> {
  const pool = await createBuildPool({
    size: command.slots ?? 1,
    ...(command.warmupBuilds !== undefined ? { warmupBuilds: command.warmupBuilds } : {}),
    log: (level, message) => io.stderr.write(`[pool ${level}] ${message}\n`),
  });
  const server = createMcpServer(new LocalBackend(new PoolBackend(pool), command.modelsDir ?? EXAMPLES_DIR));
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
    process.stdin.once("end", resolve);
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.connect(transport);
  io.stderr.write(`partforge mcp: ready on standard input/output (build slots: ${pool.health().size})\n`);
  await closed;
  await server.close();
  await pool.close();
}
