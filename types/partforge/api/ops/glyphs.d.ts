import type { Plane } from "../plane.ts";
import type { Shape } from "../shapes/shape.ts";
export type Kind = "regular" | "bold" | "italic";
/** The bundled families; any other name (CadQuery's default "Arial" too) uses DejaVu Sans. */
export declare const FAMILIES: Readonly<Record<string, Record<Kind, string>>>;
export interface GlyphOptions {
    font: string;
    kind: Kind;
    halign: "center" | "left" | "right";
    valign: "center" | "top" | "bottom";
}
/** The faces of `txt` at `fontsize` on `plane`, aligned by `halign`/`valign` about the plane's origin. */
export declare function textFaces(method: string, txt: string, fontsize: number, plane: Plane, options: GlyphOptions): Shape[];
