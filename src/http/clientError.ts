/**
 * Requests Node's HTTP parser refuses before fastify sees them (headers too large, broken framing,
 * a body not received in time) answered as problem+json on the raw socket, then the connection
 * closed: after a framing error the rest of the byte stream cannot be trusted.
 */
import { STATUS_CODES, type IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import type { ErrorData } from "../shared/errors.ts";
import type { ServiceLimits } from "./deps.ts";
import { PROBLEM_MEDIA_TYPE, problemOf } from "./problem.ts";

/** What the parser's error codes (llhttp `HPE_*`, Node `ERR_HTTP_*`) mean for the client. */
function describeClientError(code: string | undefined, limits: ServiceLimits): ErrorData {
  switch (code) {
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return {
        code: "REQUEST_TIMEOUT",
        message: `the request was not received completely within ${limits.requestTimeoutMs / 1000} s: send the whole request promptly, with a Content-Length equal to the body's size in bytes`,
      };
    case "HPE_HEADER_OVERFLOW":
      return {
        code: "HEADERS_TOO_LARGE",
        message: `the request line and headers are larger than ${limits.maxHeaderBytes} bytes: send long values (scripts, parameters) in a POST body instead of the URL or headers`,
      };
    case "HPE_UNEXPECTED_CONTENT_LENGTH":
      return { code: "USAGE", message: "the request has both Content-Length and Transfer-Encoding: send one of them" };
    case "HPE_INVALID_CONTENT_LENGTH":
      return { code: "USAGE", message: "Content-Length must be one decimal number of bytes, sent once" };
    case "HPE_INVALID_TRANSFER_ENCODING":
      return { code: "USAGE", message: "Transfer-Encoding must end with chunked and cannot come with a Content-Length: send one of them" };
    case "HPE_INVALID_CHUNK_SIZE":
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return { code: "USAGE", message: "the chunked body is malformed: each chunk is its size in hex, CRLF, that many bytes, CRLF; the last is 0 CRLF CRLF" };
    case "HPE_INVALID_METHOD":
      return { code: "USAGE", message: "the request line does not start with a known method; if it followed a request body, that body was longer than its Content-Length" };
    case "HPE_INVALID_URL":
      return { code: "USAGE", message: "the request target is not a valid path: percent-encode spaces, control characters and non-ASCII bytes" };
    case "HPE_INVALID_VERSION":
    case "HPE_INVALID_CONSTANT":
      return { code: "USAGE", message: "the request line must be METHOD /path HTTP/1.1, separated by single spaces" };
    case "HPE_INVALID_EOF_STATE":
      return { code: "USAGE", message: "the connection ended before the request was complete: send the whole body, as long as its Content-Length says" };
    case "HPE_CLOSED_CONNECTION":
      return { code: "USAGE", message: "more bytes followed a request that asked to close the connection (or a body longer than its Content-Length): open a new connection for the next request" };
    case "HPE_INVALID_HEADER_TOKEN":
      return { code: "USAGE", message: "a header name or value has a character that is not allowed (control characters; spaces or separators in names)" };
    case "HPE_LF_EXPECTED":
    case "HPE_CR_EXPECTED":
    case "HPE_STRICT":
      return { code: "USAGE", message: "every request line and header line must end with CRLF" };
    default:
      return { code: "USAGE", message: `the request is not valid HTTP/1.1 (${code ?? "unknown error"}): check the request line, the headers and the body's framing` };
  }
}

/** The socket's in-flight response, as Node core tracks it (its own `socketOnError` reads it the same way). */
function responseStarted(socket: Socket): boolean {
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent: boolean } | null })._httpMessage;
  return inFlight?.headersSent === true;
}

/** Writes `error` as a complete problem+json response on `socket` (unless one has begun), then closes it. */
function answerAndClose(socket: Socket, error: ErrorData): void {
  if (socket.writable && !responseStarted(socket)) {
    const problem = problemOf(error);
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
        `Content-Type: ${PROBLEM_MEDIA_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** fastify's `clientErrorHandler`: one problem+json response unless another has begun, then close. */
export function clientErrorHandler(limits: ServiceLimits): (error: Error & { code?: string }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === "ECONNRESET" || socket.destroyed) return;
    answerAndClose(socket, describeClientError(error.code, limits));
  };
}

/** The server's `connect` listener: a CONNECT request (Node would close silently) is told this is no proxy. */
export function refuseConnect(request: IncomingMessage, socket: Duplex): void {
  answerAndClose(socket as Socket, { code: "NOT_FOUND", message: `no route CONNECT ${request.url ?? ""}: this service is not a proxy; see /docs` });
}
