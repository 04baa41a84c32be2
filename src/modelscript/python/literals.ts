/**
 * Python literals: numbers (ints become BigInt literals, floats JavaScript numbers) and string
 * pieces with Python's escapes. Called with the literal's text and location; refuses what the
 * subset leaves out (bytes, complex numbers, `\N{…}`).
 */
import { notInSubset, pythonError } from "./errors.ts";
import { PYTHON_LIMITS } from "./parse.ts";

type At = { line: number; column: number };

/** A JavaScript expression for a Python number literal. */
export function numberLiteral(text: string, at: At): string {
  const clean = text.replace(/_/g, "");
  if (/[jJ]$/.test(clean)) throw notInSubset("a complex number", at);
  if (/^0[xX]/.test(clean) || /^0[oO]/.test(clean) || /^0[bB]/.test(clean)) return `${BigInt(clean.toLowerCase())}n`;
  if (/^[0-9]+$/.test(clean)) {
    if (clean.length > PYTHON_LIMITS.maxIntDigits) {
      throw pythonError("SCRIPT_SYNTAX", `ValueError: an integer literal has ${clean.length} digits; at most ${PYTHON_LIMITS.maxIntDigits} are allowed (as CPython's int/str conversion limit)`, at);
    }
    if (/^0+[1-9]/.test(clean)) throw pythonError("SCRIPT_SYNTAX", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at);
    return `${BigInt(clean)}n`;
  }
  const value = Number(clean);
  if (Number.isNaN(value)) throw pythonError("SCRIPT_SYNTAX", `SyntaxError: invalid number ${text}`, at);
  return floatLiteral(value);
}

/** A float as JavaScript text that stays a float (`-0`, `Infinity` spelled out). */
export function floatLiteral(value: number): string {
  if (value === Infinity) return "Infinity";
  return Object.is(value, -0) ? "-0" : String(value);
}

/** The prefix of a string token: its letters in lower case, and the quote that opens it. */
export function stringPrefix(text: string): { prefix: string; quote: string } {
  const match = /^([rRbBuUfF]*)('''|"""|'|")/.exec(text);
  return { prefix: (match?.[1] ?? "").toLowerCase(), quote: match?.[2] ?? '"' };
}

/** The value of a piece of a string literal's body (between quotes or f-string replacements). */
export function decodeStringPiece(body: string, raw: boolean, at: At): string {
  if (raw) return body;
  return body.replace(/\\(\n|[\\'"abfnrtv]|[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|.)/gs, (escape, code: string) => {
    switch (code[0]) {
      case "\n":
        return "";
      case "\\":
      case "'":
      case '"':
        return code;
      case "a":
        return "\x07";
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "\t";
      case "v":
        return "\v";
      case "x":
      case "u":
      case "U": {
        const point = parseInt(code.slice(1), 16);
        if (point > 0x10ffff) throw pythonError("SCRIPT_SYNTAX", `SyntaxError: illegal Unicode character ${escape}`, at);
        return String.fromCodePoint(point);
      }
      case "N":
        throw notInSubset("a \\N{…} named escape", at, "write the character itself or a \\u escape");
      default:
        if (/[0-7]/.test(code[0]!)) return String.fromCodePoint(parseInt(code, 8));
        return escape; // Python keeps an unknown escape as written.
    }
  });
}
