/**
 * Hostile ModelScripts for the slot-hygiene test (issue 12, point 2): each tries to leave
 * something behind in its slot that would change what a later build computes. Each one ends
 * however it ends (most return a small box); only the builds that follow them are checked.
 */

export interface HygieneAttack {
  name: string;
  source: string;
}

/** Levels below the deepest reachable recursion depth at which the API is called. */
const WINDOW = 400;

/**
 * A script that finds how deep it can recurse, then recurses again and, in the last `WINDOW`
 * levels, calls `call` inside try/catch: near the limit the call overflows at every depth inside
 * the API in turn. `direction` "descending" calls on the way down (the last calls fail partway),
 * "ascending" on the way back up (after the overflow was caught below).
 */
function dive(name: string, setup: string, call: string, direction: "descending" | "ascending", when: "build" | "microtask" = "build"): HygieneAttack {
  const recurse =
    direction === "descending"
      ? `  if (limit >= 0 && d >= limit - ${WINDOW}) { try { call(d); } catch (e) {} }\n  try { dive(d + 1, call); } catch (e) { if (limit < 0) limit = d; }`
      : `  try { dive(d + 1, call); } catch (e) { if (limit < 0) limit = d; }\n  if (limit >= 0 && d >= limit - ${WINDOW}) { try { call(d); } catch (e) {} }`;
  const attack = `dive(0, () => undefined);\n  try { dive(0, (d) => { ${call} }); } catch (e) {}`;
  const body = when === "build" ? `  ${attack}` : `  Promise.resolve().then(() => {\n    ${setup}\n  ${attack}\n  });`;
  return {
    name: `${name} (${direction}${when === "microtask" ? ", in a microtask after build() returned" : ""})`,
    source: [
      `let limit = -1;`,
      `function dive(d, call) {`,
      recurse,
      `}`,
      `export function build() {`,
      when === "build" ? `  ${setup}` : "",
      body,
      `  return Workplane("XY").box(3, 3, 3);`,
      `}`,
      ``,
    ].join("\n"),
  };
}

const DIVES: readonly [string, string, string][] = [
  ["derive() of a Sketch with a selection", `const evil = Sketch().push([[7, 3], [-6, 2]]);`, `evil.push([[7, 3], [-6, 2]]);`],
  ["derive() of a Sketch with faces", `const evil = Sketch().rect(4, 4).push([[5, 5]]);`, `evil.push([[5, 5]]);`],
  ["Sketch()", ``, `Sketch();`],
  ["Sketch().rect()", ``, `Sketch().rect(2, 1);`],
  ["Workplane()", ``, `Workplane("XZ", { origin: [d, 1, 2] });`],
  ["Workplane().rect() (pending wires)", ``, `Workplane("XY").rect(2, 2);`],
  ["a selector", `const base = Workplane("XY").box(4, 4, 4);`, `base.faces(">Z").edges("|X or |Y");`],
  ["placeSketch()", `const sk = Sketch().circle(1);`, `Workplane("XY").placeSketch(sk);`],
  ["sketch().finalize()", `const base = Workplane("XY").box(6, 6, 1);`, `base.faces(">Z").sketch().circle(1).finalize();`],
  ["a parameter constructor", ``, `FloatParam({ default: d });`],
  ["tag() and workplaneFromTagged()", `const base = Workplane("XY").box(4, 4, 4).tag("base");`, `base.faces(">Z").workplane().tag("top").workplaneFromTagged("base");`],
  ["drawing lines", ``, `Workplane("XY").moveTo(1, 1).lineTo(3, d % 7).lineTo(0, 4);`],
];

/**
 * Issue 12's attack at 8-byte resolution. The landed sketch.ts set a module variable in derive()
 * and cleared it in the constructor, so a RangeError thrown between the two (the constructor's
 * class-field initializer is a call of its own) left it set for the next Sketch() in the slot.
 * The window is ~20 stack slots wide and exists only while derive() and the constructor run
 * unoptimised (once TurboFan had compiled derive() with the constructor inlined, every attempt
 * either failed at derive()'s entry or succeeded), so the script first discards their optimised
 * code by calling them with receivers and new.targets of other shapes (an eager deoptimisation),
 * then, a few frames above the deepest reachable depth, calls `call` through a
 * function given 0, 1, 2, … ignored arguments (8 bytes each): less stack at every attempt, and
 * the last attempt that failed inside the constructor is the one that stays set, because every
 * later one fails before derive() sets anything. Its own functions run once at the top first: a
 * function's first call deep in the stack fails in V8's compiler, not in the API.
 * On the landed code this left `evil`'s state for the next build's first Sketch() (at 17ce174 on
 * Node 20.20.2, the canary built from it every time).
 */
function stackEdge(name: string, setup: string, call: string): HygieneAttack {
  return {
    name: `${name} (RangeError at every 8-byte stack offset, optimised code discarded first)`,
    source: `${setup}
function discardOptimisedCode() {
  const shapes = [{ state: {} }, { a: 1, state: { b: 2 } }, { state: { faces: undefined }, z: 0 }];
  for (const fake of shapes) { try { evil.derive.call(fake, { q: 1 }); } catch (e) {} }
  for (const fake of shapes) { try { evil.tag.call({ ...fake, derive: () => 0, state: { tags: new Map(), selection: undefined } }, "t"); } catch (e) {} }
  for (const fake of shapes) { try { evil.reset.call({ ...fake, derive: () => 0 }); } catch (e) {} }
  for (const NewTarget of [class A {}, class B { x = 1; }, function C() {}]) { try { Reflect.construct(evil.constructor, [], NewTarget); } catch (e) {} }
}
let entered = false;
function attempt() { entered = true; ${call} }
/** Returns whether the first attempt (the most stack) succeeded: then the scan covered the window. */
function scan(max) {
  let first;
  for (let k = 0; k < max; k++) {
    entered = false;
    let outcome = "ok";
    try { attempt.apply(undefined, new Array(k)); } catch (e) { outcome = entered ? "inside" : "before"; }
    if (k === 0) first = outcome;
    if (outcome === "before") break;
  }
  return first === "ok";
}
let done = false;
function dive(d) {
  let bottom;
  try { bottom = dive(d + 1); } catch (e) { bottom = d; }
  if (!done && d < bottom) {
    entered = false;
    let fits = true;
    try { attempt(); } catch (e) { fits = false; }
    if (fits) { try { done = scan(4000); } catch (e) {} }
  }
  return bottom;
}
export function build() {
  discardOptimisedCode();
  scan(1);
  dive(0);
  done = false;
  dive(0);
  return Workplane("XY").box(3, 3, 3);
}
`,
  };
}

/** On the landed code derive() was public; on a fixed one it is not, and reset() derives instead. */
const STACK_EDGES: readonly HygieneAttack[] = [
  stackEdge("derive() called directly on a Sketch with a selection", `const evil = Sketch().push([[2, 1]]);`, `if (typeof evil.derive === "function") evil.derive({}); else evil.reset();`),
  stackEdge("reset() of a Sketch with faces", `const evil = Sketch().push([[40, 40]]).rect(4, 4).reset();`, `evil.reset();`),
];

const boom = `const boom = () => { throw new Error("hostile argument"); };`;
const proxy = `new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, apply: boom })`;

/** Arguments that throw from getters, valueOf, toString, Symbol.toPrimitive and Proxy traps. */
const HOSTILE_ARGUMENTS: HygieneAttack = {
  name: "passes arguments that throw from getters, valueOf, toString, Symbol.toPrimitive and Proxy traps",
  source: `${boom}
const attempts = [
  () => Workplane("XY").box({ valueOf: boom }, 1, 1),
  () => Workplane("XY").box({ [Symbol.toPrimitive]: boom }, 1, 1),
  () => Workplane("XY").box(1, 1, 1).faces({ toString: boom }),
  () => Workplane("XY").box(1, 1, 1).faces({ [Symbol.toPrimitive]: boom }),
  () => Workplane("XY").workplane({ get offset() { return boom(); } }),
  () => Workplane("XY").workplane(${proxy}),
  () => Workplane(${proxy}),
  () => Workplane("XY", { get origin() { return boom(); } }),
  () => Workplane("XY").pushPoints(new Proxy([[0, 0]], { get: boom })),
  () => Workplane("XY").polyline([[0, 0], { get 0() { return boom(); }, 1: 1, length: 2 }]),
  () => Sketch().push(new Proxy([[1, 1]], { get: boom })),
  () => Sketch().push([[1, 1], ${proxy}]),
  () => Sketch().rect(2, 2, { get mode() { return boom(); } }),
  () => Sketch().rect(2, 2).vertices().fillet({ valueOf: boom }),
  () => Sketch().push([[1, 1]]).each(() => boom()),
  () => Sketch().push([[1, 1]]).each(${proxy}),
  () => Workplane("XY").placeSketch(${proxy}),
  () => Workplane("XY").box(2, 2, 2).edges(${proxy}),
  () => Workplane("XY").box(2, 2, 2).faces(">Z").workplane({ offset: { valueOf: boom } }),
  () => Workplane("XY").text({ toString: boom }, 5, 1),
  () => Workplane("XY").circle(1).extrude({ [Symbol.toPrimitive]: boom }),
];
export function build() {
  for (const attempt of attempts) { try { attempt(); } catch (e) {} }
  return Workplane("XY").box(2, 2, 2);
}
`,
};

/** Arguments the script changes after the call, and getters that answer differently the second time. */
const KEPT_REFERENCES: HygieneAttack = {
  name: "changes arrays and objects after passing them, and answers differently on a second read",
  source: `let reads = 0;
const points = [[0, 0], [5, 0], [5, 5]];
const locations = [[1, 1], [2, 2]];
export function build() {
  const line = Workplane("XY").polyline(points);
  const sketch = Sketch().push(locations);
  const shifty = { get offset() { reads += 1; if (reads > 1) throw new Error("read twice"); return 1; } };
  try { Workplane("XY").workplane(shifty); } catch (e) {}
  points.length = 0;
  points.push({ get 0() { throw new Error("kept and read later"); } });
  locations[0] = new Proxy([], { get() { throw new Error("kept and read later"); } });
  try { line.close(); } catch (e) {}
  try { sketch.circle(1); } catch (e) {}
  return Workplane("XY").box(2, 2, 2);
}
`,
};

/** Chains left half-built: tags, selections, pending wires and edges, an unfinished sketch. */
const ABANDONED_CHAINS: HygieneAttack = {
  name: "abandons half-built chains with tags, selections, pending wires and an unfinished sketch",
  source: `export function build() {
  Workplane("XY").box(5, 5, 5).tag("base").faces(">Z").workplane().rect(2, 2);
  Workplane("XY").moveTo(1, 1).lineTo(3, 3).lineTo(3, 0);
  Sketch().rect(3, 3).vertices().tag("corners");
  Sketch().push([[9, 9]]).rect(1, 1).edges();
  Workplane("XY").box(4, 4, 4).faces(">Z").sketch().circle(1).rect(5, 5, { mode: "s" });
  Workplane("XY").circle(4).workplane({ offset: 3 }).circle(2);
  return Workplane("XY").box(2, 2, 2);
}
`,
};

/** Calls the API from a finalizer or microtasks that run after build() returned. */
const AFTER_THE_BUILD: HygieneAttack = {
  name: "keeps calling the API from microtasks and finalizers after build() returned",
  source: `const evil = Sketch().push([[4, 4]]);
export function build() {
  let n = 0;
  const again = () => { n += 1; try { evil.push([[4, 4]]); Sketch().push([[3, 3]]).rect(1, 1); } catch (e) {} if (n < 50) Promise.resolve().then(again); };
  Promise.resolve().then(again);
  if (typeof FinalizationRegistry === "function") {
    const registry = new FinalizationRegistry(() => { evil.push([[4, 4]]); throw new Error("finalizer ran in a later build"); });
    for (let i = 0; i < 1000; i++) registry.register({ i }, i);
  }
  return Workplane("XY").box(2, 2, 2);
}
`,
};

/** A stack overflow the script does not catch: its own build fails, the next must not care. */
const UNCAUGHT_OVERFLOW: HygieneAttack = {
  name: "overflows the stack inside Sketch() and lets it escape",
  source: `function deeper(n) { Sketch().push([[n, 1]]); return deeper(n + 1) + 1; }
export function build() { return deeper(0); }
`,
};

/**
 * Stack overflows swallowed without a catch clause at the overflow, around Sketch() and derive()
 * at every depth: by a `finally` that returns, by async functions and Promise executors (their
 * rejections dropped), in a microtask after build() returned, and by a loop whose iterator's
 * return() its own exception discards.
 */
const SWALLOWED_OVERFLOWS: HygieneAttack = {
  name: "swallows overflows inside Sketch() with finally { return }, async functions, Promise executors and iterator close",
  source: `const evil = Sketch().push([[6, 6]]);
function inFinally(d) { try { inFinally(d + 1); } finally { evil.push([[d, 2]]); Sketch().push([[d, 1]]); return d; } }
async function asynchronous(d) { asynchronous(d + 1); evil.push([[d, 3]]); }
function inExecutor(d) { new Promise(() => { inExecutor(d + 1); evil.push([[d, 4]]); }); }
const iterable = { [Symbol.iterator]() { return { next: () => ({ done: false, value: 1 }), return() { inFinally(0); return {}; } }; } };
export function build() {
  inFinally(0);
  asynchronous(0);
  inExecutor(0);
  Promise.resolve().then(() => { inFinally(0); asynchronous(0); });
  try { for (const item of iterable) throw new Error(String(item)); } catch (e) {}
  return Workplane("XY").box(3, 3, 3);
}
`,
};

export const HYGIENE_ATTACKS: readonly HygieneAttack[] = [
  ...STACK_EDGES,
  ...DIVES.flatMap(([name, setup, call]) => [dive(name, setup, call, "descending"), dive(name, setup, call, "ascending")]),
  dive("derive() of a Sketch with a selection", DIVES[0]![1], DIVES[0]![2], "descending", "microtask"),
  HOSTILE_ARGUMENTS,
  KEPT_REFERENCES,
  ABANDONED_CHAINS,
  AFTER_THE_BUILD,
  UNCAUGHT_OVERFLOW,
  SWALLOWED_OVERFLOWS,
];
