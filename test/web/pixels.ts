/**
 * Reading screenshots in the page itself (a 2D canvas decodes the PNG), so no image library is
 * needed. The evaluated functions declare no named inner functions: tsx would wrap them in a
 * `__name` helper that does not exist in the page.
 */
import type { Page } from "playwright-core";

export interface PixelStats {
  width: number;
  height: number;
  /** Share of pixels in the part's blue-grey shading (blue clearly above red): the part, not the grey grid. */
  partShare: number;
}

/** What a PNG screenshot shows, measured in `page`. */
export async function pixelStats(page: Page, png: Buffer): Promise<PixelStats> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let part = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 2]! - data[i]! > 25) part += 1;
    return { width: image.width, height: image.height, partShare: part / (image.width * image.height) };
  }, png.toString("base64"));
}

/** Share of pixels that differ clearly between two screenshots of the same size. */
export async function changedShare(page: Page, before: Buffer, after: Buffer): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      const decoded: ImageData[] = [];
      for (const base64 of [a!, b!]) {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        decoded.push(context.getImageData(0, 0, canvas.width, canvas.height));
      }
      const [first, second] = decoded as [ImageData, ImageData];
      if (first.width !== second.width || first.height !== second.height) return 1;
      let changed = 0;
      for (let i = 0; i < first.data.length; i += 4) {
        const difference = Math.abs(first.data[i]! - second.data[i]!) + Math.abs(first.data[i + 1]! - second.data[i + 1]!) + Math.abs(first.data[i + 2]! - second.data[i + 2]!);
        if (difference > 30) changed += 1;
      }
      return changed / (first.width * first.height);
    },
    [before.toString("base64"), after.toString("base64")],
  );
}
