/**
 * Telling Python from JavaScript/TypeScript when a script arrives without a file name: Python
 * that parses without error and uses a construct JavaScript does not have (a `def`, an
 * `import x`/`from x import`, a `:`-ended block header, a `#` comment, or a ParametricParts /
 * CQGI top-level call). JavaScript and TypeScript ModelScripts have `export`, braces and `;`.
 */
import { PYTHON_LIMITS, parsePython } from "./parse.ts";

const PYTHON_ONLY = /^(?:def |class |from \S+ import |import [\w.]+(?: as \w+)?\s*$|if .*:\s*$|for .* in .*:\s*$|#|\w+ = (?:Float|Int|Integer|Boolean|String|Choice)Param\(|show_object\()/m;
// A line ending in `{` is JavaScript only after `)`, `=>` or a keyword: Python opens a dict
// literal there (`METADATA = {`), which the parse below then accepts or refuses.
const JAVASCRIPT_ONLY = /^\s*(?:export |import .* from ["']|import \{|const |let |function |\/\/|\/\*)|;\s*$|(?:\)|=>|\belse|\btry|\bfinally|\bdo|\bclass \w+(?: extends [\w.]+)?)\s*\{\s*$/m;

export function looksLikePython(source: string): boolean {
  if (source.length > PYTHON_LIMITS.maxSourceChars) return false;
  if (JAVASCRIPT_ONLY.test(source) || !PYTHON_ONLY.test(source)) return false;
  try {
    parsePython(source); // bounded like a translation: the text is untrusted
    return true;
  } catch {
    return false;
  }
}
