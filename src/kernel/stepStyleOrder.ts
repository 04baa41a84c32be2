import { Buffer } from "node:buffer";
import { movesTo, type EntityMove } from "./entityMoves.ts";
import { compareNumberLists } from "./numberListOrder.ts";
import { layOutEntity, readEntity, type EntityText } from "./stepEntityText.ts";

/**
 * The colours of a STEP file in the order of its parts. OCCT's document writer gives each
 * coloured top-level shape a presentation (MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION
 * with its STYLED_ITEMs, styles and colours), keeps them in a map keyed by the shape, and adds them
 * to the STEP model last, in that map's iteration order. The map hashes a shape by the addresses
 * of its TShape and location, so with two or more coloured parts the order of the presentations,
 * and with it the numbering of the file's last entities, depended on the heap's history: the same
 * request built twice in one process could give different bytes.
 *
 * `styleOrder` reads the file the writer wrote and puts the presentations in the order of what
 * they colour (the entities they style, which the writer numbered in part order). Only the file's
 * last entities, from the first presentation on, change: they are numbered again and written as
 * OCCT's writer writes them (`stepEntityText.ts`: its line breaks depend on the numbers), so the
 * file is the one OCCT writes for its model with those entities moved. Where that text cannot be
 * written here, it says how to move the model's entities for OCCT to write the model again.
 *
 * The bindings offer no cheaper way: the document writer's `Transfer` without `Write` is bound
 * only with its multi-file prefix as a string (never null), which writes no colours, and the
 * session's lists of an entity's references (`Shareds`) come back as a type without bindings.
 */

/** What putting a STEP file's colours in the order of its parts takes. */
export type StyleOrder =
  /** Nothing: fewer than two presentations, or in that order already. */
  | { kind: "inOrder" }
  /** The last entities are not laid out as the writer lays out presentations: the file is left as it is. */
  | { kind: "unrecognised" }
  /** The file with its presentations in order. */
  | { kind: "renumbered"; bytes: Uint8Array }
  /** The moves of the model's entities after which OCCT writes the file in order (its presentations have text not written here). */
  | { kind: "moves"; moves: EntityMove[] };

const PRESENTATION = "MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION";
const PRESENTATION_CALL = `= ${PRESENTATION}(`;
const NEWLINE = 0x0a;
const HASH = 0x23;
/** A presentation's first line (entities start at a line's start: `#12 = TYPE(`). */
const PRESENTATION_LINE = new RegExp(`^#(\\d+) ${PRESENTATION_CALL.replace("(", "\\(")}`);
/**
 * The entities a presentation of surface colours is made of, whose OCCT writers (RWStepVisual_RW…)
 * write only strings, references, numbers, enumerations and lists: `layOutEntity` writes them as
 * OCCT does. A presentation with anything else is written again by OCCT.
 */
const LAID_OUT_TYPES = new Set([
  PRESENTATION,
  "STYLED_ITEM",
  "PRESENTATION_STYLE_ASSIGNMENT",
  "SURFACE_STYLE_USAGE",
  "SURFACE_SIDE_STYLE",
  "SURFACE_STYLE_FILL_AREA",
  "FILL_AREA_STYLE",
  "FILL_AREA_STYLE_COLOUR",
  "COLOUR_RGB",
  "DRAUGHTING_PRE_DEFINED_COLOUR",
]);

/** The file's last entities, from its first presentation to the end of its DATA section. */
interface Tail {
  /** The file decoded one character per byte, from the line of the first presentation on. */
  text: string;
  /** Where `text` starts in the file. */
  offset: number;
  /** The number of the first presentation, the first of the tail. */
  first: number;
  entities: EntityText[];
  /** Where the DATA section's `ENDSEC;` starts in `text`. */
  end: number;
}

/**
 * How to put the presentations of the STEP file `bytes` (written by OCCT's document writer) in
 * canonical order: sorted by the entities outside the presentations they reference (what they
 * style, in order), each presentation followed by its entities not already placed, depth first
 * (the order in which OCCT adds an entity with its references). Reads only the file's last
 * entities, and the rest of the file once to check that nothing there refers to them. With
 * `renumber: false` it gives the moves even where it could renumber the file (a reference for tests).
 * @example styleOrder(bytes) // { kind: "renumbered", bytes: … } for an assembly whose colours came out of order
 */
export function styleOrder(bytes: Uint8Array, options: { renumber?: boolean } = {}): StyleOrder {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = file.indexOf(PRESENTATION_CALL, 0, "latin1");
  if (found < 0 || file.indexOf(PRESENTATION_CALL, found + 1, "latin1") < 0) return { kind: "inOrder" };
  const tail = readTail(file, file.lastIndexOf(NEWLINE, found) + 1);
  if (tail === undefined) return { kind: "unrecognised" };
  const wanted = canonicalOrder(tail);
  if (wanted === undefined) return { kind: "unrecognised" };
  if (wanted.every((id, index) => id === tail.first + index)) return { kind: "inOrder" };
  const renumbered = options.renumber === false ? undefined : renumber(file, tail, wanted);
  return renumbered === undefined ? { kind: "moves", moves: movesTo(wanted, tail.first) } : { kind: "renumbered", bytes: renumbered };
}

/** The tail starting at `lineStart`, or undefined when its entities are not numbered one after another up to the section's end. */
function readTail(file: Buffer, lineStart: number): Tail | undefined {
  const text = file.toString("latin1", lineStart);
  const first = PRESENTATION_LINE.exec(text);
  if (first === null) return undefined;
  const entities: EntityText[] = [];
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text.startsWith("ENDSEC;", at)) return { text, offset: lineStart, first: Number(first[1]), entities, end: at };
    const entity = readEntity(text, at);
    if (entity === undefined || entity.id !== Number(first[1]) + entities.length) return undefined;
    entities.push(entity);
    at = entity.end;
  }
}

/** The tail's entities in canonical order (their numbers now), or undefined when they are not laid out as the writer lays out presentations. */
function canonicalOrder(tail: Tail): number[] | undefined {
  const { first, entities } = tail;
  const last = first + entities.length - 1;
  const roots: number[] = [];
  for (const entity of entities) {
    if (entity.refs.some((ref) => ref > last)) return undefined;
    if (entity.type === PRESENTATION) roots.push(entity.id);
  }
  const refs = (id: number) => entities[id - first]!.refs;
  const inTail = (id: number) => id >= first;
  /** Depth first from each root in turn, skipping what is placed already, as OCCT's AddWithRefs numbers them. */
  const placed = (order: readonly number[]): number[] => {
    const seen = new Set<number>();
    const out: number[] = [];
    const visit = (id: number): void => {
      if (!inTail(id) || seen.has(id)) return;
      seen.add(id);
      out.push(id);
      for (const ref of refs(id)) visit(ref);
    };
    for (const root of order) visit(root);
    return out;
  };
  // The writer's own layout, or the tail holds something else: leave the file alone.
  const asWritten = placed(roots);
  if (asWritten.length !== entities.length || asWritten.some((id, index) => id !== first + index)) return undefined;
  const keys = new Map(roots.map((root) => [root, outsideRefs(root, refs, inTail)]));
  const sorted = [...roots].sort((a, b) => compareNumberLists(keys.get(a)!, keys.get(b)!) || a - b);
  return placed(sorted);
}

/** The entities outside the tail that `root`'s entities reference, depth first (its whole subtree, shared entities included). */
function outsideRefs(root: number, refs: (id: number) => readonly number[], inTail: (id: number) => boolean): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const visit = (id: number): void => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const ref of refs(id)) {
      if (inTail(ref)) visit(ref);
      else out.push(ref);
    }
  };
  visit(root);
  return out;
}

/**
 * The file with the tail's entities in the order `wanted`, numbered again and written as OCCT's
 * writer writes them; undefined when that text cannot be written here: an entity of another type,
 * text `layOutEntity` does not write back exactly as it reads, or a reference to the tail from
 * before it (whose text would change too).
 */
function renumber(file: Buffer, tail: Tail, wanted: readonly number[]): Uint8Array | undefined {
  const { text, first, entities } = tail;
  const same = (id: number) => id;
  for (const [index, entity] of entities.entries()) {
    if (!LAID_OUT_TYPES.has(entity.type) || entity.pieces === undefined) return undefined;
    if (entity.start !== (index === 0 ? 0 : entities[index - 1]!.end)) return undefined;
    if (layOutEntity(entity.id, entity.pieces, same) !== text.slice(entity.start, entity.end)) return undefined;
  }
  if (entities.at(-1)!.end !== tail.end || refersToOrAfter(file, tail.offset, first)) return undefined;
  const numbers = new Int32Array(entities.length);
  wanted.forEach((id, index) => (numbers[id - first] = first + index));
  const renumbered = (id: number) => (id >= first ? numbers[id - first]! : id);
  let laidOut = "";
  for (const id of wanted) {
    const entity = entities[id - first]!;
    const entityText = layOutEntity(renumbered(id), entity.pieces!, renumbered);
    if (entityText === undefined) return undefined;
    laidOut += entityText;
  }
  const tailStart = tail.offset;
  const tailEnd = tail.offset + tail.end;
  const out = new Uint8Array(tailStart + laidOut.length + (file.length - tailEnd));
  out.set(file.subarray(0, tailStart), 0);
  out.set(Buffer.from(laidOut, "latin1"), tailStart);
  out.set(file.subarray(tailEnd), tailStart + laidOut.length);
  return out;
}

/** Whether the file's first `end` bytes hold a reference (`#` and digits) to entity `from` or later. */
function refersToOrAfter(file: Buffer, end: number, from: number): boolean {
  for (let at = file.indexOf(HASH); at >= 0 && at < end; at = file.indexOf(HASH, at + 1)) {
    let id = 0;
    for (let digit = at + 1; digit < end && file[digit]! >= 0x30 && file[digit]! <= 0x39; digit++) id = id * 10 + file[digit]! - 0x30;
    if (id >= from) return true;
  }
  return false;
}
