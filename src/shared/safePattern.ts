/**
 * The safe subset of regular expressions a StringParam `pattern` may use, so that an author's
 * pattern can run anywhere — in a build slot and in a visitor's browser, against values taken
 * from a URL — without catastrophic backtracking. Checked when a script is described (save and
 * `/build`) and again in the browser before a pattern runs. Imports nothing: the browser bundle
 * uses this very file.
 *
 * Refused: backreferences (`\1`, `\k<name>`), lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`),
 * a repeating quantifier (`*`, `+`, `{n,}`, `{n,m}` with m > 1) on a group that itself contains a
 * quantifier or an alternative (`(a+)+`, `(a|ab)*`: the classic exponential cases), repetition
 * counts above `MAX_PATTERN_REPEAT`, and patterns longer than `MAX_PATTERN_LENGTH`. Only the
 * structure is checked here; whether the pattern compiles (with the `u` flag) is checked apart.
 */

/** Longest pattern accepted, in UTF-16 code units. */
export const MAX_PATTERN_LENGTH = 256;
/** Largest count in `{n}`, `{n,}` and `{n,m}`. */
export const MAX_PATTERN_REPEAT = 1000;

interface GroupFrame {
  /** A quantifier or an alternative anywhere inside, nested groups included. */
  ambiguous: boolean;
}

type Atom = { kind: "none" } | { kind: "simple" } | { kind: "group"; ambiguous: boolean };

/** The repetition a quantifier at `at` allows, its text length, or undefined when none starts there. */
function quantifierAt(pattern: string, at: number): { max: number; length: number; counts: number[] } | undefined {
  const char = pattern[at];
  if (char === "*" || char === "+") return { max: Infinity, length: 1, counts: [] };
  if (char === "?") return { max: 1, length: 1, counts: [] };
  if (char !== "{") return undefined;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at, at + 24));
  if (match === null) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
  return { max, length: match[0].length, counts: [min, ...(Number.isFinite(max) ? [max] : [])] };
}

/** Where the character class opening at `at` (`[`) ends, just past its `]`. */
function classEnd(pattern: string, at: number): number {
  let index = at + 1;
  if (pattern[index] === "^") index += 1;
  while (index < pattern.length && pattern[index] !== "]") index += pattern[index] === "\\" ? 2 : 1;
  return index + 1;
}

/** The problem with escape `\…` at `at`, and where it ends. */
function escapeAt(pattern: string, at: number): { end: number; problem?: string } {
  const next = pattern[at + 1] ?? "";
  if (/[1-9]/.test(next)) return { end: at + 2, problem: `uses a backreference (\\${next}), which can take exponential time` };
  if (next === "k") return { end: at + 2, problem: "uses a named backreference (\\k<…>), which can take exponential time" };
  if ((next === "p" || next === "P" || next === "u") && pattern[at + 2] === "{") {
    const close = pattern.indexOf("}", at + 3);
    return { end: close === -1 ? pattern.length : close + 1 };
  }
  if (next === "u") return { end: at + 6 };
  if (next === "x") return { end: at + 4 };
  if (next === "c") return { end: at + 3 };
  return { end: at + 2 };
}

/**
 * Why `pattern` is outside the safe subset (a phrase to follow `pattern `), or undefined when it
 * is inside.
 * @example patternProblem("[A-Z]\\d+") // undefined
 * @example patternProblem("(a+)+") // "repeats a group that itself repeats or has alternatives …"
 */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is ${pattern.length} characters long; at most ${MAX_PATTERN_LENGTH} are allowed`;
  const frames: GroupFrame[] = [{ ambiguous: false }];
  let previous: Atom = { kind: "none" };
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index]!;
    const quantifier = previous.kind === "none" ? undefined : quantifierAt(pattern, index);
    if (quantifier !== undefined) {
      const tooMany = quantifier.counts.find((count) => count > MAX_PATTERN_REPEAT);
      if (tooMany !== undefined) return `repeats ${tooMany} times; counts up to ${MAX_PATTERN_REPEAT} are allowed`;
      if (quantifier.max > 1 && previous.kind === "group" && previous.ambiguous) {
        return "repeats a group that itself repeats or has alternatives, e.g. (a+)+ or (a|ab)*, which can take exponential time; repeat a character class instead, e.g. [ab]+";
      }
      frames[frames.length - 1]!.ambiguous = true;
      index += quantifier.length;
      if (pattern[index] === "?") index += 1; // lazy
      previous = { kind: "none" };
      continue;
    }
    if (char === "\\") {
      const escape = escapeAt(pattern, index);
      if (escape.problem !== undefined) return escape.problem;
      index = escape.end;
      previous = { kind: "simple" };
    } else if (char === "[") {
      index = classEnd(pattern, index);
      previous = { kind: "simple" };
    } else if (char === "(") {
      const opener = pattern.slice(index, index + 4);
      const lookaround = /^\(\?<?[=!]/.exec(opener);
      if (lookaround !== null) return `uses a lookaround (${lookaround[0]}…), which is not allowed`;
      frames.push({ ambiguous: false });
      const named = /^\(\?<[^>]*>/.exec(pattern.slice(index, index + MAX_PATTERN_LENGTH));
      index += named !== null ? named[0].length : opener.startsWith("(?:") ? 3 : 1;
      previous = { kind: "none" };
    } else if (char === ")") {
      const closed = frames.length > 1 ? frames.pop()! : { ambiguous: false };
      if (closed.ambiguous) frames[frames.length - 1]!.ambiguous = true;
      index += 1;
      previous = { kind: "group", ambiguous: closed.ambiguous };
    } else if (char === "|") {
      frames[frames.length - 1]!.ambiguous = true;
      index += 1;
      previous = { kind: "none" };
    } else {
      // A literal; a whole code point, so a surrogate pair is one atom.
      index += (pattern.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
      previous = char === "^" || char === "$" ? { kind: "none" } : { kind: "simple" };
    }
  }
  return undefined;
}
