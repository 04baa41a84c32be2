/** Small text helpers shared by the XML and JSON exporters. */

/**
 * The shortest decimal that reads back as the same float32 (so files are small and exact).
 * `-0` is written as `0`.
 */
export function float32Text(value: number): string {
  const single = Math.fround(value) + 0;
  if (Number.isInteger(single) && Math.abs(single) < 1e15) return String(single);
  for (let digits = 4; digits < 9; digits++) {
    const text = single.toPrecision(digits);
    if (Math.fround(Number(text)) === single) return String(Number(text));
  }
  return String(Number(single.toPrecision(9)));
}

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an XML element or a double-quoted attribute; control characters dropped (XML 1.0 forbids them). */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** `#rrggbb` as sRGB channels in 0..1. */
export function srgbChannels(color: string): [number, number, number] {
  const channel = (at: number) => parseInt(color.slice(at, at + 2), 16) / 255;
  return [channel(1), channel(3), channel(5)];
}

/** An sRGB channel (0..1) as linear light (glTF colour factors are linear). */
export function srgbToLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** Collects output as strings and encodes once, as UTF-8. */
export class TextSink {
  private readonly chunks: string[] = [];
  add(text: string): void {
    this.chunks.push(text);
  }
  bytes(): Uint8Array {
    return new TextEncoder().encode(this.chunks.join(""));
  }
}
