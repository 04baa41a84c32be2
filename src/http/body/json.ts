/**
 * JSON bodies (RFC 8259), read strictly: valid syntax, and objects without duplicate keys, without
 * `__proto__`/`constructor` keys (they can reach an object's prototype in careless code) and nested
 * at most `MAX_JSON_DEPTH` levels. Each refusal says what to change and where.
 */
import { PartforgeError } from "../../shared/errors.ts";

/** Deepest nesting of objects and arrays a JSON body may have. */
export const MAX_JSON_DEPTH = 32;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor"]);

interface Frame {
  path: string;
  /** Keys seen so far, for an object; undefined for an array. */
  keys: Set<string> | undefined;
  expectingKey: boolean;
  lastKey: string;
}

function keyText(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/** The end index (exclusive) of the string literal starting at `start`, or the text's length. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return text.length;
}

interface StructureProblems {
  /** Nesting deeper than the limit: reported before parsing, which would recurse that deep. */
  tooDeep?: PartforgeError;
  /** The first duplicate or forbidden key: reported once the syntax is known to be valid. */
  badKey?: PartforgeError;
}

/** One linear pass over the structure, without recursion, so any depth is safe to scan. */
function structureProblems(text: string): StructureProblems {
  const stack: Frame[] = [];
  let badKey: PartforgeError | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.keys !== undefined && top.expectingKey && badKey === undefined) {
        const key = keyText(text.slice(i, end));
        const where = top.path === "" ? "at the top level" : `in ${top.path}`;
        if (FORBIDDEN_KEYS.has(key)) {
          badKey = new PartforgeError("USAGE", `the JSON body has a key "${key}" ${where}: keys named __proto__ or constructor are refused; rename or remove it`, { param: key });
        } else if (top.keys.has(key)) {
          badKey = new PartforgeError("USAGE", `the JSON body has the key "${key}" twice ${where}: send each key once`, { param: key });
        }
        top.keys.add(key);
        top.lastKey = key;
        top.expectingKey = false;
      }
      i = end - 1;
    } else if (c === "{" || c === "[") {
      if (stack.length >= MAX_JSON_DEPTH) {
        return { tooDeep: new PartforgeError("USAGE", `the JSON body is nested more than ${MAX_JSON_DEPTH} levels deep: flatten it`) };
      }
      const path = top === undefined ? "" : top.keys !== undefined ? (top.path === "" ? top.lastKey : `${top.path}.${top.lastKey}`) : `${top.path}[]`;
      stack.push({ path, keys: c === "{" ? new Set() : undefined, expectingKey: c === "{", lastKey: "" });
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === "," && top?.keys !== undefined) {
      top.expectingKey = true;
    }
  }
  return badKey === undefined ? {} : { badKey };
}

/**
 * Parses a JSON body's text, or throws USAGE saying what is wrong with it. An empty body is no
 * body (undefined), as when a client labels a body-less DELETE as JSON; routes that need one say so.
 */
export function parseJsonBody(text: string): unknown {
  if (text === "") return undefined;
  const { tooDeep, badKey } = structureProblems(text);
  if (tooDeep !== undefined) throw tooDeep;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PartforgeError("USAGE", `the body is not valid JSON (${error instanceof Error ? error.message : String(error)}): check quotes, commas and brackets`);
  }
  if (badKey !== undefined) throw badKey;
  return value;
}
