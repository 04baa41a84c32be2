/**
 * Raw HTTP/1.1 over a real socket, for what `inject` cannot express: broken framing, bodies that
 * stop short or run long, oversized headers, the connection closing.
 */
import { connect } from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RawExchange {
  /** Every complete response read from the connection, in order. */
  responses: RawResponse[];
  /** Whether the server closed the connection (rather than the test ending it). */
  closedByServer: boolean;
}

/** Splits a byte stream into the complete responses it holds (Content-Length framed, as the service sends them). */
export function parseResponses(stream: Buffer): RawResponse[] {
  const responses: RawResponse[] = [];
  let offset = 0;
  for (;;) {
    const headEnd = stream.indexOf("\r\n\r\n", offset);
    if (headEnd === -1) return responses;
    const [statusLine, ...lines] = stream.subarray(offset, headEnd).toString("latin1").split("\r\n");
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers["content-length"] ?? 0);
    if (stream.length < headEnd + 4 + length) return responses;
    responses.push({ status: Number(statusLine!.split(" ")[1]), headers, body: stream.subarray(headEnd + 4, headEnd + 4 + length).toString("utf8") });
    offset = headEnd + 4 + length;
  }
}

/**
 * Connects, writes `chunks` in order (each after the previous is flushed), and reads until the
 * server closes the connection, or, with `untilResponses`, until that many responses arrived;
 * with `halfClose`, the test's side ends its writing after the last chunk.
 * `limitMs` bounds the wait so a server that never answers fails the test instead of hanging it.
 */
export function exchange(port: number, chunks: (string | Buffer)[], options: { untilResponses?: number; limitMs?: number; halfClose?: boolean } = {}): Promise<RawExchange> {
  const limitMs = options.limitMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1" });
    const received: Buffer[] = [];
    let settled = false;
    const finish = (closedByServer: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ responses: parseResponses(Buffer.concat(received)), closedByServer });
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      socket.destroy();
      reject(new Error(`no answer within ${limitMs} ms; received ${JSON.stringify(Buffer.concat(received).toString("latin1").slice(0, 300))}`));
    }, limitMs);
    socket.on("data", (data) => {
      received.push(data);
      if (options.untilResponses !== undefined && parseResponses(Buffer.concat(received)).length >= options.untilResponses) finish(false);
    });
    socket.on("end", () => finish(true));
    socket.on("close", () => finish(true));
    // A server that closes while we still write resets the connection: what was received still counts.
    socket.on("error", () => finish(true));
    socket.on("connect", async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        if (!socket.write(chunk)) await new Promise((r) => socket.once("drain", r));
      }
      if (options.halfClose && !socket.destroyed) socket.end();
    });
  });
}
