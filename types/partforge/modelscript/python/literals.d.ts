type At = {
    line: number;
    column: number;
};
/** A JavaScript expression for a Python number literal. */
export declare function numberLiteral(text: string, at: At): string;
/** A float as JavaScript text that stays a float (`-0`, `Infinity` spelled out). */
export declare function floatLiteral(value: number): string;
/** The prefix of a string token: its letters in lower case, and the quote that opens it. */
export declare function stringPrefix(text: string): {
    prefix: string;
    quote: string;
};
/** The value of a piece of a string literal's body (between quotes or f-string replacements). */
export declare function decodeStringPiece(body: string, raw: boolean, at: At): string;
export {};
