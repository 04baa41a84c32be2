/**
 * Telling Python from JavaScript/TypeScript when a script arrives without a file name: Python
 * that parses without error and uses a construct JavaScript does not have (a `def`, an
 * `import x`/`from x import`, a `:`-ended block header, a `#` comment, or a ParametricParts /
 * CQGI top-level call). JavaScript and TypeScript ModelScripts have `export`, braces and `;`.
 */
import { parser } from "@lezer/python";
import { PYTHON_LIMITS } from "./parse.ts";

const PYTHON_ONLY = /^(?:def |class |from \S+ import |import [\w.]+(?: as \w+)?\s*$|if .*:\s*$|for .* in .*:\s*$|#|\w+ = (?:Float|Int|Integer|Boolean|String|Choice)Param\(|show_object\()/m;
const JAVASCRIPT_ONLY = /^\s*(?:export |import .* from ["']|import \{|const |let |function |\/\/|\/\*)|[;{]\s*$/m;

export function looksLikePython(source: string): boolean {
  if (source.length > PYTHON_LIMITS.maxSourceChars) return false;
  if (JAVASCRIPT_ONLY.test(source) || !PYTHON_ONLY.test(source)) return false;
  const cursor = parser.parse(source).cursor();
  do {
    if (cursor.type.isError) return false;
  } while (cursor.next());
  return true;
}
