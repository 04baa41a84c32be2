import type { WorkplaneImpl } from "../workplane.ts";
import { type Kind } from "./glyphs.ts";
export interface TextOptions {
    /** "cut" (default, as CadQuery), true/"a" to fuse, false to keep apart. */
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
    /** "DejaVu Sans" (default for any unknown name, e.g. "Arial"), "DejaVu Sans Mono" or "DejaVu Serif". */
    font?: string;
    /** Not supported: scripts cannot read files. */
    fontPath?: string;
    kind?: Kind;
    halign?: "center" | "left" | "right";
    valign?: "center" | "top" | "bottom";
}
export declare function text(wp: WorkplaneImpl, txt: string, fontsize: number, distance: number, options?: TextOptions): WorkplaneImpl;
