import { type Guards } from "./kinds.ts";
import { type MethodSignature, type SignatureTable } from "./types.ts";
/**
 * The bound values by parameter name; `form` is the index of the call form that matched and
 * `given` the names the script gave (positionally or by name), for the rare method whose
 * behaviour depends on whether a default was spelled out.
 */
export type BoundArguments = Record<string, unknown> & {
    form: number;
    given: ReadonlySet<string>;
};
/**
 * Binds a call's arguments to the signature of `owner.method`, trying CadQuery's call forms in
 * order. Throws SCRIPT_EXCEPTION (or NOT_SUPPORTED) with the CadQuery form in the message.
 */
export declare function bindArguments(owner: string, method: string, signature: MethodSignature, args: readonly unknown[], guards: Guards): BoundArguments;
/**
 * The binder of one class's table, typed by its generated values interface:
 * `bind("extrude", args).until`.
 */
export declare function binderFor<Values>(owner: string, table: SignatureTable, guards: Guards): <M extends keyof Values & string>(method: M, args: readonly unknown[]) => Values[M] & {
    given: ReadonlySet<string>;
};
