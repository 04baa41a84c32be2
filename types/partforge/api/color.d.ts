export declare class Color {
    /** sRGB red, green, blue and alpha, each 0…1. */
    readonly r: number;
    readonly g: number;
    readonly b: number;
    readonly a: number;
    constructor(nameOrRed: string | number, green?: number, blue?: number, alpha?: number);
    /**
     * `#rrggbb` (sRGB), as the exporters take colours.
     * @example Color("red").toHex() // "#ff0000"
     */
    toHex(): string;
    /** @example Color(1, 0.5, 0).toTuple() // [1, 0.5, 0, 1] */
    toTuple(): [number, number, number, number];
    toString(): string;
}
