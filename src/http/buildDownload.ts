/**
 * How a built file leaves the service, for `/build` and `GET /api/jobs/{id}/result` alike: the
 * ETag (a matching `If-None-Match` is a free 304), the download charge (`./charge.ts`), and the same headers.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { BuildSuccess } from "../build/index.ts";
import { etagMatches } from "./etag.ts";

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function etagOf(result: BuildSuccess): string {
  return `"${result.contentKey}"`;
}

/** Whether the request's `If-None-Match` names the file: `sendBuiltFile` answers 304 then, and charges nothing. */
export function notModified(request: FastifyRequest, result: BuildSuccess): boolean {
  return etagMatches(request.headers["if-none-match"], etagOf(result));
}

/**
 * Answers 304 when `If-None-Match` names the file (free), else charges it (`charge`, when the
 * type costs a download) and sends it with `/build`'s headers.
 */
export async function sendBuiltFile(request: FastifyRequest, reply: FastifyReply, result: BuildSuccess, charge: (() => Promise<number | null | undefined>) | undefined): Promise<FastifyReply> {
  const etag = etagOf(result);
  if (notModified(request, result)) {
    return reply.code(304).header("ETag", etag).send();
  }
  // PNG and PROPS are free (previews and facts): the compute budget bounds them.
  const remaining = charge === undefined ? undefined : await charge();
  // The whole file is in memory already: one write with the headers, whatever its size. (Streaming
  // it in chunks held the same memory and cost a stream, a pipe and a write per chunk; the socket
  // sends what it cannot take at once as it drains, without copying.)
  const body = Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
  if (remaining !== undefined) reply.header("X-Downloads-Remaining", remaining === null ? "unlimited" : String(remaining));
  return reply
    .code(200)
    .type(result.mediaType)
    .header("Content-Disposition", contentDisposition(result.fileName))
    .header("Content-Length", String(body.length))
    .header("ETag", etag)
    .header("Cache-Control", "private, no-cache")
    .header("X-Build-Ms", String(Math.round(result.buildMs)))
    .header("X-Cache", result.cache === "hit" ? "hit" : "miss")
    .send(body);
}
