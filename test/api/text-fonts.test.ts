/**
 * text's fonts: the bundled DejaVu families by name (CadQuery's default "Arial" included), kinds
 * regular/bold/italic, fontPath naming a bundled file; other names and files are clear errors.
 * The letter "I" is a bar in each face, so a face shows in the bar's width and slant.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane, isShape, type Shape } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertPartforgeError } from "../helpers/geometry.ts";

const letterI = (options: Record<string, unknown> = {}): Shape => {
  const item = Workplane().text("I", 10, 1, { combine: false, ...options }).val();
  assert.ok(isShape(item));
  return item;
};

describe("text fonts", () => {
  before(async () => {
    await loadKernel();
  });

  it("takes the bundled families by full name, short name, CSS generic name, any case, and Arial as DejaVu Sans", () =>
    withScope(() => {
      const sans = letterI().Volume();
      assertClose(letterI({ font: "Sans" }).Volume(), sans, 1e-12);
      assertClose(letterI({ font: "dejavu sans" }).Volume(), sans, 1e-12);
      assertClose(letterI({ font: "sans-serif" }).Volume(), sans, 1e-12);
      const serif = letterI({ font: "Serif" }).Volume();
      const mono = letterI({ font: "Mono" }).Volume();
      assertClose(letterI({ font: "DejaVu Serif" }).Volume(), serif, 1e-12);
      assertClose(letterI({ font: "monospace" }).Volume(), mono, 1e-12);
      // Three different glyphs: Serif's I has serifs, Mono's is wider.
      assert.ok(Math.abs(serif - sans) > 0.5 && Math.abs(mono - sans) > 0.5 && Math.abs(mono - serif) > 0.5, `${sans} ${serif} ${mono}`);
    }));

  it("uses the bold and italic faces for kind", () =>
    withScope(() => {
      const regular = letterI({ font: "Sans" });
      const bold = letterI({ font: "Sans", kind: "bold" });
      const italic = letterI({ font: "Sans", kind: "italic" });
      assert.ok(bold.BoundingBox().xlen > regular.BoundingBox().xlen * 1.2, "bold is wider");
      // The oblique bar leans: its bounding box is wider than the upright bar, its volume about the same.
      assert.ok(italic.BoundingBox().xlen > regular.BoundingBox().xlen * 1.5, "italic leans");
      assertClose(italic.Volume(), regular.Volume(), 0.05);
    }));

  it("reads a bundled file named by fontPath, with or without a directory, whatever kind asks", () =>
    withScope(() => {
      const bold = letterI({ font: "Sans", kind: "bold" }).Volume();
      assertClose(letterI({ fontPath: "DejaVuSans-Bold.ttf" }).Volume(), bold, 1e-12);
      assertClose(letterI({ fontPath: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", kind: "italic" }).Volume(), bold, 1e-12);
      assert.ok(letterI({ fontPath: "DejaVuSerifCondensed-BoldItalic.ttf" }).Volume() > 0);
    }));

  it("names the choices for an unknown font, and refuses other font files", () =>
    withScope(() => {
      assertPartforgeError(() => letterI({ font: "Comic Sans" }), "SCRIPT_EXCEPTION", /unknown font "Comic Sans": the bundled fonts are "DejaVu Sans" .*"DejaVu Serif" .*"DejaVu Sans Mono"/);
      assertPartforgeError(() => letterI({ fontPath: "/etc/passwd" }), "NOT_SUPPORTED", /fontPath "\/etc\/passwd" is not a bundled font .*DejaVuSans\.ttf/);
      assertPartforgeError(() => letterI({ fontPath: "C:\\Windows\\Fonts\\arial.ttf" }), "NOT_SUPPORTED", /not a bundled font/);
      assertPartforgeError(() => letterI({ kind: "light" }), "SCRIPT_EXCEPTION", /kind/);
    }));
});
