/** CadQuery's `Compound`: several shapes held as one. */
import { booleanOperation, makeCompoundOf, prism } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { COMPOUND_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { CompoundArgs, CompoundValues } from "../signatures/generated.ts";
import { Shape } from "./shape.ts";
import { unwrapShape, wrapAs, wrapShape } from "./wrap.ts";
import { Mixin3D } from "./mixin3D.ts";
import { Plane } from "../plane.ts";
import { textFaces } from "../ops/glyphs.ts";

const bind = binderFor<CompoundValues>("Compound", COMPOUND_SIGNATURES, {});

/**
 * A compound: `Compound.makeCompound(shapes)`, or what selecting several sub-shapes of a shape gives.
 * @example Compound.makeCompound([Solid.makeBox(1, 1, 1), Solid.makeSphere(1, [5, 0, 0])]).Solids().length // 2
 */
export class Compound extends Mixin3D {
  /**
   * The shapes held as one compound.
   * @example Compound.makeCompound([Edge.makeLine([0, 0, 0], [1, 0, 0])]).ShapeType() // "Compound"
   */
  static makeCompound(...args: CompoundArgs["makeCompound"]): Compound {
    const { listOfShapes } = bind("makeCompound", args);
    return wrapAs(Compound, makeCompoundOf(listOfShapes.map(unwrapShape)));
  }

  /**
   * The text's letters, `size` high, extruded `height` along the plane's normal (flat letters when
   * 0), on `position` (None: the XY plane), as a compound. Fonts are the bundled DejaVu families:
   * "DejaVu Sans" (also "Sans" and CadQuery's default "Arial"), "DejaVu Sans Mono" ("Mono"),
   * "DejaVu Serif" ("Serif"); `fontPath` may name a bundled DejaVu file.
   * @example Compound.makeText("cq", 10, 2).Solids().length // 2
   */
  static makeText(...args: CompoundArgs["makeText"]): Compound {
    const { text, size, height, font, fontPath, kind, halign, valign, position } = bind("makeText", args);
    if (text.trim() === "") throw new PartforgeError("SCRIPT_EXCEPTION", "Compound.makeText: text must not be empty");
    if (!(size > 0)) throw new PartforgeError("SCRIPT_EXCEPTION", `Compound.makeText: size must be positive; got ${size}`);
    const plane = position ?? Plane.named("XY");
    const faces = textFaces("Compound.makeText", text, size, plane, { font, fontPath, kind, halign, valign });
    const vector = plane.zDir.multiply(height).toTuple();
    const parts = height === 0 ? faces.map(unwrapShape) : faces.map((face) => prism(unwrapShape(face), vector));
    return wrapAs(Compound, makeCompoundOf(parts));
  }

  /**
   * The compound's solids (or, without solids, its other members) fused together and with the others.
   * @example Compound.makeCompound([Solid.makeBox(1, 1, 1), Solid.makeBox(1, 1, 1, [0.5, 0, 0])]).fuse().Volume() // 1.5
   */
  override fuse(...args: CompoundArgs["fuse"]): Shape {
    const { toFuse } = bind("fuse", args);
    const members = this.Solids().length > 0 ? this.Solids() : this.Faces().length > 0 ? this.Faces() : this.Edges();
    const all = [...members, ...toFuse];
    if (all.length <= 1) return all[0] ?? this;
    return wrapShape(booleanOperation("fuse", [unwrapShape(all[0]!)], all.slice(1).map(unwrapShape), { clean: false }));
  }
}
