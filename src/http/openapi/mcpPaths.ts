/** `/mcp` in the OpenAPI document: the MCP server over Streamable HTTP (see ../routes/mcp.ts). */
import type { ServiceLimits } from "../deps.ts";
import { problemResponse, type PathItem } from "./parts.ts";
import { HEADER_KEY_SECURITY as MCP_SECURITY } from "./security.ts";


const JSON_RPC_MESSAGE = {
  type: "object",
  description: "A JSON-RPC 2.0 request, notification or response of the Model Context Protocol (or a batch of them as an array).",
  required: ["jsonrpc"],
  properties: {
    jsonrpc: { const: "2.0" },
    id: { type: ["string", "integer", "null"] },
    method: { type: "string" },
    params: { type: "object" },
    result: { type: "object" },
    error: { type: "object", required: ["code", "message"], properties: { code: { type: "integer" }, message: { type: "string" }, data: {} } },
  },
};

export function mcpPaths(limits: ServiceLimits): Record<string, PathItem> {
  return {
    "/mcp": {
      post: {
        operationId: "mcp",
        summary: "The Model Context Protocol for AI assistants (Streamable HTTP, stateless)",
        description:
          "An MCP server (protocol revision 2025-06-18 and the ones the official TypeScript SDK negotiates) with the tools `build` (a file as an embedded resource), `inspect` (PROPS facts), `render` (a PNG image), `describe`, `validate` and `list_models`. Each POST carries JSON-RPC messages and is answered as JSON (no session; send `Accept: application/json, text/event-stream`); GET and DELETE /mcp answer 405 with `Allow: POST`, as the protocol asks of a server without an event stream (they are not listed here as operations, having no success answer). Every tool call builds as /build does for the key's account: its rate limit, the sandboxed pool, the compute budget and ledger, and one download charged per file of a charged type (PNG and PROPS are free). A failed build is a tool result with `isError: true` and `file:line:column: CODE: message`.",
        tags: ["mcp"],
        security: MCP_SECURITY,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { oneOf: [JSON_RPC_MESSAGE, { type: "array", items: JSON_RPC_MESSAGE }] },
              example: { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "inspect", arguments: { model: "4hskpb69", preset: "long", material: "pla" } } },
            },
          },
        },
        responses: {
          "200": {
            description: "The JSON-RPC responses to the requests sent",
            content: {
              "application/json": {
                schema: JSON_RPC_MESSAGE,
                example: { jsonrpc: "2.0", id: 2, result: { content: [{ type: "text", text: '{"volume": 16000, "area": 5600}' }] } },
              },
            },
          },
          "202": { description: "Only notifications or responses were sent: nothing to answer" },
          "403": problemResponse(403, "A missing, invalid or disabled API key", [
            { code: "ACCESS_DENIED", message: "missing API key: send key=…, an Authorization: Bearer … header, or X-API-Key", param: "key" },
          ]),
          "406": {
            description: "The Accept header does not take both application/json and text/event-stream",
            content: { "application/json": { schema: JSON_RPC_MESSAGE, example: { jsonrpc: "2.0", error: { code: -32000, message: "Not Acceptable: Client must accept both application/json and text/event-stream" }, id: null } } },
          },
          "413": problemResponse(413, "The request body is too large", [{ code: "PAYLOAD_TOO_LARGE", message: `the request body is larger than ${limits.maxBodyBytes} bytes` }]),
          "415": problemResponse(415, "A body that is not JSON", [
            { code: "UNSUPPORTED_MEDIA_TYPE", message: "Content-Type text/plain is not accepted: send application/json", details: { accepted: ["application/json"] } },
          ]),
        },
      },
    },
  };
}
