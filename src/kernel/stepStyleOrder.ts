import { Buffer } from "node:buffer";

/**
 * The colours of a STEP file in the order of its parts. OCCT's document writer gives each
 * coloured top-level shape a presentation (MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION
 * with its STYLED_ITEMs, styles and colours), keeps them in a map keyed by the shape, and adds them
 * to the STEP model last, in that map's iteration order. The map hashes a shape by the addresses
 * of its TShape and location, so with two or more coloured parts the order of the presentations,
 * and with it the numbering of the file's last entities, depended on the heap's history: the same
 * request built twice in one process could give different bytes.
 *
 * `styleOrderMoves` reads the file the writer wrote and says how to reorder the model so that the
 * presentations come in the order of what they colour (the entities they style, which the writer
 * numbered in part order); the caller moves the entities and writes the model again, so the file
 * is OCCT's own text (its line wrapping depends on the numbers) for that order.
 */

/** Moves entity `from` (1-based) and the `count - 1` after it to `to` (< `from`), as `Interface_InterfaceModel::ChangeOrder` does. */
export interface EntityMove {
  from: number;
  to: number;
  count: number;
}

const PRESENTATION = "MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION";
const PRESENTATION_CALL = `= ${PRESENTATION}(`;
const NEWLINE = 0x0a;
/** A presentation's first line (entities start at a line's start: `#12 = TYPE(`). */
const PRESENTATION_LINE = new RegExp(`^#(\\d+) ${PRESENTATION_CALL.replace("(", "\\(")}`);

interface Entity {
  type: string;
  /** The entities it references, in the order they appear. */
  refs: number[];
}

/**
 * The moves that put the presentations of the STEP file `bytes` (written by OCCT's document writer)
 * in canonical order: sorted by the entities outside the presentations they reference (what they
 * style, in order), each presentation followed by its entities not already placed, depth first
 * (the order in which OCCT adds an entity with its references). Empty when the file has fewer than
 * two presentations or they are in that order already; undefined when its last entities are not
 * laid out as the writer lays presentations out (then the file is left as it is). Only the file's
 * last entities, from the first presentation on, are decoded.
 */
export function styleOrderMoves(bytes: Uint8Array): EntityMove[] | undefined {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = file.indexOf(PRESENTATION_CALL, 0, "latin1");
  if (found < 0 || file.indexOf(PRESENTATION_CALL, found + 1, "latin1") < 0) return [];
  const lineStart = file.lastIndexOf(NEWLINE, found) + 1;
  const text = file.toString("latin1", lineStart);
  const first = PRESENTATION_LINE.exec(text);
  if (first === null) return undefined;
  const tailStart = Number(first[1]);
  const entities = parseEntities(text, 0);
  if (entities === undefined) return undefined;
  const tailEnd = tailStart + entities.length - 1;
  const roots: number[] = [];
  for (let id = tailStart; id <= tailEnd; id++) {
    const entity = entities[id - tailStart]!;
    if (entity.refs.some((ref) => ref > tailEnd)) return undefined;
    if (entity.type === PRESENTATION) roots.push(id);
  }
  const entity = (id: number) => entities[id - tailStart]!;
  const inTail = (id: number) => id >= tailStart;
  /** Depth first from each root in turn, skipping what is placed already, as OCCT's AddWithRefs numbers them. */
  const placed = (order: readonly number[]): number[] => {
    const seen = new Set<number>();
    const out: number[] = [];
    const visit = (id: number): void => {
      if (!inTail(id) || seen.has(id)) return;
      seen.add(id);
      out.push(id);
      for (const ref of entity(id).refs) visit(ref);
    };
    for (const root of order) visit(root);
    return out;
  };
  // The writer's own layout, or the tail holds something else: leave the file alone.
  const asWritten = placed(roots);
  if (asWritten.length !== entities.length || asWritten.some((id, index) => id !== tailStart + index)) return undefined;
  const keys = new Map(roots.map((root) => [root, outsideRefs(root, entity, inTail)]));
  const sorted = [...roots].sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!) || a - b);
  return movesTo(placed(sorted), tailStart);
}

/** The entities outside the tail that `root`'s entities reference, depth first (its whole subtree, shared entities included). */
function outsideRefs(root: number, entity: (id: number) => Entity, inTail: (id: number) => boolean): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const visit = (id: number): void => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const ref of entity(id).refs) {
      if (inTail(ref)) visit(ref);
      else out.push(ref);
    }
  };
  visit(root);
  return out;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

/** Moves that turn the numbering `tailStart, tailStart + 1, …` into `wanted` (the old numbers in their new order), runs moved whole. */
function movesTo(wanted: readonly number[], tailStart: number): EntityMove[] {
  const current = wanted.map((_, index) => tailStart + index);
  const moves: EntityMove[] = [];
  for (let index = 0; index < wanted.length; index++) {
    const at = current.indexOf(wanted[index]!, index);
    if (at === index) continue;
    let count = 1;
    while (index + count < wanted.length && at + count < current.length && current[at + count] === wanted[index + count] && count < at - index) count++;
    moves.push({ from: tailStart + at, to: tailStart + index, count });
    current.splice(index, 0, ...current.splice(at, count));
  }
  return moves;
}

/**
 * The entities from `start` (the start of an entity line) to the end of the DATA section, each
 * numbered one more than the one before; undefined when they are not.
 */
function parseEntities(text: string, start: number): Entity[] | undefined {
  const entities: Entity[] = [];
  let at = start;
  let expected: number | undefined;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text.startsWith("ENDSEC;", at)) return entities;
    const head = /^#(\d+)\s*=\s*/.exec(text.slice(at, at + 32));
    if (head === null) return undefined;
    const id = Number(head[1]);
    if (expected !== undefined && id !== expected) return undefined;
    expected = id + 1;
    at += head[0].length;
    const type = /^[A-Z_0-9]*/.exec(text.slice(at, at + 128))![0];
    const refs: number[] = [];
    let quoted = false;
    for (;; at++) {
      if (at >= text.length) return undefined;
      const char = text[at]!;
      if (char === "'") quoted = !quoted; // '' inside a string toggles twice
      else if (quoted) continue;
      else if (char === ";") break;
      else if (char === "#") {
        const ref = /^#(\d+)/.exec(text.slice(at, at + 24));
        if (ref === null) return undefined;
        refs.push(Number(ref[1]));
        at += ref[0].length - 1;
      }
    }
    at++;
    entities.push({ type, refs });
  }
}
