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
export declare const MAX_PATTERN_LENGTH = 256;
/** Largest count in `{n}`, `{n,}` and `{n,m}`. */
export declare const MAX_PATTERN_REPEAT = 1000;
/**
 * Why `pattern` is outside the safe subset (a phrase to follow `pattern `), or undefined when it
 * is inside.
 * @example patternProblem("[A-Z]\\d+") // undefined
 * @example patternProblem("(a+)+") // "repeats a group that itself repeats or has alternatives …"
 */
export declare function patternProblem(pattern: string): string | undefined;
