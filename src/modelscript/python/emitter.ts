/**
 * The translator's output: JavaScript text and, for each piece written for a Python node, a
 * source-map segment pointing at that node's line and column in the `.py` source.
 */
import type { DecodedSourceMap, SourceMapSegment } from "@jridgewell/trace-mapping";

export class Emitter {
  #chunks: string[] = [];
  #lines: SourceMapSegment[][] = [[]];
  #column = 0;

  /** Appends `text`; when `at` (1-based Python line and column) is given, the text maps there. */
  write(text: string, at?: { line: number; column: number }): void {
    if (at !== undefined) this.#lines[this.#lines.length - 1]!.push([this.#column, 0, at.line - 1, at.column - 1]);
    this.#chunks.push(text);
    let from = 0;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", from)) {
      this.#lines.push([]);
      this.#column = 0;
      from = i + 1;
    }
    this.#column += text.length - from;
  }

  get code(): string {
    return this.#chunks.join("");
  }

  map(fileName: string): DecodedSourceMap {
    return { version: 3, file: "translated.js", names: [], sources: [fileName], sourcesContent: [null], mappings: this.#lines };
  }
}
