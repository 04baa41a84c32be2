/**
 * A signature written as CadQuery's Python reads, e.g.
 * `Workplane.extrude(until, combine=True, clean=True, both=False, taper=None)`: for error
 * messages that help a porting script author, and for docs/api.md.
 */
import { type MethodSignature, type ParamSpec, type PythonValue } from "./types.ts";
/** A default as Python prints it: True, None, 'arc', (0, 0, 1). */
export declare function pythonValue(value: PythonValue): string;
/** Python's parameter list of one call form; keyword-only parameters, then partforge extensions, come last. */
export declare function pythonParameters(params: readonly ParamSpec[], rest?: ParamSpec): string;
/** Every call form of `owner.method`, joined with " or ". */
export declare function pythonForm(owner: string, method: string, signature: MethodSignature): string;
