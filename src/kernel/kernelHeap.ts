/**
 * Bytes the kernel's allocator has handed out and not had back: the figure that shows kernel
 * memory a build leaves behind (the WebAssembly memory size only grows, and in steps of tens of
 * MiB). The module exports no allocator statistics (no mallinfo), so this reads mimalloc's own
 * bookkeeping from the kernel's memory: the main heap's page queues, and for each page its count
 * of blocks in use and its block size (mimalloc 2.1 on wasm32, as replicad-opencascadejs 1.1
 * links it). `kernelHeapInUse()` is undefined when that layout is not found, never a guess.
 * For measurements and tests, not for the service.
 */
import { kernel } from "./load.ts";

/** The block sizes of the first page queues, in bytes (one word, one word, two, three…). */
const QUEUE_SIZES = [4, 4, 8, 12, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80];
/** Queues 0…72 by size class, 73 huge pages, 74 full pages. */
const QUEUE_COUNT = 75;
const QUEUE_WORDS = 3; // first page, last page, block size
// Words of a page (mi_page_t): used (u16, low half) at 6, block size at 7, heap at 10, next at 11.
const PAGE_USED = 6;
const PAGE_BLOCK_SIZE = 7;
const PAGE_HEAP = 10;
const PAGE_NEXT = 11;
/** Where static data ends at the latest: the main heap lies below (it is a static). */
const STATIC_LIMIT = 16 * 1024 * 1024;

let queues: number | undefined | null;

function memoryWords(): Uint32Array {
  return new Uint32Array((kernel() as unknown as { wasmMemory: WebAssembly.Memory }).wasmMemory.buffer);
}

/** The word index of the main heap's page queues: the queue table whose pages point back to a heap just below it. */
function findQueues(words: Uint32Array): number | undefined {
  const limit = Math.min(words.length, STATIC_LIMIT / 4) - QUEUE_COUNT * QUEUE_WORDS;
  for (let at = 0; at < limit; at++) {
    if (!QUEUE_SIZES.every((size, bin) => words[at + bin * QUEUE_WORDS + 2] === size)) continue;
    for (let bin = 0; bin < QUEUE_COUNT; bin++) {
      const page = words[at + bin * QUEUE_WORDS]!;
      if (page === 0 || page % 4 !== 0 || page / 4 + PAGE_NEXT >= words.length) continue;
      const heap = words[page / 4 + PAGE_HEAP]!;
      if (heap < at * 4 && at * 4 - heap < 4096) return at;
    }
  }
  return undefined;
}

/** Bytes in blocks the kernel's allocator has handed out and not had back; undefined if its layout is not recognised. */
export function kernelHeapInUse(): number | undefined {
  const words = memoryWords();
  if (queues === undefined) queues = findQueues(words) ?? null;
  if (queues === null) return undefined;
  let bytes = 0;
  for (let bin = 0; bin < QUEUE_COUNT; bin++) {
    let pages = 0;
    for (let page = words[queues + bin * QUEUE_WORDS]!; page !== 0; page = words[page / 4 + PAGE_NEXT]!) {
      if (++pages > 1_000_000) return undefined; // not a list: the layout is not what it seemed
      bytes += (words[page / 4 + PAGE_USED]! & 0xffff) * words[page / 4 + PAGE_BLOCK_SIZE]!;
    }
  }
  return bytes;
}
