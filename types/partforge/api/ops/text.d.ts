import type { WorkplaneImpl } from "../workplane.ts";
import { type Kind } from "./glyphs.ts";
export interface TextOptions {
    /** "cut" (default, as CadQuery), true/"a" to fuse, false to keep apart. */
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
    /** "DejaVu Sans" (also "Sans", "sans-serif", "Arial": the default), "DejaVu Serif" ("Serif") or "DejaVu Sans Mono" ("Mono"). */
    font?: string;
    /** A bundled DejaVu font file by name (a directory before it is ignored), e.g. "DejaVuSerif-Bold.ttf"; scripts cannot read other files. */
    fontPath?: string;
    kind?: Kind;
    halign?: "center" | "left" | "right";
    valign?: "center" | "top" | "bottom";
}
export declare function text(wp: WorkplaneImpl, txt: string, fontsize: number, distance: number, options?: TextOptions): WorkplaneImpl;
