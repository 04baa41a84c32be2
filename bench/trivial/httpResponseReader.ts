/**
 * Reads one HTTP/1.1 response from the bytes of a kept-alive connection as they arrive, for the
 * trivial bench's lean client (./leanClient.ts): the status line, the header fields, and the body
 * framed by Content-Length or by chunked transfer coding (RFC 9112 §6.3, §7.1). A response framed
 * by the connection closing is refused: the client keeps its one connection for the next request.
 */

export interface HttpResponse {
  status: number;
  /** Header fields by lower-cased name (repeated fields joined with ", "). */
  headers: ReadonlyMap<string, string>;
  body: Buffer;
}

type State = "head" | "length" | "chunk size" | "chunk data" | "chunk end" | "trailers" | "done";

/** Statuses whose responses have no body whatever their header fields say (RFC 9112 §6.3, rule 1). */
const BODYLESS = new Set([204, 304]);
/** Bounds a head (or a chunk-size or trailer line) so a stream that never frames itself fails instead of growing. */
const MAX_HEAD_BYTES = 64 * 1024;

export class HttpResponseReader {
  #pending: Buffer = Buffer.alloc(0);
  #state: State = "head";
  #status = 0;
  #headers = new Map<string, string>();
  #body: Buffer[] = [];
  /** Body bytes still to come: of the Content-Length, or of the current chunk. */
  #remaining = 0;

  /** Takes the next bytes off the connection; returns the response once its last byte has arrived. */
  push(bytes: Buffer): HttpResponse | undefined {
    if (this.#state === "done") throw new Error(`${bytes.length} bytes arrived after the response was complete`);
    this.#pending = this.#pending.length === 0 ? bytes : Buffer.concat([this.#pending, bytes]);
    if (!this.#advance()) return undefined;
    if (this.#pending.length > 0) throw new Error(`${this.#pending.length} bytes followed the response with no request for them`);
    return { status: this.#status, headers: this.#headers, body: Buffer.concat(this.#body) };
  }

  /** Reads all it can of what has arrived; true once the response is complete. */
  #advance(): boolean {
    while (this.#step());
    return this.#state === "done";
  }

  /** Advances by one piece of the message; false when it needs more bytes (or is done). */
  #step(): boolean {
    switch (this.#state) {
      case "head": {
        const head = this.#line("\r\n\r\n");
        if (head === undefined) return false;
        this.#readHead(head);
        return true;
      }
      case "length":
      case "chunk data": {
        const taken = Math.min(this.#remaining, this.#pending.length);
        if (taken === 0 && this.#remaining > 0) return false;
        this.#body.push(this.#pending.subarray(0, taken));
        this.#pending = this.#pending.subarray(taken);
        this.#remaining -= taken;
        if (this.#remaining > 0) return false;
        this.#state = this.#state === "length" ? "done" : "chunk end";
        return this.#state !== "done";
      }
      case "chunk size": {
        const line = this.#line("\r\n");
        if (line === undefined) return false;
        const size = line.split(";", 1)[0]!.trim();
        if (!/^[0-9a-fA-F]{1,8}$/.test(size)) throw new Error(`malformed chunk size ${JSON.stringify(line.slice(0, 40))}`);
        this.#remaining = Number.parseInt(size, 16);
        this.#state = this.#remaining === 0 ? "trailers" : "chunk data";
        return true;
      }
      case "chunk end": {
        if (this.#pending.length < 2) return false;
        if (this.#pending[0] !== 0x0d || this.#pending[1] !== 0x0a) throw new Error("a chunk's data is not followed by CRLF");
        this.#pending = this.#pending.subarray(2);
        this.#state = "chunk size";
        return true;
      }
      case "trailers": {
        const line = this.#line("\r\n");
        if (line === undefined) return false;
        if (line === "") this.#state = "done";
        return this.#state !== "done";
      }
      case "done":
        return false;
    }
  }

  /** The text before the next `end` (taken off with it), or undefined while it has not arrived. */
  #line(end: string): string | undefined {
    const at = this.#pending.indexOf(end);
    if (at === -1) {
      if (this.#pending.length > MAX_HEAD_BYTES) throw new Error(`no ${JSON.stringify(end)} within ${MAX_HEAD_BYTES} bytes in the ${this.#state}`);
      return undefined;
    }
    const text = this.#pending.subarray(0, at).toString("latin1");
    this.#pending = this.#pending.subarray(at + end.length);
    return text;
  }

  #readHead(head: string): void {
    const [statusLine, ...fields] = head.split("\r\n");
    const status = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(statusLine!);
    if (status === null) throw new Error(`malformed status line ${JSON.stringify(statusLine!.slice(0, 80))}`);
    this.#status = Number(status[1]);
    if (this.#status < 200) throw new Error(`interim response ${this.#status}: not expected for a GET`);
    for (const field of fields) {
      const colon = field.indexOf(":");
      if (colon <= 0) throw new Error(`malformed header field ${JSON.stringify(field.slice(0, 80))}`);
      const name = field.slice(0, colon).trim().toLowerCase();
      const value = field.slice(colon + 1).trim();
      const before = this.#headers.get(name);
      this.#headers.set(name, before === undefined ? value : `${before}, ${value}`);
    }
    const coding = this.#headers.get("transfer-encoding");
    const length = this.#headers.get("content-length");
    if (BODYLESS.has(this.#status)) this.#state = "done";
    else if (coding !== undefined) {
      if (coding.split(",").at(-1)!.trim().toLowerCase() !== "chunked") throw new Error(`transfer coding ${JSON.stringify(coding)} does not end in chunked: the body is framed by the connection closing`);
      this.#state = "chunk size";
    } else if (length !== undefined) {
      if (!/^\d+$/.test(length)) throw new Error(`malformed Content-Length ${JSON.stringify(length)}`);
      this.#remaining = Number(length);
      this.#state = this.#remaining === 0 ? "done" : "length";
    } else throw new Error("neither Content-Length nor chunked: the body is framed by the connection closing, which a kept-alive connection cannot use");
  }
}
