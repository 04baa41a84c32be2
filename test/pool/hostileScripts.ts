/**
 * The pool tests' own hostile ModelScripts (issue 3, point 7), each with the error code it
 * must end with. Kept apart from the tests so a reader sees every attack in one place.
 */
import type { ErrorCode } from "../../src/shared/errors.ts";

export interface HostileScript {
  name: string;
  source: string;
  language: "ts" | "js";
  /** The code the build must fail with. */
  code: ErrorCode;
  /** A word the message must contain, so the error is the clear one and not an accident. */
  mentions: RegExp;
  /** A per-build time limit for the runaway cases. */
  timeoutMs?: number;
  /** Line the error must point at, when it is known. */
  line?: number;
}

const box = `Workplane("XY").box(10, 10, 10)`;

export const HOSTILE_SCRIPTS: readonly HostileScript[] = [
  {
    name: "reads process.env",
    language: "js",
    source: `export function build() {\n  const secret = process.env.PARTFORGE_TEST_SECRET;\n  throw new Error("got " + secret);\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /process is not available/,
    line: 2,
  },
  {
    name: "reads a file through a static import of node:fs",
    language: "ts",
    source: `import { readFileSync } from "node:fs";\nexport function build() { return readFileSync("/etc/passwd", "utf8"); }\n`,
    code: "IMPORT_NOT_ALLOWED",
    mentions: /only import from "partforge"/,
    line: 1,
  },
  {
    name: "opens a network connection with fetch",
    language: "js",
    source: `export function build() {\n  fetch("http://127.0.0.1:9/");\n  return ${box};\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /fetch is not available/,
    line: 2,
  },
  {
    name: "calls require",
    language: "js",
    source: `const fs = require("fs");\nexport function build() { return fs.readFileSync("/etc/passwd"); }\n`,
    code: "IMPORT_NOT_ALLOWED",
    mentions: /require/,
    line: 1,
  },
  {
    name: "uses a dynamic import",
    language: "js",
    source: `export async function build() {\n  const fs = await import("node:fs");\n  return fs;\n}\n`,
    code: "IMPORT_NOT_ALLOWED",
    mentions: /dynamic import/,
    line: 2,
  },
  {
    name: "hides a dynamic import in a string for the Function constructor",
    language: "js",
    source: `export function build() {\n  const f = new Function(["return imp", "ort('node:fs')"].join(""));\n  return f();\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /Function is not available/,
    line: 2,
  },
  {
    name: "escapes through a function's constructor",
    language: "js",
    source: `export function build() {\n  const F = Workplane.constructor;\n  return F("return process")().env;\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /not a valid constructor/,
    line: 3,
  },
  {
    name: "escapes through an async function's constructor",
    language: "js",
    source: `export function build() {\n  const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;\n  AsyncFunction("return process")();\n  return ${box};\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /not a valid constructor/,
    line: 3,
  },
  {
    name: "installs Error.prepareStackTrace to reach host objects",
    language: "js",
    source: [
      `export function build() {`,
      `  Error.prepareStackTrace = (error, frames) => frames.map((frame) => frame.getThis());`,
      `  let base;`,
      `  try { Workplane(42); } catch (caught) { base = Object.getPrototypeOf(caught.constructor); }`,
      `  base.prepareStackTrace = (error, frames) => frames.map((frame) => typeof frame.getThis === "function" ? frame.getThis() : "attenuated");`,
      `  const frames = new Error("probe").stack;`,
      `  const reached = Array.isArray(frames) ? frames.filter((f) => f !== "attenuated" && f !== undefined) : [];`,
      `  throw new Error("reached " + reached.length + " host objects; stack is " + JSON.stringify(frames));`,
      `}`,
    ].join("\n"),
    code: "SCRIPT_EXCEPTION",
    mentions: /reached 0 host objects/,
    line: 8,
  },
  {
    name: "reads a host stack trace through error.stack",
    language: "js",
    source: `export function build() {\n  try { Workplane().box(-1, 2, 3); } catch (error) { throw new Error("stack: [" + error.stack + "]"); }\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /stack: \[\]/,
    line: 2,
  },
  {
    name: "uses indirect eval",
    language: "js",
    source: `export function build() {\n  const indirect = eval;\n  return indirect("process.env");\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /eval is not available/,
    line: 3,
  },
  {
    name: "loops forever synchronously",
    language: "js",
    source: `export function build() {\n  for (;;) {}\n}\n`,
    code: "TIMEOUT",
    mentions: /time limit of 1\.5 s/,
    timeoutMs: 1500,
  },
  {
    name: "loops forever in microtasks after returning",
    language: "js",
    // Each turn schedules the next and returns nothing: no chain of promises grows, so the loop
    // meets its time limit, not the memory limit (returning the promise made a chain that, on
    // Node 24 on an idle machine, reached 256 MiB within 1.5 s).
    source: `export function build() {\n  const spin = () => {\n    Promise.resolve().then(spin);\n  };\n  spin();\n  return ${box};\n}\n`,
    code: "TIMEOUT",
    mentions: /time limit of 1\.5 s/,
    timeoutMs: 1500,
  },
  {
    name: "exhausts the JavaScript heap",
    language: "js",
    source: `export function build() {\n  const hoard = [];\n  for (;;) hoard.push(new Array(1e6).fill(hoard.length));\n}\n`,
    code: "MEMORY_LIMIT",
    mentions: /script memory limit/,
    timeoutMs: 60_000,
  },
  {
    name: "exhausts the kernel's WebAssembly memory",
    language: "js",
    source: `export function build() {\n  const hoard = [];\n  for (let i = 0; ; i++) hoard.push(Workplane("XY").sphere(5).translate([i, 0, 0]));\n}\n`,
    code: "MEMORY_LIMIT",
    mentions: /geometry kernel's memory limit/,
    timeoutMs: 60_000,
  },
  {
    name: "overflows the stack",
    language: "js",
    source: `function deeper(n) {\n  return deeper(n + 1) + 1;\n}\nexport function build() {\n  return deeper(0);\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /Maximum call stack size exceeded/,
    line: 2,
  },
  {
    name: "starts a timer",
    language: "js",
    source: `export function build() {\n  setTimeout(() => undefined, 10);\n  return ${box};\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /setTimeout is not available/,
    line: 2,
  },
  {
    name: "blocks in Atomics.wait",
    language: "js",
    source: `export function build() {\n  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);\n  return ${box};\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /Atomics is not available/,
    line: 2,
  },
  {
    name: "throws a Proxy with hostile traps",
    language: "js",
    source: `const trap = () => { throw new Error("trap ran"); };\nexport function build() {\n  throw new Proxy({}, { get: trap, getPrototypeOf: trap, ownKeys: trap, has: trap });\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /threw a Proxy/,
  },
  {
    name: "throws a primitive",
    language: "js",
    source: `export function build() {\n  throw 42;\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /threw 42/,
  },
  {
    name: "throws a symbol",
    language: "js",
    source: `export function build() {\n  throw Symbol("boom");\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /threw a symbol/,
  },
  {
    name: "returns an array whose element getter loops forever",
    language: "js",
    source: `export function build() {\n  const parts = [];\n  Object.defineProperty(parts, 0, { get() { for (;;) {} }, enumerable: true });\n  parts.length = 1;\n  return parts;\n}\n`,
    code: "TIMEOUT",
    mentions: /time limit of 1\.5 s/,
    timeoutMs: 1500,
  },
  {
    name: "returns a Proxy whose traps throw",
    language: "js",
    source: `const trap = () => { throw new Error("trap ran"); };\nexport function build() {\n  return new Proxy([], { get: trap, getPrototypeOf: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });\n}\n`,
    code: "INVALID_RESULT",
    mentions: /build\(\)/,
  },
  {
    name: "pollutes Object.prototype",
    language: "js",
    source: `export function build() {\n  Object.prototype.polluted = "yes";\n  return ${box};\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /polluted/,
    line: 2,
  },
  {
    name: "patches the modelling API's prototypes",
    language: "js",
    source: `export function build() {\n  Workplane.prototype.box = function () { return "hijacked"; };\n  return ${box};\n}\n`,
    code: "SCRIPT_EXCEPTION",
    mentions: /read only|read-only|not extensible/,
    line: 2,
  },
  {
    name: "hides an HTML comment in a string",
    language: "js",
    source: `export function build() {\n  const s = "<!-- x";\n  return ${box};\n}\n`,
    code: "SCRIPT_SYNTAX",
    mentions: /<!--/,
    line: 2,
  },
];

/** Leaves changes everywhere it can without failing; the next build must see none of them. */
export const POLLUTER = `export const METADATA = { name: "Polluter" };
export function build() {
  const attempts = [
    () => { globalThis.leaked = "from the previous build"; },
    () => { Object.prototype.leaked = "proto"; },
    () => { Array.prototype.push = () => 0; },
    () => { Workplane.prototype.box = () => "hijacked"; },
    () => { Object.getPrototypeOf(Workplane("XY").box(1, 1, 1).val()).Volume = () => -1; },
    () => { Object.getPrototypeOf(FloatParam({ default: 1 })).constructor.prototype.extra = 1; },
    () => { Math.random = () => 0.5; },
    () => { Date.now = () => 0; },
    () => { try { Workplane(42); } catch (e) { Object.getPrototypeOf(e).toData = () => ({}); } },
    () => { try { Workplane(42); } catch (e) { Object.getPrototypeOf(e.constructor).prepareStackTrace = () => "hijacked"; } },
    () => { try { Workplane(42); } catch (e) { Object.getPrototypeOf(e.constructor).stackTraceLimit = 0; } },
  ];
  for (const attempt of attempts) { try { attempt(); } catch {} }
  return Workplane("XY").box(10, 10, 10);
}
`;

/** Fails unless it runs in a realm untouched by POLLUTER. */
export const POLLUTION_CHECK = `export const METADATA = { name: "Clean" };
export function build() {
  const leaks = [];
  if (typeof leaked !== "undefined" || "leaked" in globalThis) leaks.push("global");
  if ({}.leaked !== undefined) leaks.push("Object.prototype");
  if ([].push.toString().indexOf("native code") < 0) leaks.push("Array.prototype.push");
  const block = Workplane("XY").box(2, 3, 4);
  if (typeof block === "string") leaks.push("Workplane.prototype.box");
  if (Math.abs(block.val().Volume() - 24) > 1e-6) leaks.push("Shape.prototype.Volume");
  if (Object.getPrototypeOf(FloatParam({ default: 1 })).extra !== undefined) leaks.push("Param.prototype");
  if (Date.now() !== 946684800000) leaks.push("Date.now");
  let located = false;
  try { Workplane(42); } catch (e) { located = e instanceof Error; }
  if (!located) leaks.push("errors");
  if (leaks.length > 0) throw new Error("leaked: " + leaks.join(", "));
  return block;
}
`;
