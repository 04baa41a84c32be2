import type { CompoundArgs } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { Mixin3D } from "./mixin3D.ts";
/**
 * A compound: `Compound.makeCompound(shapes)`, or what selecting several sub-shapes of a shape gives.
 * @example Compound.makeCompound([Solid.makeBox(1, 1, 1), Solid.makeSphere(1, [5, 0, 0])]).Solids().length // 2
 */
export declare class Compound extends Mixin3D {
    /**
     * The shapes held as one compound.
     * @example Compound.makeCompound([Edge.makeLine([0, 0, 0], [1, 0, 0])]).ShapeType() // "Compound"
     */
    static makeCompound(...args: CompoundArgs["makeCompound"]): Compound;
    /**
     * The text's letters, `size` high, extruded `height` along the plane's normal (flat letters when
     * 0), on `position` (None: the XY plane), as a compound. Fonts are the bundled DejaVu families:
     * "DejaVu Sans" (also "Sans" and CadQuery's default "Arial"), "DejaVu Sans Mono" ("Mono"),
     * "DejaVu Serif" ("Serif"); `fontPath` may name a bundled DejaVu file.
     * @example Compound.makeText("cq", 10, 2).Solids().length // 2
     */
    static makeText(...args: CompoundArgs["makeText"]): Compound;
    /**
     * The compound's solids (or, without solids, its other members) fused together and with the others.
     * @example Compound.makeCompound([Solid.makeBox(1, 1, 1), Solid.makeBox(1, 1, 1, [0.5, 0, 0])]).fuse().Volume() // 1.5
     */
    fuse(...args: CompoundArgs["fuse"]): Shape;
}
