/**
 * `POST /mcp`: the MCP server (../../mcp/server.ts) over Streamable HTTP, stateless (each POST
 * carries its own JSON-RPC messages; no session), authenticated with an API key
 * (`Authorization: Bearer`, or `X-API-Key`). The tools build through the caller's account
 * exactly as `/build` does (../mcpBackend.ts). `GET /mcp` (a server-sent event stream for a
 * session) and `DELETE /mcp` are 405: this server has no sessions and sends nothing unasked.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createMcpServer } from "../../mcp/server.ts";
import { presentedKey, requireKey } from "../auth.ts";
import { ServiceMcpBackend, type McpServiceDeps } from "../mcpBackend.ts";
import { tagAccount } from "../requestLog.ts";

export function registerMcpRoutes(app: FastifyInstance, deps: McpServiceDeps): void {
  app.post("/mcp", async (request: FastifyRequest, reply: FastifyReply) => {
    // Only a header carries the key: a key in a URL ends up in logs and histories.
    const caller = await requireKey(deps.store, presentedKey(request));
    tagAccount(request, caller.account.id);
    const origin = deps.publicUrl ?? `${request.protocol}://${request.host}`;
    const server = createMcpServer(new ServiceMcpBackend(deps, caller, origin));
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    reply.raw.on("close", () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    reply.hijack();
    await transport.handleRequest(request.raw, reply.raw, request.body);
    return reply;
  });

  // As the SDK's stateless servers answer: JSON-RPC's error object, with Allow.
  const notAllowed = async (_request: FastifyRequest, reply: FastifyReply) =>
    reply
      .code(405)
      .header("Allow", "POST")
      .send({ jsonrpc: "2.0", error: { code: -32000, message: "this MCP server is stateless: POST JSON-RPC messages to /mcp (no session stream to GET or DELETE)" }, id: null });
  app.get("/mcp", notAllowed);
  app.delete("/mcp", notAllowed);
}
