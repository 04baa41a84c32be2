/**
 * PNG pictures, decoded by pngjs (an independent PNG reader): the size asked for, the
 * background or transparency asked for, the part where the view puts it (a 10 × 30 front view
 * is three times as tall as wide; the through bore seen from the top shows the background).
 * Every example rendered: ./everyExample.test.ts.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { PNG } from "pngjs";
import { checkOutputOptions, finishExport, loadScript, parseOutputFields, prepareExport, resolveExportOptions, resultParts } from "../../src/build/index.ts";
import { loadKernel, withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues, type ScriptLanguage } from "../../src/modelscript/index.ts";
import { isPartforgeError } from "../../src/shared/errors.ts";

const BORED_BOX = `export function build() { return Workplane("XY").box(10, 20, 30).faces(">Z").workplane().hole(6); }`;

async function render(source: string, language: ScriptLanguage, fields: Record<string, string> = {}): Promise<PNG> {
  const loaded = await loadScript(source, language);
  const output = checkOutputOptions("png", parseOutputFields(fields));
  const bytes = await withScopeAsync(async () => {
    const parts = resultParts(loaded.run(resolveValues(loaded, { values: {} })), loaded.metadata.name);
    return finishExport(prepareExport(parts, "png", loaded.uom, resolveExportOptions({ output }), loaded.metadata.name));
  });
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature");
  return PNG.sync.read(Buffer.from(bytes));
}

function pixel(png: PNG, x: number, y: number): [number, number, number, number] {
  const i = (y * png.width + x) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
}

/** The box of pixels that differ from `background` (or, transparent, that are opaque). */
function partBox(png: PNG, background?: [number, number, number]) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, count = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const [r, g, b, a] = pixel(png, x, y);
      const isPart = background === undefined ? a > 127 : Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) > 24;
      if (!isPart) continue;
      count++;
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
  }
  return { minX, minY, maxX, maxY, count, width: maxX - minX + 1, height: maxY - minY + 1 };
}

describe("PNG pictures", () => {
  before(() => loadKernel());

  it("renders the front view of a 10 × 30 part three times as tall as wide, on white, fitted to the picture", async () => {
    const png = await render(BORED_BOX, "js", { out_view: "front", out_width: "300", out_height: "400" });
    assert.equal(png.width, 300);
    assert.equal(png.height, 400);
    assert.deepEqual(pixel(png, 0, 0), [255, 255, 255, 255]);
    const box = partBox(png, [255, 255, 255]);
    assert.ok(Math.abs(box.height / box.width - 3) < 0.1, `silhouette ${box.width} × ${box.height}`);
    assert.ok(box.height > 400 * 0.85 && box.height < 400, `fills the height: ${box.height} px`);
  });

  it("shows the background through the bore from the top, and the part's colour around it", async () => {
    const png = await render(BORED_BOX, "js", { out_view: "top", out_width: "200", out_height: "200", out_background: "#ff00ff" });
    assert.deepEqual(pixel(png, 100, 100), [255, 0, 255, 255], "the bore is a hole through the part");
    const [r, g, b] = pixel(png, 100, 100 - 40);
    assert.ok(!(r === 255 && g === 0 && b === 255), "the top face is drawn beside the bore");
    const box = partBox(png, [255, 0, 255]);
    assert.ok(Math.abs(box.height / box.width - 2) < 0.1, `top view 10 × 20: ${box.width} × ${box.height}`);
  });

  it("makes the background transparent with out_transparent, keeping the part opaque", async () => {
    const png = await render(BORED_BOX, "js", { out_transparent: "true", out_width: "160", out_height: "120" });
    assert.equal(pixel(png, 0, 0)[3], 0);
    const box = partBox(png);
    assert.ok(box.count > 1000, `${box.count} opaque pixels`);
    assert.equal(pixel(png, Math.round((box.minX + box.maxX) / 2), Math.round((box.minY + box.maxY) / 2))[3], 255);
  });

  it("refuses bad picture options with 400s naming the field", () => {
    const refuses = (fields: Record<string, string>, param: string, pattern: RegExp) =>
      assert.throws(() => checkOutputOptions("png", parseOutputFields(fields)), (error) => isPartforgeError(error) && error.httpStatus === 400 && error.param === param && pattern.test(error.message));
    refuses({ out_width: "4096" }, "out_width", /at most 2048 pixels/);
    refuses({ out_height: "0" }, "out_height", /from 16 to 8192/);
    refuses({ out_background: "white" }, "out_background", /colour #rrggbb/);
    refuses({ out_background: "#000000", out_transparent: "true" }, "out_transparent", /not both/);
    refuses({ out_hidden: "false" }, "out_hidden", /does not apply to type=PNG; it applies to SVG/);
  });
});
