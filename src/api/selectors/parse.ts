/**
 * A hand-written recursive-descent parser for CadQuery's selector strings (the pyparsing grammar
 * in CadQuery 2.x `selectors.py`), producing the tree of `ast.ts`.
 *
 *   selector  := notExpr
 *   notExpr   := "not" notExpr | excExpr            -- "not" binds loosest of all
 *   excExpr   := orExpr (("exc" | "except") orExpr)*
 *   orExpr    := andExpr ("or" andExpr)*
 *   andExpr   := primary ("and" primary)*           -- "and" binds tightest
 *   primary   := atom | "(" selector ")"
 *   atom      := direction                          -- bare: same as "+"
 *              | ("+" | "-" | "|" | "#") direction
 *              | (">" | "<" | ">>" | "<<") direction index?
 *              | "%" geomType                       -- case-insensitive
 *              | "front" | "back" | "left" | "right" | "top" | "bottom"
 *   direction := "X" | "Y" | "Z" | "XY" | "XZ" | "YZ" | "(" number "," number "," number ")"
 *   index     := "[" "-"? digits "]"
 *   number    := ("+" | "-")? digits ("." digits?)?
 *
 * Whitespace may separate any two tokens (not the characters of a number). Operators and named
 * views are lower-case, axes upper-case, as in CadQuery. Because "not" binds loosest,
 * `not >Z and <Z` means `not (>Z and <Z)`, and `>Z and not <Z` is an error (write `>Z and (not <Z)`).
 * Beyond CadQuery, the zero vector is refused, and a name glued to a longer word (`%PLANEX`, `>XYZ`)
 * is reported as unknown rather than split.
 */
import { apiError } from "../options.ts";
import { closestName } from "../../shared/closest.ts";
import { describeValue } from "../vector.ts";
import type { AtomNode, AxisName, DirectionSpec, NamedView, SelectorAst } from "./ast.ts";
import { selectorSyntaxError } from "./errors.ts";
import type { Vec3 } from "./selectable.ts";
import { GEOM_TYPES, type GeomType } from "./typeSelector.ts";

const AXES: Readonly<Record<AxisName, Vec3>> = {
  X: [1, 0, 0],
  Y: [0, 1, 0],
  Z: [0, 0, 1],
  XY: [1, 1, 0],
  XZ: [1, 0, 1],
  YZ: [0, 1, 1],
};
/** Longest first, so "XY" is not read as "X" followed by "Y". */
const AXIS_NAMES: readonly AxisName[] = ["XY", "XZ", "YZ", "X", "Y", "Z"];
const NAMED_VIEWS: readonly NamedView[] = ["front", "back", "left", "right", "top", "bottom"];
/** "except" before "exc" so the longer keyword wins. */
const KEYWORDS = ["and", "or", "except", "exc", "not"] as const;
/** Geometry type names longest first, so the longest prefix wins. */
const TYPES_LONGEST_FIRST = [...GEOM_TYPES].sort((a, b) => b.length - a.length);

/** Deepest nesting of parentheses and "not" accepted; guards the call stack against hostile input. */
export const MAX_SELECTOR_DEPTH = 64;

const EXPECTED_AXIS = "expected an axis X, Y, Z, XY, XZ, YZ or a vector (x,y,z)";
const EXPECTED_SELECTOR = "expected a selector such as >Z, <X[1], |Z, #Y, +Z, %PLANE or top";
const NOT_PLACEMENT = `"not" negates everything after it, so it can only start the selector or follow "("; write e.g. ">Z and (not <Z)". Found "not"`;
const NUMBER = /[+-]?\d+(?:\.\d*)?/y;
const DIGITS = /\d+/y;
const WORD = /[A-Za-z0-9_]+/y;
const VECTOR_START = /\([ \t\r\n]*[+-]?\d/y;

function isAxisName(name: string): name is AxisName {
  return Object.hasOwn(AXES, name);
}

/**
 * Parses a CadQuery selector string into its syntax tree.
 * @throws PartforgeError SELECTOR_SYNTAX with `details: { selector, column }` (1-based) when it
 *   does not parse; the message says what was expected and shows a caret under the column.
 * @example parseSelector(">Z[-2]") // { type: "minMax", operator: ">", index: -2, … }
 */
export function parseSelector(selector: string): SelectorAst {
  if (typeof selector !== "string") apiError("parseSelector", `expected a selector string; got ${describeValue(selector)}`);
  return new SelectorParser(selector).parse();
}

class SelectorParser {
  readonly #text: string;
  #pos = 0;
  #depth = 0;

  constructor(text: string) {
    this.#text = text;
  }

  parse(): SelectorAst {
    this.#skipSpace();
    if (this.#atEnd()) this.#fail(`the selector is empty; ${EXPECTED_SELECTOR}`);
    const node = this.#parseNot();
    this.#skipSpace();
    if (!this.#atEnd()) this.#fail(this.#afterOperandMessage(false));
    return node;
  }

  #parseNot(): SelectorAst {
    this.#skipSpace();
    if (this.#keywordAt(this.#pos) !== "not") return this.#parseBinary("except");
    const start = this.#pos;
    this.#pos += 3;
    this.#enter(start);
    this.#skipSpace();
    if (this.#atEnd()) this.#fail(`expected a selector after "not", but the selector ended`);
    const operand = this.#parseNot();
    this.#depth--;
    return { type: "not", operand, start, end: operand.end };
  }

  /** One precedence level of left-associative binary operators: except → or → and → primary. */
  #parseBinary(level: "except" | "or" | "and"): SelectorAst {
    const next = (): SelectorAst => (level === "except" ? this.#parseBinary("or") : level === "or" ? this.#parseBinary("and") : this.#parsePrimary());
    let left = next();
    for (;;) {
      const before = this.#pos;
      this.#skipSpace();
      const keyword = this.#keywordAt(this.#pos);
      const matches = level === "except" ? keyword === "exc" || keyword === "except" : keyword === level;
      if (!matches) {
        this.#pos = before;
        return left;
      }
      this.#pos += keyword!.length;
      this.#skipSpace();
      if (this.#atEnd()) this.#fail(`expected a selector after "${keyword}", but the selector ended`);
      const right = next();
      left = { type: level, left, right, start: left.start, end: right.end };
    }
  }

  #parsePrimary(): SelectorAst {
    this.#skipSpace();
    const keyword = this.#keywordAt(this.#pos);
    if (keyword === "not") {
      this.#fail(NOT_PLACEMENT);
    }
    if (keyword !== undefined) this.#fail(`${EXPECTED_SELECTOR} before "${keyword}"`);
    if (this.#peek() === "(" && !this.#vectorAt(this.#pos)) {
      const open = this.#pos;
      this.#pos++;
      this.#enter(open);
      this.#skipSpace();
      if (this.#atEnd()) this.#fail(`expected a selector after "(", but the selector ended`);
      const node = this.#parseNot();
      this.#skipSpace();
      if (this.#peek() !== ")") {
        this.#fail(this.#atEnd() ? `unclosed "(" (column ${open + 1}): expected ")"` : this.#afterOperandMessage(true));
      }
      this.#pos++;
      this.#depth--;
      return node;
    }
    return this.#parseAtom();
  }

  #parseAtom(): AtomNode {
    const start = this.#pos;
    const c = this.#peek();
    if (c === "%") {
      this.#pos++;
      const geomType = this.#parseGeomType();
      return { type: "geomType", geomType, start, end: this.#pos };
    }
    if (c === ">" || c === "<") {
      const operator = this.#text[this.#pos + 1] === c ? (c === ">" ? ">>" : "<<") : c;
      this.#pos += operator.length;
      const direction = this.#parseDirection(operator);
      const index = this.#parseIndex();
      if (operator === ">>" || operator === "<<") return { type: "centerNth", operator, direction, index, start, end: this.#pos };
      return { type: "minMax", operator, direction, index, start, end: this.#pos };
    }
    if (c === "+" || c === "-") {
      this.#pos++;
      return { type: "aligned", operator: c, direction: this.#parseDirection(c), start, end: this.#pos };
    }
    if (c === "|" || c === "#") {
      this.#pos++;
      const direction = this.#parseDirection(c);
      return { type: c === "|" ? "parallel" : "perpendicular", direction, start, end: this.#pos };
    }
    if (c === "(" || c === "X" || c === "Y" || c === "Z") {
      return { type: "aligned", operator: null, direction: this.#parseDirection(undefined), start, end: this.#pos };
    }
    const view = NAMED_VIEWS.find((v) => this.#text.startsWith(v, start));
    if (view !== undefined && this.#wordEndsAt(start + view.length)) {
      this.#pos += view.length;
      return { type: "namedView", view, start, end: this.#pos };
    }
    const word = this.#wordAt(start);
    if (word !== undefined && isAxisName(word.toUpperCase())) this.#fail(`axes are upper-case: write ${word.toUpperCase()}, or use an operator such as >${word.toUpperCase()}`);
    if (word !== undefined && KEYWORDS.includes(word.toLowerCase() as (typeof KEYWORDS)[number])) {
      this.#fail(`operators are lower-case: write "${word.toLowerCase()}"`);
    }
    const found = word === undefined ? (c === undefined ? "" : `, found ${JSON.stringify(c)}`) : `, found ${JSON.stringify(word)}`;
    this.#fail(`${EXPECTED_SELECTOR}${found}`);
  }

  #parseGeomType(): GeomType {
    this.#skipSpace();
    const start = this.#pos;
    const type = TYPES_LONGEST_FIRST.find((t) => {
      const candidate = this.#text.slice(start, start + t.length);
      return /^[A-Za-z]+$/.test(candidate) && candidate.toUpperCase() === t;
    });
    if (type !== undefined && this.#wordEndsAt(start + type.length)) {
      this.#pos += type.length;
      return type;
    }
    const word = this.#wordAt(start);
    const known = GEOM_TYPES.join(", ");
    if (word === undefined) this.#fail(`expected a geometry type after "%": ${known}`);
    const suggestion = closestName(word, GEOM_TYPES);
    const hint = suggestion === undefined ? "" : ` (did you mean ${suggestion}?)`;
    this.#fail(`unknown geometry type ${JSON.stringify(word)}${hint}; expected one of ${known}`);
  }

  #parseDirection(operator: string | undefined): DirectionSpec {
    this.#skipSpace();
    const start = this.#pos;
    if (this.#peek() === "(") return { kind: "vector", vector: this.#parseVector() };
    const axis = AXIS_NAMES.find((a) => this.#text.startsWith(a, start));
    if (axis !== undefined && this.#wordEndsAt(start + axis.length)) {
      this.#pos += axis.length;
      return { kind: "axis", axis, vector: AXES[axis] };
    }
    const word = this.#wordAt(start);
    const after = operator === undefined ? "" : ` after "${operator}"`;
    if (word !== undefined && isAxisName(word.toUpperCase())) this.#fail(`axes are upper-case: write ${word.toUpperCase()}; ${EXPECTED_AXIS}${after}`);
    if (word !== undefined && axis !== undefined) this.#fail(`unknown axis ${JSON.stringify(word)}; ${EXPECTED_AXIS}`);
    this.#fail(`${EXPECTED_AXIS}${after}${this.#atEnd() ? ", but the selector ended" : ""}`);
  }

  #parseVector(): Vec3 {
    const start = this.#pos;
    this.#pos++;
    const names = ["x", "y", "z"] as const;
    const coordinates: number[] = [];
    for (const [i, name] of names.entries()) {
      this.#skipSpace();
      NUMBER.lastIndex = this.#pos;
      const match = NUMBER.exec(this.#text);
      if (match === null) this.#fail(`expected a number such as 1, -0.5 or 2. for the ${name} coordinate of the vector (x,y,z)`);
      coordinates.push(Number(match[0]));
      this.#pos += match[0].length;
      this.#skipSpace();
      const next = names[i + 1];
      if (next !== undefined) {
        if (this.#peek() !== ",") this.#fail(`expected "," and the ${next} coordinate of the vector (x,y,z)`);
        this.#pos++;
      }
    }
    if (this.#peek() !== ")") this.#fail(`expected ")" to close the vector (x,y,z) that starts at column ${start + 1}`);
    this.#pos++;
    const vector = coordinates as unknown as Vec3;
    if (vector.every((c) => c === 0)) this.#fail("the vector (0,0,0) has no direction; expected a non-zero vector", start);
    return vector;
  }

  /** `[n]` after a `>`/`<`/`>>`/`<<` direction, or null when there is none. */
  #parseIndex(): number | null {
    const before = this.#pos;
    this.#skipSpace();
    if (this.#peek() !== "[") {
      this.#pos = before;
      return null;
    }
    this.#pos++;
    this.#skipSpace();
    const negative = this.#peek() === "-";
    if (negative) {
      this.#pos++;
      this.#skipSpace();
    }
    DIGITS.lastIndex = this.#pos;
    const match = DIGITS.exec(this.#text);
    if (match === null) this.#fail("expected a whole-number index such as 0, 1 or -1");
    const index = Number(match[0]) * (negative ? -1 : 1);
    if (!Number.isSafeInteger(index)) this.#fail("the index is too large");
    this.#pos += match[0].length;
    this.#skipSpace();
    if (this.#peek() !== "]") this.#fail(`expected "]" to close the index (indices are whole numbers)`);
    this.#pos++;
    return index;
  }

  /** What to say when a complete operand is followed by something that cannot follow it. */
  #afterOperandMessage(inGroup: boolean): string {
    const keyword = this.#keywordAt(this.#pos);
    if (keyword === "not") return NOT_PLACEMENT;
    const word = this.#wordAt(this.#pos)?.toLowerCase();
    if (word !== undefined && (KEYWORDS as readonly string[]).includes(word)) return `operators are lower-case: write "${word}"`;
    if (this.#peek() === "[") return "an index [n] can only follow a >, <, >> or << selector";
    return `expected "and", "or", "exc" or ${inGroup ? '")"' : "the end of the selector"}`;
  }

  #enter(at: number): void {
    this.#depth++;
    if (this.#depth > MAX_SELECTOR_DEPTH) this.#fail(`the selector nests parentheses or "not" more than ${MAX_SELECTOR_DEPTH} deep`, at);
  }

  /** The operator keyword starting at `at` (CadQuery does not require a space after it). */
  #keywordAt(at: number): (typeof KEYWORDS)[number] | undefined {
    return KEYWORDS.find((k) => this.#text.startsWith(k, at));
  }

  /** Whether a name ending at `at` is a whole word: nothing word-like follows, or an operator does. */
  #wordEndsAt(at: number): boolean {
    return !/[A-Za-z0-9_]/.test(this.#text[at] ?? "") || this.#keywordAt(at) !== undefined;
  }

  #wordAt(at: number): string | undefined {
    WORD.lastIndex = at;
    return WORD.exec(this.#text)?.[0];
  }

  #skipSpace(): void {
    while (/[ \t\r\n]/.test(this.#text[this.#pos] ?? "")) this.#pos++;
  }

  #peek(): string | undefined {
    return this.#text[this.#pos];
  }

  #atEnd(): boolean {
    return this.#pos >= this.#text.length;
  }

  /** Whether a vector starts at `at`: "(", optional space, then a sign or a digit (else it is a group). */
  #vectorAt(at: number): boolean {
    VECTOR_START.lastIndex = at;
    return VECTOR_START.test(this.#text);
  }

  #fail(expected: string, at = this.#pos): never {
    throw selectorSyntaxError(this.#text, at + 1, expected);
  }
}
