/**
 * A batch's ZIP: one file per configuration that built, named by `batchFileNames`, and
 * `manifest.json` with every configuration's outcome in order (ok with its file, or failed with
 * the problem `/build` would have answered). Written in chunks that yield to the event loop, so
 * packing a large batch does not stall other requests.
 */
import { strFromU8, unzipSync, Zip, ZipDeflate } from "fflate";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { CacheState, OutputType } from "../../build/index.ts";
import type { ParamValue, RequestValue } from "../../modelscript/index.ts";
import type { ChargedFile } from "../charge.ts";
import type { Problem } from "../problem.ts";

export const MANIFEST_NAME = "manifest.json";
export const ZIP_MEDIA_TYPE = "application/zip";

/** One configuration's outcome, as `manifest.json` lists it. */
export type BatchManifestEntry = {
  /** Its position in the request's `configurations`, from 0. */
  index: number;
  preset?: string;
  /** The values as sent. */
  params: Record<string, RequestValue>;
} & (
  | {
      status: "ok";
      /** Its name in the ZIP. */
      file: string;
      bytes: number;
      /** The build's wall time (0 for a cache hit). */
      buildMs: number;
      cache: CacheState;
      /** The file's content key: the ETag `/build` sends for the same request. */
      contentKey: string;
      /** Every parameter's value as the build used it. */
      values: Record<string, ParamValue>;
    }
  | { status: "failed"; error: Problem }
);

export interface BatchManifest {
  model: string;
  type: OutputType;
  configurations: number;
  built: number;
  failed: number;
  entries: BatchManifestEntry[];
}

/** Bytes deflated between two yields to the event loop. */
const CHUNK_BYTES = 256 * 1024;

/**
 * ZIP entry time: the moment the batch was packed. fflate reads a Date's local fields, so the
 * entries show that moment in the packing host's zone, as any ZIP tool writes them.
 */
async function addFile(zip: Zip, name: string, bytes: Uint8Array, mtime: Date): Promise<void> {
  const file = new ZipDeflate(name, { level: 6 });
  file.mtime = mtime;
  zip.add(file);
  if (bytes.length === 0) file.push(bytes, true);
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    file.push(bytes.subarray(offset, offset + CHUNK_BYTES), offset + CHUNK_BYTES >= bytes.length);
    await nextTurn();
  }
}

/**
 * The ZIP of `files` (by name, in order) and the manifest.
 * @param signal stops packing (a cancelled job); the promise then rejects with its reason
 */
export async function packBatch(manifest: BatchManifest, files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, signal?: AbortSignal): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else chunks.push(chunk);
  });
  const mtime = new Date();
  for (const file of files) {
    signal?.throwIfAborted();
    await addFile(zip, file.name, file.bytes, mtime);
  }
  await addFile(zip, MANIFEST_NAME, new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), mtime);
  zip.end();
  if (failure !== null) throw failure;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The manifest of a batch's ZIP (only it is inflated). */
export function readBatchManifest(zipBytes: Uint8Array): BatchManifest {
  const entry = unzipSync(zipBytes, { filter: (file) => file.name === MANIFEST_NAME })[MANIFEST_NAME];
  if (entry === undefined) throw new Error(`the batch's ZIP has no ${MANIFEST_NAME}`);
  return JSON.parse(strFromU8(entry)) as BatchManifest;
}

/** What downloading a batch's ZIP charges: one download per file in it. */
export function chargedFilesOf(manifest: BatchManifest): ChargedFile[] {
  return manifest.entries.flatMap((entry) => (entry.status === "ok" ? [{ bytes: entry.bytes, buildMs: entry.buildMs, cache: entry.cache }] : []));
}
