/**
 * Compressed copies of the web app's assets (brotli or gzip, as the browser accepts): the bundle
 * is mostly JavaScript and CSS that shrink to a fifth or less. Each copy is made once, on first request, off the
 * event loop (zlib's thread pool), and kept beside the asset; it has its own strong ETag, since
 * it is another representation (RFC 9110 §8.8.3).
 */
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

export type ContentEncoding = "br" | "gzip";

/** An asset as served: its bytes and the headers that go with them. */
export interface EncodedBody {
  body: Buffer;
  etag: string;
  /** Absent for the identity encoding. */
  encoding?: ContentEncoding;
}

/** Below this size compressing saves less than the header costs. */
const MIN_COMPRESSED_BYTES = 1024;
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|wasm|xml)|image\/svg\+xml)/;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The encoding to send for an `Accept-Encoding` header: brotli before gzip among those it accepts
 * with a q-value above 0 (`*` stands for any not named), or none.
 */
export function preferredEncoding(header: string | string[] | undefined): ContentEncoding | undefined {
  if (header === undefined) return undefined;
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(",") : header).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (name === undefined || name === "") continue;
    // A q-value that is not a number from 0 to 1 makes the entry count for nothing.
    const q = params.map((param) => /^\s*q\s*=(.*)$/.exec(param)?.[1]?.trim()).find((value) => value !== undefined);
    const weight = q === undefined ? 1 : /^[01](?:\.\d{0,3})?$/.test(q) ? Number(q) : 0;
    weights.set(name.trim(), weight <= 1 ? weight : 0);
  }
  const weightOf = (name: ContentEncoding) => weights.get(name) ?? weights.get("*") ?? 0;
  const best = (["br", "gzip"] as const).filter((name) => weightOf(name) > 0).sort((a, b) => weightOf(b) - weightOf(a))[0];
  return best;
}

/** Keeps the compressed copies of assets (each made once, on its first request). */
export class AssetEncoder {
  readonly #copies = new WeakMap<Buffer, Map<ContentEncoding, Promise<Buffer | undefined>>>();

  /** The representation of `asset` to send for `acceptEncoding`: compressed when accepted, worth it and smaller. */
  async encode(asset: { body: Buffer; etag: string; contentType: string }, acceptEncoding: string | string[] | undefined): Promise<EncodedBody> {
    const identity = { body: asset.body, etag: asset.etag };
    const encoding = preferredEncoding(acceptEncoding);
    if (encoding === undefined || asset.body.length < MIN_COMPRESSED_BYTES || !COMPRESSIBLE.test(asset.contentType)) return identity;
    let copies = this.#copies.get(asset.body);
    if (copies === undefined) this.#copies.set(asset.body, (copies = new Map()));
    let copy = copies.get(encoding);
    if (copy === undefined) {
      copy = compress(asset.body, encoding).catch(() => undefined);
      copies.set(encoding, copy);
    }
    const body = await copy;
    if (body === undefined || body.length >= asset.body.length) return identity;
    return { body, etag: `${asset.etag.slice(0, -1)}-${encoding}"`, encoding };
  }
}

function compress(body: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  if (encoding === "gzip") return gzipped(body, { level: 9 });
  // Quality 5: the editor's 4.6 MB TypeScript worker takes 0.37 s and 1.05 MB (quality 11: 13 s and 0.91 MB, which its first visitor would wait for).
  return brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } });
}
