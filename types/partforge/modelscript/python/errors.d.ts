/**
 * Errors of Python ModelScripts: translation errors at the Python line and column, and the
 * Python-style wording of errors raised while a translated script runs (a Python user expects
 * `TypeError: extrude() got an unexpected keyword argument 'combin'`).
 */
import { PartforgeError, type ErrorCode, type SourceLocation } from "../../shared/errors.ts";
/** A translation error at `location` (1-based line and column of the `.py` source), about parameter `param` when given. */
export declare function pythonError(code: ErrorCode, message: string, location: SourceLocation | undefined, param?: string): PartforgeError;
/** The refusal of a construct outside the supported subset. */
export declare function notInSubset(what: string, location: SourceLocation, hint?: string): PartforgeError;
/**
 * A message of a failed Python build as a Python user reads it: the signature table's unknown
 * option becomes Python's TypeError (keeping the hint and the CadQuery form), a JavaScript
 * ReferenceError becomes NameError. Other messages are unchanged.
 */
export declare function pythonMessage(message: string): string;
