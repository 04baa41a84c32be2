/**
 * The confining evaluator of a build slot: each evaluation of a ModelScript runs in a fresh SES
 * `Compartment` whose globals are only the hardened `"partforge"` scope, a seeded `Math` and a
 * fixed `Date`. Everything else a compartment offers is the realm's shared, frozen
 * intrinsics; `eval`, `Function` and `Compartment` are replaced so no script compiles code at
 * run time. What one build changes on its compartment's global object dies with it.
 *
 * Making a compartment, giving it its globals and making its evaluator (measured: ~100 µs of an
 * evaluation's ~120 µs with the partforge scope) need not wait for the build: `prepareNext` does
 * it ahead, while the slot is idle after a reply, for the next two evaluations — a script the slot
 * has not validated yet is evaluated twice (validation, then the build), a repeat build once.
 * Each is still a new compartment, no script's code has run in it, for one evaluation; its
 * `Math.random` is seeded then. Compartments are named alike (the name is SES's, for its module
 * loader's messages; no script can read it), so one made ahead serves any script's evaluation:
 * named after the script, as they were, they served only a repeat build of the script before.
 */
import { CAUGHT_HOOK, type EvaluationContext, type Evaluator } from "../../../modelscript/index.ts";
import { PartforgeError } from "../../../shared/errors.ts";

/** 2000-01-01T00:00:00Z: what `Date.now()` and `new Date()` say inside every build. */
export const FIXED_TIME_MS = Date.UTC(2000, 0, 1);

/** The most evaluations a build runs (a script not validated yet: validation, then the build), and so the compartments made ahead. */
const PREPARED_AHEAD = 2;
/** Every compartment's name: SES keeps it for its module loader's messages, which no evaluation here reaches. */
const COMPARTMENT_NAME = "ModelScript";

/** Four 32-bit words seeding one evaluation's `Math.random`. */
export type Seed = readonly [number, number, number, number];

export interface ConfinedEvaluator {
  readonly evaluate: Evaluator;
  /** Seeds the `Math.random` of the evaluations that follow. */
  setSeed(seed: Seed): void;
  /**
   * Makes now, ahead of it, one compartment for the evaluations to come (for the scope of the last
   * evaluation; an evaluation of another scope makes its own): the slot calls it when idle, after
   * a reply. Returns whether another is wanted (`PREPARED_AHEAD` are kept).
   */
  prepareNext(): boolean;
}

/** Makes the evaluator; call once per slot, after `lockdown()`. */
export function createConfinedEvaluator(): ConfinedEvaluator {
  const fixedDate = makeFixedDate();
  const refusals = harden({
    eval: unavailable("eval", "a ModelScript cannot evaluate code from strings"),
    Function: unavailable("Function", "a ModelScript cannot construct functions from strings"),
    Compartment: unavailable("Compartment", "a ModelScript cannot create compartments"),
  });
  const absent = absentHostGlobals();
  const console = silentConsole();
  const mathDescriptors = mathWithoutRandom();
  let seed: Seed = [1, 2, 3, 4];
  /**
   * A new compartment whose global object has what the constructor's `globals` option would give
   * it (SES assigns them to it) — the scope, then a new frozen `Math` whose `random` is seeded
   * only at its evaluation (`seed`) — and the refusals of host globals.
   */
  const furnished = (globals: EvaluationContext["globals"]): Furnished => {
    const compartment = new Compartment({ __options__: true, name: COMPARTMENT_NAME });
    const math = seedableMath(mathDescriptors);
    Object.assign(compartment.globalThis, { console, ...globals, Math: math.math, Date: fixedDate, ...refusals });
    Object.defineProperties(compartment.globalThis, absent);
    return { globals, compartment, seed: math.seed };
  };
  let lastGlobals: EvaluationContext["globals"] | undefined;
  /** Compartments no evaluation has used yet, made by `prepareNext` for evaluations of that scope only, oldest first. */
  const prepared: Furnished[] = [];
  const evaluate: Evaluator = (code: string, context: EvaluationContext) => {
    if (prepared[0]?.globals !== context.globals) prepared.length = 0;
    lastGlobals = context.globals;
    const { compartment, seed: seedMath } = prepared.shift() ?? furnished(context.globals);
    seedMath(seed);
    // The code starts with its "use strict" line, so wrapping it keeps every later line and column.
    const moduleBody = compartment.evaluate(`(function (require, module, exports, ${CAUGHT_HOOK}) {${code}\n})\n//# sourceURL=${context.fileName}\n`) as (
      require: EvaluationContext["require"],
      module: EvaluationContext["module"],
      exports: EvaluationContext["exports"],
      caught: EvaluationContext["caught"],
    ) => void;
    moduleBody(context.require, context.module, context.exports, context.caught);
  };
  return {
    evaluate,
    setSeed(next) {
      seed = next;
    },
    prepareNext() {
      if (lastGlobals === undefined || prepared.length >= PREPARED_AHEAD) return false;
      const next = furnished(lastGlobals);
      // SES makes a compartment's evaluator at its first evaluation, from its global object's
      // immutable properties; that object is complete now (only Math's seed comes later), so
      // evaluating a constant makes the same evaluator now.
      next.compartment.evaluate("0");
      prepared.push(next);
      return prepared.length < PREPARED_AHEAD;
    },
  };
}

/** Host globals scripts sometimes reach for: reading one is a clear error rather than `undefined`. */
export const HOST_GLOBALS: readonly string[] = [
  "process",
  "Buffer",
  "global",
  "__filename",
  "__dirname",
  "setTimeout",
  "setInterval",
  "setImmediate",
  "clearTimeout",
  "clearInterval",
  "clearImmediate",
  "queueMicrotask",
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebAssembly",
  "SharedArrayBuffer",
  "Atomics",
  "performance",
];

function absentHostGlobals(): PropertyDescriptorMap {
  const descriptors: PropertyDescriptorMap = {};
  const present = new Compartment({ __options__: true }).globalThis;
  for (const name of HOST_GLOBALS) {
    if (Object.hasOwn(present, name)) continue;
    const get = () => {
      throw new PartforgeError(
        "SCRIPT_EXCEPTION",
        `${name} is not available in a ModelScript: scripts have no file, network, process, environment, timer or WebAssembly access`,
      );
    };
    descriptors[name] = { get: harden(get), enumerable: false, configurable: false };
  }
  return harden(descriptors);
}

/** `console` that goes nowhere, so debugging output left in a script does not fail its build. */
function silentConsole(): Console {
  const ignore = () => undefined;
  const methods = ["log", "info", "warn", "error", "debug", "trace", "dir", "table", "group", "groupEnd", "time", "timeEnd", "assert", "count"];
  return harden(Object.fromEntries(methods.map((name) => [name, ignore]))) as unknown as Console;
}

/** A stand-in that throws a clear error, linked to `Function.prototype` so `instanceof` still works. */
function unavailable(name: string, reason: string): (...args: unknown[]) => never {
  // A function expression, not a method, so that `new Function(…)` reaches the message too.
  const refuse = function (): never {
    throw new PartforgeError("SCRIPT_EXCEPTION", `${name} is not available in a ModelScript: ${reason}`);
  };
  Object.defineProperties(refuse, { name: { value: name }, prototype: { value: Function.prototype } });
  return refuse;
}

/**
 * `Math`'s own properties but `random`, read once per slot (by `createConfinedEvaluator`, after
 * `lockdown()`): every value is a hardened intrinsic or a number, so the per-evaluation copy in
 * `seedableMath` needs no deep walk.
 */
function mathWithoutRandom(): PropertyDescriptorMap {
  const { random: _unseeded, ...descriptors } = Object.getOwnPropertyDescriptors(Math);
  return Object.freeze(descriptors);
}

/** A compartment made for one evaluation, and how to seed its `Math.random`. */
interface Furnished {
  globals: EvaluationContext["globals"];
  compartment: Compartment;
  seed(seed: Seed): void;
}

/**
 * `Math` with `random` replaced by a small fast PRNG (sfc32) over the seed given to `seed` (once,
 * before the evaluation), frozen: a new object per evaluation, so nothing a build does to it
 * reaches the next. Object.freeze is harden here (its prototype, Object.prototype, and every
 * value but `random` are hardened intrinsics or numbers, and `random` is hardened itself), and it
 * skips harden's walk of ~40 properties (about 35 µs of an evaluation's ~220 µs, measured; two
 * evaluations per build).
 */
function seedableMath(mathDescriptors: PropertyDescriptorMap): { math: Math; seed(seed: Seed): void } {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const random = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  const math = Object.freeze(Object.create(Object.prototype, { ...mathDescriptors, random: { value: harden(random) } }) as Math);
  const seed = ([a0, b0, c0, d0]: Seed) => {
    [a, b, c, d] = [a0, b0, c0, d0];
    for (let i = 0; i < 12; i++) random(); // mix the seed in
  };
  return { math, seed };
}

/** `Date` whose "now" is `FIXED_TIME_MS`; dates built from explicit fields or strings are real. */
function makeFixedDate(): DateConstructor {
  const RealDate = Date;
  const fixed = function Date(this: unknown, ...args: unknown[]): unknown {
    if (new.target === undefined) return new RealDate(FIXED_TIME_MS).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [FIXED_TIME_MS] : args, new.target);
  };
  Object.defineProperties(fixed, {
    prototype: { value: RealDate.prototype },
    length: { value: 7 },
    now: { value: () => FIXED_TIME_MS },
    parse: { value: RealDate.parse },
    UTC: { value: RealDate.UTC },
  });
  return harden(fixed as unknown as DateConstructor);
}
