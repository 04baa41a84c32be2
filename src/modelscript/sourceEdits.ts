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
  let result = "";
  let from = 0;
  for (const insertion of ordered) {
    if (/[\n\r\u2028\u2029]/.test(insertion.text)) throw new Error("an insertion must not hold a line break");
    if (insertion.offset < from || insertion.offset > code.length) throw new Error(`insertion at offset ${insertion.offset} is outside the code`);
    result += code.slice(from, insertion.offset) + insertion.text;
    from = insertion.offset;
    const line = lineOf(lineStarts, insertion.offset);
    const shifts = shiftsByLine.get(line) ?? [];
    shifts.push({ column: insertion.offset - lineStarts[line]!, length: insertion.text.length });
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
