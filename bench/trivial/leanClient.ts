/**
 * The trivial bench's HTTP client (started by ./rig.ts through ../compare/forkedSide.ts): its own
 * process, as a user's program is, holding one kept-alive TCP connection to the service at the
 * origin given as argv[2]. Timing a request from the service's own process would count the
 * client's work (undici's fetch: ~0.7-0.9 ms a request) as the service's and let it take the
 * service's event loop while the service answers.
 *
 * Protocol: "ready" once connected; each `{ path }` message is answered with one `LeanAnswer`: the
 * GET request is formatted first, then the clock (hrtime) runs from the socket write to the
 * arrival of the response's last byte (./httpResponseReader.ts), in this process, so the IPC and
 * this process's wake-up to the message are not in it. A `{ ping: true }` message is answered
 * `{ pong: true }` at once. The process exits when the channel closes.
 */
import { connect, type Socket } from "node:net";
import { HttpResponseReader, type HttpResponse } from "./httpResponseReader.ts";

export type LeanRequest =
  | {
      /** The request target: path and query. */
      path: string;
    }
  /** No request: answered at once (the rig times what asking this process costs its own CPU). */
  | { ping: true };

export type LeanAnswer =
  | {
      /** Socket write → last byte of the response, in this process. */
      ms: number;
      /** This process's CPU (user + system) over the same span. */
      cpuMs: number;
      status: number;
      bodyBytes: number;
      /** The start of the body, as text, when the status is not 200 (to say why). */
      bodyHead: string | undefined;
    }
  | { error: string };

/** What the process answers: a request's `LeanAnswer`, or `{ pong: true }` to a ping. */
export type LeanReply = LeanAnswer | { pong: true };

const origin = process.argv[2];
if (origin === undefined) throw new Error("usage: leanClient.ts http://HOST:PORT");
const url = new URL(origin);

/** The one connection: kept until it closes, then opened again before the next request (outside its timing). */
let socket: Socket | undefined;
/** Whoever waits for the bytes of the current response. */
let onBytes: ((bytes: Buffer) => void) | undefined;
let failure: Error | undefined;

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const opened = connect({ host: url.hostname, port: Number(url.port), noDelay: true });
    opened.once("connect", () => {
      opened.off("error", reject);
      opened.on("error", (error) => (failure = error));
      resolve(opened);
    });
    opened.once("error", reject);
    opened.on("data", (bytes: Buffer) => {
      if (onBytes === undefined) failure = new Error(`${bytes.length} bytes arrived with no request waiting for them`);
      else onBytes(bytes);
    });
    opened.on("close", () => {
      if (socket === opened) socket = undefined;
      failure ??= onBytes === undefined ? undefined : new Error("the service closed the connection before the response was complete");
    });
  });
}

async function get({ path }: { path: string }): Promise<LeanAnswer> {
  const connection = (socket ??= await open());
  const request = Buffer.from(`GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`, "latin1");
  const reader = new HttpResponseReader();
  let closed: (() => void) | undefined;
  const response = new Promise<{ response: HttpResponse; ended: bigint; cpuAfter: NodeJS.CpuUsage }>((resolve, reject) => {
    onBytes = (bytes) => {
      try {
        const done = reader.push(bytes);
        if (done !== undefined) resolve({ response: done, ended: process.hrtime.bigint(), cpuAfter: process.cpuUsage() });
      } catch (error) {
        reject(error);
      }
    };
    closed = () => reject(failure ?? new Error("the connection closed"));
    connection.once("close", closed);
  });
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  connection.write(request);
  try {
    const { response: done, ended, cpuAfter } = await response;
    return {
      ms: Number(ended - started) / 1e6,
      cpuMs: (cpuAfter.user - cpuBefore.user + cpuAfter.system - cpuBefore.system) / 1000,
      status: done.status,
      bodyBytes: done.body.length,
      bodyHead: done.status === 200 ? undefined : done.body.subarray(0, 300).toString("utf8"),
    };
  } finally {
    onBytes = undefined;
    connection.off("close", closed!);
  }
}

socket = await open();
process.on("message", (request: LeanRequest) => {
  if ("ping" in request) {
    process.send?.({ pong: true } satisfies LeanReply);
    return;
  }
  if (failure !== undefined) {
    process.send?.({ error: failure.message } satisfies LeanAnswer);
    return;
  }
  get(request).then(
    (answer) => process.send?.(answer),
    (error: unknown) => process.send?.({ error: error instanceof Error ? error.message : String(error) } satisfies LeanAnswer),
  );
});
process.on("disconnect", () => {
  socket?.destroy();
  process.exit(0);
});
process.send?.("ready");
