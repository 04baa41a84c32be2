/**
 * The translator's output: JavaScript text and, for each piece written for a Python node, a
 * source-map segment pointing at that node's line and column in the `.py` source.
 */
import type { DecodedSourceMap } from "@jridgewell/trace-mapping";
export declare class Emitter {
    #private;
    /** Appends `text`; when `at` (1-based Python line and column) is given, the text maps there. */
    write(text: string, at?: {
        line: number;
        column: number;
    }): void;
    get code(): string;
    map(fileName: string): DecodedSourceMap;
}
