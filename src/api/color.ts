/**
 * CadQuery's `Color`: a name, a hex string (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`) or sRGB
 * channels 0…1 (alpha optional). Exports keep the sRGB colour as `#rrggbb`; alpha is kept on the
 * object but no partforge format writes it yet.
 * @example Assembly().add(part, { name: "lid", color: Color("red") })
 */
import { PartforgeError } from "../shared/errors.ts";
import { describeValue } from "./vector.ts";

/** A common subset of OCCT's colour names (CadQuery resolves names through OCCT). */
const NAMED: Readonly<Record<string, readonly [number, number, number]>> = {
  black: [0, 0, 0],
  white: [1, 1, 1],
  red: [1, 0, 0],
  green: [0, 1, 0],
  blue: [0, 0, 1],
  yellow: [1, 1, 0],
  cyan: [0, 1, 1],
  magenta: [1, 0, 1],
  orange: [1, 0.647, 0],
  purple: [0.627, 0.125, 0.941],
  brown: [0.647, 0.165, 0.165],
  pink: [1, 0.753, 0.796],
  gray: [0.753, 0.753, 0.753],
  grey: [0.753, 0.753, 0.753],
  lightgray: [0.827, 0.827, 0.827],
  darkgray: [0.663, 0.663, 0.663],
  silver: [0.753, 0.753, 0.753],
  gold: [1, 0.843, 0],
  navy: [0, 0, 0.502],
  violet: [0.933, 0.51, 0.933],
  maroon: [0.69, 0.188, 0.376],
  steelblue: [0.275, 0.51, 0.706],
  skyblue: [0.529, 0.808, 0.922],
  forestgreen: [0.133, 0.545, 0.133],
  darkgreen: [0, 0.392, 0],
  tomato: [1, 0.388, 0.278],
  salmon: [0.98, 0.502, 0.447],
  tan: [0.824, 0.706, 0.549],
  beige: [0.961, 0.961, 0.863],
  ivory: [1, 1, 0.941],
};

function invalid(message: string): never {
  throw new PartforgeError("SCRIPT_EXCEPTION", `Color: ${message}`);
}

function channel(value: unknown, name: string): number {
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) invalid(`${name} must be a number from 0 to 1; got ${describeValue(value)}`);
  return value;
}

function parseHex(text: string): [number, number, number, number] {
  const digits = text.slice(1);
  if (!/^[0-9a-f]+$/i.test(digits) || ![3, 4, 6, 8].includes(digits.length)) invalid(`"${text}" is not a colour name or #rgb, #rgba, #rrggbb, #rrggbbaa`);
  const short = digits.length <= 4;
  const parts = short ? [...digits].map((d) => d + d) : digits.match(/../g)!;
  const [r, g, b, a = "ff"] = parts.map((p) => p.toLowerCase());
  return [r!, g!, b!, a].map((p) => parseInt(p, 16) / 255) as [number, number, number, number];
}

export class Color {
  /** sRGB red, green, blue and alpha, each 0…1. */
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;

  constructor(nameOrRed: string | number, green?: number, blue?: number, alpha = 1) {
    if (typeof nameOrRed === "string") {
      if (green !== undefined) invalid("give a name or hex string alone, or three or four numbers");
      const rgba = nameOrRed.startsWith("#") ? parseHex(nameOrRed) : NAMED[nameOrRed.toLowerCase()];
      if (rgba === undefined) invalid(`unknown colour name ${describeValue(nameOrRed)}; use one of ${Object.keys(NAMED).join(", ")}, or "#rrggbb"`);
      [this.r, this.g, this.b] = rgba;
      this.a = rgba[3] ?? 1;
    } else {
      this.r = channel(nameOrRed, "red");
      this.g = channel(green, "green");
      this.b = channel(blue, "blue");
      this.a = channel(alpha, "alpha");
    }
    Object.freeze(this);
  }

  /**
   * `#rrggbb` (sRGB), as the exporters take colours.
   * @example Color("red").toHex() // "#ff0000"
   */
  toHex(): string {
    const hex = (v: number) => Math.round(v * 255).toString(16).padStart(2, "0");
    return `#${hex(this.r)}${hex(this.g)}${hex(this.b)}`;
  }

  /** @example Color(1, 0.5, 0).toTuple() // [1, 0.5, 0, 1] */
  toTuple(): [number, number, number, number] {
    return [this.r, this.g, this.b, this.a];
  }

  toString(): string {
    return `Color(${this.toHex()})`;
  }
}
