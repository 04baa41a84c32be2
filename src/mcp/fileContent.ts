/**
 * A built file as MCP content: an embedded resource, as text when the format is text (STEP,
 * SVG, DXF, BREP, AMF, JSON, ASCII STL) and base64 otherwise. Its URI names the build by its
 * content key (same key, byte-identical file).
 */
import type { EmbeddedResource } from "@modelcontextprotocol/sdk/types.js";
import type { BuildSuccess } from "../build/index.ts";

/** Decodes as UTF-8 text, or undefined when the bytes are not text (a NUL or invalid UTF-8). */
function asText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function fileContent(result: BuildSuccess): EmbeddedResource {
  const uri = `partforge://builds/${encodeURIComponent(result.contentKey)}/${encodeURIComponent(result.fileName)}`;
  const text = asText(result.bytes);
  const resource = text !== undefined ? { uri, mimeType: result.mediaType, text } : { uri, mimeType: result.mediaType, blob: Buffer.from(result.bytes).toString("base64") };
  return { type: "resource", resource };
}
