/**
 * Text inserted into generated code without breaking its source map: insertions hold no line
 * breaks, so lines stay, and every mapping on a line moves right by what was inserted before it.
 */
import type { SourceMapSegment } from "@jridgewell/trace-mapping";

/** Text to insert before the character at `offset` of the code. */
export interface Insertion {
  offset: number;
  text: string;
  /**
   * Whether the text closes a construct (`} catch … }`) rather than opening one. At one offset,
   * closing text goes first, innermost first; opening text follows, outermost first.
   */
  closes: boolean;
  /** How deep in the syntax tree the construct is. */
  depth: number;
  /**
   * Maps the inserted text from its `at`-th character on like the original code at `offset`
   * (V8 reports `return x` at the `return`, so an inserted `return` must map to `x`).
   */
  mapsLike?: { at: number; offset: number };
}

export interface EditedCode {
  code: string;
  /** `mappings` (decoded, 0-based columns of the original code) moved to the edited code. */
  mappings: SourceMapSegment[][];
  /** Maps an offset of the original code to the edited code (text inserted at it comes before). */
  movedOffset(offset: number): number;
}

/**
 * Applies `insertions` to `code` and moves the decoded source map `mappings` with them.
 * @throws Error when an insertion holds a line break or lies outside the code.
 */
export function applyInsertions(code: string, insertions: readonly Insertion[], mappings: readonly (readonly SourceMapSegment[])[]): EditedCode {
  const ordered = [...insertions].sort(compareInsertions);
  const lineStarts = lineStartsOf(code);
  const shiftsByLine = new Map<number, Array<{ column: number; length: number }>>();
  const added: Array<{ line: number; segment: SourceMapSegment }> = [];
  let result = "";
  let from = 0;
  for (const insertion of ordered) {
    if (/[\n\r\u2028\u2029]/.test(insertion.text)) throw new Error("an insertion must not hold a line break");
    if (insertion.offset < from || insertion.offset > code.length) throw new Error(`insertion at offset ${insertion.offset} is outside the code`);
    result += code.slice(from, insertion.offset) + insertion.text;
    from = insertion.offset;
    const line = lineOf(lineStarts, insertion.offset);
    const shifts = shiftsByLine.get(line) ?? [];
    const column = insertion.offset - lineStarts[line]!;
    if (insertion.mapsLike !== undefined) {
      const shiftedColumn = column + shifts.reduce((total, shift) => total + shift.length, 0);
      const like = originalSegment(mappings, lineStarts, insertion.mapsLike.offset);
      if (like !== undefined) added.push({ line, segment: [shiftedColumn + insertion.mapsLike.at, ...like.slice(1)] as SourceMapSegment });
    }
    shifts.push({ column, length: insertion.text.length });
    shiftsByLine.set(line, shifts);
  }
  result += code.slice(from);
  const moved = mappings.map((segments, line) => {
    const shifts = shiftsByLine.get(line);
    if (shifts === undefined) return segments.map((segment) => [...segment] as SourceMapSegment);
    return segments.map((segment) => {
      const shift = shifts.reduce((total, { column, length }) => (column <= segment[0] ? total + length : total), 0);
      return [segment[0] + shift, ...segment.slice(1)] as SourceMapSegment;
    });
  });
  for (const { line, segment } of added) {
    const segments = moved[line];
    if (segments === undefined) continue;
    const at = segments.findIndex((existing) => existing[0] >= segment[0]);
    if (at >= 0 && segments[at]![0] === segment[0]) segments[at] = segment;
    else segments.splice(at < 0 ? segments.length : at, 0, segment);
  }
  const offsets = ordered.map((insertion) => insertion.offset);
  const lengths = ordered.map((insertion) => insertion.text.length);
  return {
    code: result,
    mappings: moved,
    movedOffset(offset) {
      let shift = 0;
      for (let i = 0; i < offsets.length && offsets[i]! <= offset; i++) shift += lengths[i]!;
      return offset + shift;
    },
  };
}

/** The segment of `mappings` that covers `offset` of the original code (the last one at or before it on its line). */
function originalSegment(mappings: readonly (readonly SourceMapSegment[])[], lineStarts: readonly number[], offset: number): SourceMapSegment | undefined {
  const line = lineOf(lineStarts, offset);
  const column = offset - lineStarts[line]!;
  let found: SourceMapSegment | undefined;
  for (const segment of mappings[line] ?? []) {
    if (segment[0] > column) break;
    found = segment;
  }
  return found !== undefined && found.length > 1 ? found : undefined;
}

function compareInsertions(a: Insertion, b: Insertion): number {
  if (a.offset !== b.offset) return a.offset - b.offset;
  if (a.closes !== b.closes) return a.closes ? -1 : 1;
  return a.closes ? b.depth - a.depth : a.depth - b.depth;
}

/** The offset at which each (0-based) line starts. */
function lineStartsOf(code: string): number[] {
  const starts = [0];
  const breaks = /\r\n|[\n\r\u2028\u2029]/g;
  for (let match = breaks.exec(code); match !== null; match = breaks.exec(code)) starts.push(match.index + match[0].length);
  return starts;
}

/** The 0-based line holding `offset`. */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
