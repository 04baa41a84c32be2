/**
 * Argument binding generated from the signature table, as Python binds a call: parameters
 * positionally in order, then by name in a trailing options object (Python's keyword
 * arguments), or both. `null`/`undefined` are Python's None where None is allowed. Each value
 * is read once and copied (see `kinds.ts`); a bad call is a SCRIPT_EXCEPTION naming the
 * CadQuery form.
 */
import { closestName } from "../../shared/closest.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { describeValue } from "../vector.ts";
import { NO_MATCH, badItem, checkValue, describeTypes, isPlainObject, ownEntries, type Guards } from "./kinds.ts";
import { pythonForm } from "./pythonForm.ts";
import { byNameOnly, type MethodSignature, type ParamSpec, type PythonValue, type SignatureTable } from "./types.ts";

/**
 * The bound values by parameter name; `form` is the index of the call form that matched and
 * `given` the names the script gave (positionally or by name), for the rare method whose
 * behaviour depends on whether a default was spelled out.
 */
export type BoundArguments = Record<string, unknown> & { form: number; given: ReadonlySet<string> };

/**
 * Why a call did not fit one call form. Forms are tried in turn and most calls fit only a later
 * one, so this is not an Error (which captures a stack when made) and its message, with its
 * "did you mean" search and type descriptions, is written only if every form fails. It is
 * returned, not thrown: a throw would unwind through every frame between (and in a slot, where
 * partforge's functions report what passes through them, through each frame's catch clause).
 */
class BindingError {
  readonly #describe: () => string;
  constructor(describe: () => string) {
    this.#describe = describe;
  }
  get message(): string {
    return this.#describe();
  }
}
/** Too many positional arguments: the least telling reason when another call form also failed. */
class ArityError extends BindingError {}
/** A CadQuery parameter partforge cannot honour was given a value other than its default. */
class UnsupportedError extends BindingError {}

function takesMapping(param: ParamSpec | undefined): boolean {
  return param !== undefined && param.type.includes("mapping");
}

function copyDefault(value: PythonValue): unknown {
  if (value === null) return undefined;
  return Array.isArray(value) ? value.map(copyDefault) : value;
}

/** A default as the method receives it: checked like a given value, so a point default is a Vector. */
function boundDefault(param: ParamSpec, guards: Guards): unknown {
  const value = copyDefault(param.default!);
  const checked = value === undefined ? NO_MATCH : checkValue(param.type, value, guards);
  return checked === NO_MATCH ? value : checked;
}

function allowsNone(param: ParamSpec): boolean {
  return param.none === true || param.default === null;
}

/** A call's arguments, each read once: the trailing plain object's own entries are read up front. */
interface CallArguments {
  readonly args: readonly unknown[];
  /** The entries of the last argument when it is a plain object (it may still be a positional mapping). */
  readonly trailing: readonly [string, unknown][] | undefined;
}

function readCall(args: readonly unknown[]): CallArguments {
  const last = args[args.length - 1];
  return { args, trailing: args.length > 0 && isPlainObject(last) ? ownEntries(last) : undefined };
}

/** One call form of a signature, with what binding it needs worked out once (see `callForms`). */
interface CallForm {
  /** The parameters in order; `rest` only for the first form (Python's `*args`). */
  readonly params: readonly ParamSpec[];
  readonly rest: ParamSpec | undefined;
  /** The parameters that may be given positionally, in order. */
  readonly positional: readonly ParamSpec[];
  /** Every parameter's name, in order: the names the options object may use. */
  readonly names: readonly string[];
}

/** The call forms of the frozen signatures bound so far: a signature never changes, so neither do they. */
const CALL_FORMS = new WeakMap<MethodSignature, readonly CallForm[]>();

/**
 * The call forms of `signature`, in the order they are tried: `params` (with `rest`), then the
 * overloads. Worked out on its first call and kept when the signature is frozen, as the tables
 * are (`SIGNATURE_TABLES`); a signature that may still change is worked out at every call.
 */
function callForms(signature: MethodSignature): readonly CallForm[] {
  const known = CALL_FORMS.get(signature);
  if (known !== undefined) return known;
  const forms = [signature.params, ...(signature.overloads ?? [])].map(
    (params, index): CallForm =>
      // Frozen: kept across builds in a slot, so nothing a build does may change them.
      Object.freeze({
        params,
        rest: index === 0 ? signature.rest : undefined,
        positional: Object.freeze(params.filter((p) => !byNameOnly(p))),
        names: Object.freeze(params.map((p) => p.name)),
      }),
  );
  if (Object.isFrozen(signature)) CALL_FORMS.set(signature, Object.freeze(forms));
  return forms;
}

/** Binds a call to one call form; a BindingError (a message without the form) when it does not fit. */
function bindForm(form: CallForm, call: CallArguments, guards: Guards): { values: Record<string, unknown>; given: Set<string> } | BindingError {
  const { params, rest, positional, names } = form;
  let values = call.args;
  let named: readonly [string, unknown][] = [];
  // The trailing plain object is the options object unless its position takes a mapping, or the
  // form has nothing to name (Python's bare *args).
  if (call.trailing !== undefined && params.length > 0) {
    const at = values.length - 1;
    if (!takesMapping(at < positional.length ? positional[at] : rest)) {
      named = call.trailing;
      values = values.slice(0, -1);
    }
  }
  if (rest === undefined && values.length > positional.length) {
    const most = positional.length;
    return new ArityError(() => `got ${values.length} positional arguments; it takes ${most === 0 ? "none" : `at most ${most}`}`);
  }
  const raw = new Map<string, unknown>();
  // A positional `undefined` is a parameter not given (JavaScript's way to skip one), so it may still be named.
  const givenPositionally = Math.min(values.length, positional.length);
  for (let i = 0; i < givenPositionally; i++) {
    if (values[i] !== undefined) raw.set(positional[i]!.name, values[i]);
  }
  for (const [name, value] of named) {
    if (!names.includes(name)) {
      return new BindingError(() => {
        const suggestion = closestName(name, names);
        const hint = suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`;
        return `unknown option "${name}"${hint}; valid options are ${names.join(", ") || "none"}`;
      });
    }
    if (raw.has(name)) return new BindingError(() => `${name} is given twice, positionally and by name`);
    raw.set(name, value);
  }
  const bound: Record<string, unknown> = {};
  for (const param of params) {
    const value = bindValue(param, raw.get(param.name), guards);
    if (value instanceof BindingError) return value;
    bound[param.name] = value;
  }
  if (rest !== undefined) {
    const restValues: unknown[] = [];
    for (const [i, given] of values.slice(positional.length).entries()) {
      const value = bindValue({ ...rest, name: `${rest.name}[${i}]` }, given, guards);
      if (value instanceof BindingError) return value;
      restValues.push(value);
    }
    bound[rest.name] = restValues;
  }
  const given = new Set<string>();
  for (const [name, value] of raw) if (value !== undefined) given.add(name);
  return { values: bound, given };
}

/** The checked value for `param`, or a BindingError. */
function bindValue(param: ParamSpec, value: unknown, guards: Guards): unknown {
  const none = allowsNone(param);
  if (value === undefined || (value === null && none)) {
    if (value === null && param.default !== undefined && param.default !== null) return null;
    if (param.default !== undefined) return boundDefault(param, guards);
    if (none) return undefined;
    return new BindingError(() => `missing ${param.name}`);
  }
  const checked = checkValue(param.type, value, guards);
  if (checked === NO_MATCH) {
    const item = badItem(param.type, value, guards);
    if (item !== undefined) return new BindingError(() => `${param.name}[${item.index}] must be ${item.expected}; got ${describeValue(item.value)}`);
    return new BindingError(() => `${param.name} must be ${describeTypes(param.type)}${none ? " or None (null)" : ""}; got ${describeValue(value)}`);
  }
  if (param.unsupported !== undefined && JSON.stringify(checked) !== JSON.stringify(copyDefault(param.default ?? null))) {
    return new UnsupportedError(() => `${param.name} is not supported: ${param.unsupported}`);
  }
  return checked;
}

/**
 * Binds a call's arguments to the signature of `owner.method`, trying CadQuery's call forms in
 * order. Throws SCRIPT_EXCEPTION (or NOT_SUPPORTED) with the CadQuery form in the message.
 */
export function bindArguments(owner: string, method: string, signature: MethodSignature, args: readonly unknown[], guards: Guards): BoundArguments {
  const forms = callForms(signature);
  const call = readCall(args);
  const errors: BindingError[] = [];
  for (let index = 0; index < forms.length; index++) {
    const bound = bindForm(forms[index]!, call, guards);
    if (bound instanceof BindingError) {
      errors.push(bound);
      continue;
    }
    // The values object is this call's own (made by bindForm): completed in place, not copied.
    const result = bound.values as BoundArguments;
    result.form = index;
    result.given = bound.given;
    return result;
  }
  const reason = errors.find((error) => !(error instanceof ArityError)) ?? errors[0]!;
  const code = reason instanceof UnsupportedError ? "NOT_SUPPORTED" : "SCRIPT_EXCEPTION";
  throw new PartforgeError(code, `${pythonForm(owner, method, signature)}: ${reason.message}`);
}

/**
 * The binder of one class's table, typed by its generated values interface:
 * `bind("extrude", args).until`.
 */
export function binderFor<Values>(owner: string, table: SignatureTable, guards: Guards) {
  return <M extends keyof Values & string>(method: M, args: readonly unknown[]): Values[M] & { given: ReadonlySet<string> } => {
    const signature = Object.hasOwn(table, method) ? table[method] : undefined;
    if (signature === undefined) throw new PartforgeError("INTERNAL", `${owner}.${method} has no signature in the table`);
    return bindArguments(owner, method, signature, args, guards) as unknown as Values[M] & { given: ReadonlySet<string> };
  };
}
