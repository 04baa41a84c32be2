/**
 * A failure as an MCP tool error (`isError: true`, so the model sees it and can fix its call):
 * `file:line:column: CODE: message`, the format compilers use, with the parameter it is about
 * and any machine-readable details (say, the valid preset names).
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { formatErrorForTerminal, isPartforgeError, PartforgeError, type ErrorData } from "../shared/errors.ts";

export function toolError(error: ErrorData, fileName: string): CallToolResult {
  const details = error.details !== undefined ? `\n${JSON.stringify(error.details)}` : "";
  return { isError: true, content: [{ type: "text", text: `${formatErrorForTerminal(PartforgeError.fromData(error), fileName)}${details}` }] };
}

/** A thrown error as a tool error: a PartforgeError's own message, anything else as internal. */
export function thrownToolError(error: unknown, fileName: string): CallToolResult {
  if (isPartforgeError(error)) return toolError(error.toData(), fileName);
  return toolError({ code: "INTERNAL", message: error instanceof Error ? error.message : String(error) }, fileName);
}
