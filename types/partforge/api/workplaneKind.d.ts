/**
 * Whether a value is a Workplane, for the operations that take "a Workplane or a Shape": they
 * ask here instead of importing the class, which made workplane.ts and the operation modules it
 * imports a cycle. A Workplane is one this module saw made (`markWorkplane`, by the class's
 * constructor and `derive`): an object a script builds on `Workplane.prototype` is not one.
 */
import type { WorkplaneImpl } from "./workplane.ts";
/** Records `value` as a Workplane; called only where workplane.ts makes one. */
export declare function markWorkplane<T extends object>(value: T): T;
export declare function isWorkplane(value: unknown): value is WorkplaneImpl;
