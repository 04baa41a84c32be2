/**
 * `partforge mcp --server URL`: the MCP server on stdio as a relay to a partforge service's
 * `/mcp`, so an assistant on this machine builds in the service's sandbox, charged to the API
 * key's account (quota, compute budget, rate limit) with the service's own tools. The tool list
 * and every call pass through unchanged; tool errors stay tool errors.
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { PartforgeError } from "../shared/errors.ts";
import { MCP_SERVER_VERSION } from "./server.ts";

export interface RemoteRelay {
  server: Server;
  close(): Promise<void>;
}

/**
 * Connects to `${serviceUrl}/mcp` with the key and returns the stdio-side server to connect.
 * @throws PartforgeError ACCESS_DENIED when the service refuses the key, USAGE when it cannot be reached or is no MCP server.
 */
export async function connectToService(serviceUrl: string, apiKey: string): Promise<RemoteRelay> {
  const endpoint = new URL(`${serviceUrl}/mcp`);
  const client = new Client({ name: "partforge-mcp-relay", version: MCP_SERVER_VERSION });
  try {
    await client.connect(new StreamableHTTPClientTransport(endpoint, { requestInit: { headers: { authorization: `Bearer ${apiKey}` } } }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/\b403\b/.test(message)) throw new PartforgeError("ACCESS_DENIED", `${endpoint.href} refused the API key: check PARTFORGE_KEY (or --key-file)`);
    throw new PartforgeError("USAGE", `cannot use ${endpoint.href} as an MCP server: ${message}`);
  }
  const instructions = client.getInstructions();
  const server = new Server({ name: "partforge", version: MCP_SERVER_VERSION }, { capabilities: { tools: {} }, ...(instructions !== undefined ? { instructions } : {}) });
  server.setRequestHandler(ListToolsRequestSchema, (request) => client.listTools(request.params));
  server.setRequestHandler(CallToolRequestSchema, async (request) => (await client.callTool(request.params)) as CallToolResult);
  return {
    server,
    async close() {
      await server.close();
      await client.close();
    },
  };
}
