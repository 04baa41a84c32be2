/**
 * Errors of Python ModelScripts: translation errors at the Python line and column, and the
 * Python-style wording of errors raised while a translated script runs (a Python user expects
 * `TypeError: extrude() got an unexpected keyword argument 'combin'`).
 */
import { PartforgeError, type ErrorCode, type SourceLocation } from "../../shared/errors.ts";

/** A translation error at `location` (1-based line and column of the `.py` source), about parameter `param` when given. */
export function pythonError(code: ErrorCode, message: string, location: SourceLocation | undefined, param?: string): PartforgeError {
  const about = param === undefined ? {} : { param };
  if (location === undefined) return new PartforgeError(code, message, about);
  return new PartforgeError(code, message, { ...about, location, details: { diagnostics: [{ code, message, ...about, line: location.line, column: location.column }] } });
}

/** The refusal of a construct outside the supported subset. */
export function notInSubset(what: string, location: SourceLocation, hint = ""): PartforgeError {
  return pythonError("SCRIPT_SYNTAX", `${what} is not supported in a Python ModelScript${hint === "" ? "" : `: ${hint}`}`, location);
}

const UNKNOWN_OPTION = /^(\w+)\.(\w+)\((.*)\): unknown option "(\w+)"(?: \(did you mean "(\w+)"\?\))?; valid options are .*$/s;
const NOT_DEFINED = /^ReferenceError: (\S+) is not defined$/;

/**
 * A message of a failed Python build as a Python user reads it: the signature table's unknown
 * option becomes Python's TypeError (keeping the hint and the CadQuery form), a JavaScript
 * ReferenceError becomes NameError. Other messages are unchanged.
 */
export function pythonMessage(message: string): string {
  const option = UNKNOWN_OPTION.exec(message);
  if (option !== null) {
    const [, owner, method, params, name, suggestion] = option;
    const hint = suggestion === undefined ? "" : ` (did you mean '${suggestion}'?)`;
    return `TypeError: ${method}() got an unexpected keyword argument '${name}'${hint}; ${owner}.${method}(${params})`;
  }
  const reference = NOT_DEFINED.exec(message);
  if (reference !== null) return `NameError: name '${reference[1]}' is not defined`;
  return message;
}
