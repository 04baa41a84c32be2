// partforge's Python runtime: the semantics of Python 3 values for translated ModelScripts.
// It runs inside the script's own module, under the script's confinement. Ints are BigInt,
// floats numbers, lists arrays, tuples frozen arrays, None undefined.
// It has no import of its own: `$pf`, the "partforge" module, is bound by the translated
// script's first line (RUNTIME_IMPORT in runtime.ts), after which this text is placed, compiled
// once per process (see src/modelscript/compilePython.ts).
const $INT_BITS = 65536;
const $MAX_ITEMS = 10000000;
const $specs = new WeakMap();
const $natives = new WeakMap();
const $types = new Map();
let $stars = [];
let $results;
/** A name of the "partforge" module, or undefined (read by name so that a missing one is no import error). */
function $pfGet(name) {
  return Object.hasOwn($pf, name) ? $pf[name] : undefined;
}

// ---- exceptions --------------------------------------------------------------------------
class $BaseException extends Error {
  constructor(args) {
    const list = Array.isArray(args) ? args : [];
    super("");
    Object.defineProperty(this, "args", { value: Object.freeze([...list]), enumerable: false });
    Object.defineProperty(this, "message", { value: list.length === 1 ? $str(list[0]) : list.length === 0 ? "" : $repr(Object.freeze([...list])), enumerable: false });
  }
}
function $exceptionClass(name, parent) {
  const made = { [name]: class extends parent {} }[name];
  Object.defineProperty(made.prototype, "name", { value: name });
  return made;
}
Object.defineProperty($BaseException.prototype, "name", { value: "BaseException" });
const $Exception = $exceptionClass("Exception", $BaseException);
const $ArithmeticError = $exceptionClass("ArithmeticError", $Exception);
const $LookupError = $exceptionClass("LookupError", $Exception);
const $RuntimeError = $exceptionClass("RuntimeError", $Exception);
const $exceptions = {
  BaseException: $BaseException,
  Exception: $Exception,
  ArithmeticError: $ArithmeticError,
  LookupError: $LookupError,
  RuntimeError: $RuntimeError,
  ZeroDivisionError: $exceptionClass("ZeroDivisionError", $ArithmeticError),
  OverflowError: $exceptionClass("OverflowError", $ArithmeticError),
  IndexError: $exceptionClass("IndexError", $LookupError),
  KeyError: $exceptionClass("KeyError", $LookupError),
  ValueError: $exceptionClass("ValueError", $Exception),
  TypeError: $exceptionClass("TypeError", $Exception),
  NameError: $exceptionClass("NameError", $Exception),
  AttributeError: $exceptionClass("AttributeError", $Exception),
  AssertionError: $exceptionClass("AssertionError", $Exception),
  ImportError: $exceptionClass("ImportError", $Exception),
  StopIteration: $exceptionClass("StopIteration", $Exception),
  MemoryError: $exceptionClass("MemoryError", $Exception),
  NotImplementedError: $exceptionClass("NotImplementedError", $RuntimeError),
  RecursionError: $exceptionClass("RecursionError", $RuntimeError),
};
function $error(kind, message) {
  return new $exceptions[kind]([message]);
}
function $isExceptionClass(value) {
  return typeof value === "function" && (value === $BaseException || value.prototype instanceof $BaseException);
}
function $raise(value, args) {
  if ($isExceptionClass(value)) return new value(args ?? []);
  if (value instanceof $BaseException) return value;
  if (value instanceof Error) return value;
  return $error("TypeError", "exceptions must derive from BaseException");
}
/** The Python exception class a thrown value counts as. */
function $classOfThrown(thrown) {
  if (thrown instanceof $BaseException) return thrown.constructor;
  if (thrown instanceof TypeError) return $exceptions.TypeError;
  if (thrown instanceof ReferenceError) return $exceptions.NameError;
  if (thrown instanceof RangeError) return /call stack/.test(String(thrown.message)) ? $exceptions.RecursionError : $exceptions.ValueError;
  return $Exception;
}
function $excMatches(thrown, type) {
  if ($isTuple(type)) return type.some((t) => $excMatches(thrown, t));
  if (!$isExceptionClass(type)) throw $error("TypeError", "catching classes that do not inherit from BaseException is not allowed");
  const cls = $classOfThrown(thrown);
  return cls === type || cls.prototype instanceof type;
}

// ---- types ---------------------------------------------------------------------------------
const $isInt = (x) => typeof x === "bigint" || typeof x === "boolean";
const $isNumber = (x) => typeof x === "bigint" || typeof x === "boolean" || typeof x === "number";
const $isTuple = (x) => Array.isArray(x) && Object.isFrozen(x);
const $isList = (x) => Array.isArray(x) && !Object.isFrozen(x);
function $tuple(items) {
  return Object.freeze(items);
}
class $Dict {
  constructor() {
    this.map = new Map();
  }
  get size() {
    return this.map.size;
  }
  get(key) {
    const entry = this.map.get($hashKey(key));
    return entry === undefined ? undefined : entry;
  }
  set(key, value) {
    const hashed = $hashKey(key);
    const entry = this.map.get(hashed);
    if (entry !== undefined) entry[1] = value;
    else this.map.set(hashed, [key, value]);
  }
  delete(key) {
    return this.map.delete($hashKey(key));
  }
  keys() {
    return [...this.map.values()].map((entry) => entry[0]);
  }
  entries() {
    return [...this.map.values()];
  }
}
class $Set {
  constructor() {
    this.map = new Map();
  }
  get size() {
    return this.map.size;
  }
  has(key) {
    return this.map.has($hashKey(key));
  }
  add(key) {
    const hashed = $hashKey(key);
    if (!this.map.has(hashed)) this.map.set(hashed, key);
  }
  delete(key) {
    return this.map.delete($hashKey(key));
  }
  values() {
    return [...this.map.values()];
  }
}
/** Keys equal in Python are equal here: 1 == 1.0 == True, tuples by value. */
function $hashKey(key) {
  if (typeof key === "boolean") return key ? 1n : 0n;
  if (typeof key === "number") return Number.isInteger(key) ? BigInt(key) : key;
  if (typeof key === "bigint" || typeof key === "string" || key === undefined) return key;
  if ($isTuple(key)) return "\u0000tuple:" + key.map((item) => { const h = $hashKey(item); return typeof h === "string" ? JSON.stringify(h) : typeof h === "bigint" ? h + "n" : String(h); }).join(",");
  if (Array.isArray(key) || key instanceof $Dict || key instanceof $Set) throw $error("TypeError", `unhashable type: '${$typeName(key)}'`);
  return key;
}
function $dict(entries) {
  const made = new $Dict();
  for (const entry of entries) {
    if (entry instanceof $Spread) for (const [k, v] of $mappingEntries(entry.value)) made.set(k, v);
    else made.set(entry[0], entry[1]);
  }
  return made;
}
class $Spread {
  constructor(value) {
    this.value = value;
  }
}
function $spread(value) {
  return new $Spread(value);
}
function $mappingEntries(value) {
  if (value instanceof $Dict) return value.entries();
  throw $error("TypeError", `'${$typeName(value)}' object is not a mapping`);
}
function $set(items) {
  const made = new $Set();
  for (const item of items) made.add(item);
  return made;
}
class $Range {
  constructor(start, stop, step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
  get length() {
    const { start, stop, step } = this;
    if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
    return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
  }
  *[Symbol.iterator]() {
    const { stop, step } = this;
    for (let i = this.start; step > 0n ? i < stop : i > stop; i += step) yield i;
  }
}
class $Slice {
  constructor(start, stop, step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
  /** Python's slice.indices(length). */
  indices(length) {
    const step = this.step === undefined ? 1 : $index(this.step);
    if (step === 0) throw $error("ValueError", "slice step cannot be zero");
    const clamp = (value, fallback, low, high) => {
      if (value === undefined) return fallback;
      let v = $index(value);
      if (v < 0) v += length;
      return v < low ? low : v > high ? high : v;
    };
    const start = clamp(this.start, step > 0 ? 0 : length - 1, step > 0 ? 0 : -1, step > 0 ? length : length - 1);
    const stop = clamp(this.stop, step > 0 ? length : -1, step > 0 ? 0 : -1, step > 0 ? length : length - 1);
    return [start, stop, step];
  }
}
function $slice(start, stop, step) {
  return new $Slice(start, stop, step);
}
class $Iterator {
  constructor(generator) {
    this.generator = generator;
  }
  [Symbol.iterator]() {
    return this.generator;
  }
}
/** Field names of tuples made by a namedtuple class. */
const $tupleFields = new WeakMap();
function $namedtuple([typeName, fieldSpec]) {
  const fields = typeof fieldSpec === "string" ? fieldSpec.replace(/,/g, " ").split(/\s+/).filter((f) => f !== "") : [...$iter(fieldSpec)].map($str);
  for (const field of fields) if (!/^[A-Za-z_]\w*$/.test(field) || field.startsWith("_")) throw $error("ValueError", `Type names and field names must be valid identifiers: ${$strRepr(field)}`);
  const spec = { name: $str(typeName), positional: fields, defaults: [], star: null, keywordOnly: [], keywordDefaults: {}, kwStar: null };
  spec.fn = (...values) => {
    const made = $tuple(values);
    $tupleFields.set(made, { name: spec.name, fields });
    return made;
  };
  const make = $native(spec.name, (args, kw) => $invoke(spec, args, kw));
  $types.set(make, { name: spec.name, check: (x) => $tupleFields.get(x)?.name === spec.name });
  return make;
}
class $Module {
  constructor(name, attributes) {
    this.name = name;
    this.attributes = attributes;
  }
}
function $typeName(x) {
  if (x === undefined || x === null) return "NoneType";
  switch (typeof x) {
    case "boolean": return "bool";
    case "bigint": return "int";
    case "number": return "float";
    case "string": return "str";
    case "function": return $specs.has(x) ? "function" : $isExceptionClass(x) ? "type" : "builtin_function_or_method";
    default: break;
  }
  if (Array.isArray(x)) return Object.isFrozen(x) ? "tuple" : "list";
  if (x instanceof $Dict) return "dict";
  if (x instanceof $Set) return "set";
  if (x instanceof $Range) return "range";
  if (x instanceof $Slice) return "slice";
  if (x instanceof $Module) return "module";
  if (x instanceof $Iterator) return "iterator";
  if (x instanceof $BaseException) return x.name;
  const constructor = Object.getPrototypeOf(x)?.constructor;
  return typeof constructor === "function" && constructor.name ? constructor.name.replace(/Impl$/, "") : "object";
}

// ---- numbers -------------------------------------------------------------------------------
function $bits(x) {
  return (x < 0n ? -x : x).toString(16).length * 4;
}
function $checkInt(x) {
  if ($bits(x) > $INT_BITS) throw $error("OverflowError", `integer too large: partforge limits Python integers to ${$INT_BITS} bits`);
  return x;
}
function $asBig(x) {
  return typeof x === "boolean" ? (x ? 1n : 0n) : x;
}
function $float(x) {
  return typeof x === "number" ? x : Number(x);
}
function $index(x) {
  if ($isInt(x)) return Number($asBig(x));
  throw $error("TypeError", `'${$typeName(x)}' object cannot be interpreted as an integer`);
}
function $operandError(op, a, b) {
  return $error("TypeError", `unsupported operand type(s) for ${op}: '${$typeName(a)}' and '${$typeName(b)}'`);
}
// CadQuery's operators on its objects: Workplane + - & |, Shape + - * (intersect) / (split), Vector + - * /, Location *.
const $FOREIGN_OPERATORS = { "+": ["union", "fuse", "add"], "-": ["cut", "sub"], "*": ["multiply", "mul", "intersect"], "/": ["split"], "&": ["intersect"], "|": ["union", "fuse"] };
function $foreignOperator(op, a, b) {
  if (typeof a !== "object" || a === null || Array.isArray(a)) throw $operandError(op, a, b);
  for (const method of $FOREIGN_OPERATORS[op] ?? []) {
    if (typeof a[method] === "function") return a[method](...$foreignArgs([b], null));
  }
  throw $operandError(op, a, b);
}
function $add(a, b) {
  if ($isInt(a) && $isInt(b)) return $checkInt($asBig(a) + $asBig(b));
  if ($isNumber(a) && $isNumber(b)) return $float(a) + $float(b);
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (Array.isArray(a) && Array.isArray(b) && $isTuple(a) === $isTuple(b)) return $isTuple(a) ? $tuple([...a, ...b]) : [...a, ...b];
  if (Array.isArray(a) || typeof a === "string" || $isNumber(a)) {
    if (Array.isArray(a) && Array.isArray(b)) throw $error("TypeError", `can only concatenate ${$typeName(a)} (not "${$typeName(b)}") to ${$typeName(a)}`);
    if (typeof a === "string") throw $error("TypeError", `can only concatenate str (not "${$typeName(b)}") to str`);
    throw $operandError("+", a, b);
  }
  return $foreignOperator("+", a, b);
}
function $sub(a, b) {
  if ($isInt(a) && $isInt(b)) return $checkInt($asBig(a) - $asBig(b));
  if ($isNumber(a) && $isNumber(b)) return $float(a) - $float(b);
  if (a instanceof $Set && b instanceof $Set) return $set(a.values().filter((v) => !b.has(v)));
  if ($isNumber(a) || typeof a === "string" || Array.isArray(a)) throw $operandError("-", a, b);
  return $foreignOperator("-", a, b);
}
function $repeat(sequence, count) {
  const n = Number($asBig(count));
  if (n <= 0) return typeof sequence === "string" ? "" : $isTuple(sequence) ? $tuple([]) : [];
  if (sequence.length * n > $MAX_ITEMS) throw $error("MemoryError", `the result would have ${sequence.length * n} items; partforge allows at most ${$MAX_ITEMS}`);
  if (typeof sequence === "string") return sequence.repeat(n);
  const out = [];
  for (let i = 0; i < n; i++) out.push(...sequence);
  return $isTuple(sequence) ? $tuple(out) : out;
}
function $mul(a, b) {
  if ($isInt(a) && $isInt(b)) {
    const x = $asBig(a);
    const y = $asBig(b);
    if ($bits(x) + $bits(y) > $INT_BITS + 8) throw $error("OverflowError", `integer too large: partforge limits Python integers to ${$INT_BITS} bits`);
    return $checkInt(x * y);
  }
  if ($isNumber(a) && $isNumber(b)) return $float(a) * $float(b);
  if ((typeof a === "string" || Array.isArray(a)) && $isInt(b)) return $repeat(a, b);
  if ((typeof b === "string" || Array.isArray(b)) && $isInt(a)) return $repeat(b, a);
  if ((typeof a === "string" || Array.isArray(a)) && typeof b === "number") throw $error("TypeError", `can't multiply sequence by non-int of type 'float'`);
  if ($isNumber(a) && typeof b === "object" && b !== null && typeof b.multiply === "function") return b.multiply($float(a));
  if ($isNumber(a) || typeof a === "string" || Array.isArray(a)) throw $operandError("*", a, b);
  return $foreignOperator("*", a, b);
}
function $truediv(a, b) {
  if ($isNumber(a) && $isNumber(b)) {
    if ($float(b) === 0) throw $error("ZeroDivisionError", typeof a === "number" || typeof b === "number" ? "float division by zero" : "division by zero");
    if ($isInt(a) && $isInt(b) && ($bits($asBig(a)) > 53 || $bits($asBig(b)) > 53)) return Number($asBig(a) * 10n ** 17n / $asBig(b)) / 1e17;
    return $float(a) / $float(b);
  }
  if (typeof a === "object" && a !== null && !Array.isArray(a) && $isNumber(b) && typeof a.multiply === "function") return a.multiply(1 / $float(b));
  if (typeof a === "object" && a !== null && !Array.isArray(a) && !$isNumber(b)) return $foreignOperator("/", a, b);
  throw $operandError("/", a, b);
}
function $floordiv(a, b) {
  if ($isInt(a) && $isInt(b)) {
    const x = $asBig(a);
    const y = $asBig(b);
    if (y === 0n) throw $error("ZeroDivisionError", "integer division or modulo by zero");
    const q = x / y;
    return x % y !== 0n && (x < 0n) !== (y < 0n) ? q - 1n : q;
  }
  if ($isNumber(a) && $isNumber(b)) {
    if ($float(b) === 0) throw $error("ZeroDivisionError", "float floor division by zero");
    return Math.floor($float(a) / $float(b));
  }
  throw $operandError("//", a, b);
}
function $mod(a, b) {
  if (typeof a === "string") return $percentFormat(a, b);
  if ($isInt(a) && $isInt(b)) {
    const x = $asBig(a);
    const y = $asBig(b);
    if (y === 0n) throw $error("ZeroDivisionError", "integer modulo by zero");
    const r = x % y;
    return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r;
  }
  if ($isNumber(a) && $isNumber(b)) {
    const x = $float(a);
    const y = $float(b);
    if (y === 0) throw $error("ZeroDivisionError", "float modulo");
    let r = x % y;
    if (r !== 0 && (r < 0) !== (y < 0)) r += y;
    else if (r === 0) r = y < 0 ? -0 : 0;
    return r;
  }
  throw $operandError("%", a, b);
}
function $pow(a, b) {
  if ($isInt(a) && $isInt(b)) {
    const x = $asBig(a);
    const y = $asBig(b);
    if (y < 0n) {
      if (x === 0n) throw $error("ZeroDivisionError", "0.0 cannot be raised to a negative power");
      return Math.pow(Number(x), Number(y));
    }
    if (x !== 0n && x !== 1n && x !== -1n && BigInt($bits(x)) * y > BigInt($INT_BITS * 4)) throw $error("OverflowError", `integer too large: partforge limits Python integers to ${$INT_BITS} bits`);
    return $checkInt(x ** y);
  }
  if ($isNumber(a) && $isNumber(b)) {
    const x = $float(a);
    const y = $float(b);
    if (x === 0 && y < 0) throw $error("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    if (x < 0 && !Number.isInteger(y)) throw $error("ValueError", "negative number cannot be raised to a fractional power (Python would return a complex number)");
    const r = Math.pow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw $error("OverflowError", "(34, 'Numerical result out of range')");
    return r;
  }
  throw $operandError("** or pow()", a, b);
}
function $matmul(a, b) {
  throw $operandError("@", a, b);
}
function $intOnly(op, a, b, f) {
  if ($isInt(a) && $isInt(b)) {
    const r = f($asBig(a), $asBig(b));
    return typeof a === "boolean" && typeof b === "boolean" && (op === "&" || op === "|" || op === "^") ? r !== 0n : r;
  }
  return undefined;
}
function $bitor(a, b) {
  if (a instanceof $Set && b instanceof $Set) return $set([...a.values(), ...b.values()]);
  if (a instanceof $Dict && b instanceof $Dict) return $dict([$spread(a), $spread(b)]);
  return $intOnly("|", a, b, (x, y) => x | y) ?? $foreignOperator("|", a, b);
}
function $bitand(a, b) {
  if (a instanceof $Set && b instanceof $Set) return $set(a.values().filter((v) => b.has(v)));
  return $intOnly("&", a, b, (x, y) => x & y) ?? $foreignOperator("&", a, b);
}
function $bitxor(a, b) {
  return $intOnly("^", a, b, (x, y) => x ^ y) ?? (() => { throw $operandError("^", a, b); })();
}
function $lshift(a, b) {
  const r = $intOnly("<<", a, b, (x, y) => {
    if (y < 0n) throw $error("ValueError", "negative shift count");
    if (BigInt($bits(x)) + y > BigInt($INT_BITS)) throw $error("OverflowError", `integer too large: partforge limits Python integers to ${$INT_BITS} bits`);
    return x << y;
  });
  if (r === undefined) throw $operandError("<<", a, b);
  return r;
}
function $rshift(a, b) {
  const r = $intOnly(">>", a, b, (x, y) => {
    if (y < 0n) throw $error("ValueError", "negative shift count");
    return x >> y;
  });
  if (r === undefined) throw $operandError(">>", a, b);
  return r;
}
function $neg(a) {
  if ($isInt(a)) return -$asBig(a);
  if (typeof a === "number") return -a;
  if (typeof a === "object" && a !== null && typeof a.multiply === "function") return a.multiply(-1);
  throw $error("TypeError", `bad operand type for unary -: '${$typeName(a)}'`);
}
function $pos(a) {
  if ($isInt(a)) return $asBig(a);
  if (typeof a === "number") return a;
  throw $error("TypeError", `bad operand type for unary +: '${$typeName(a)}'`);
}
function $invert(a) {
  if ($isInt(a)) return ~$asBig(a);
  throw $error("TypeError", `bad operand type for unary ~: '${$typeName(a)}'`);
}
// In-place operators: lists extend in place, everything else as the plain operator.
function $iadd(a, b) {
  if ($isList(a)) {
    a.push(...$iter(b));
    return a;
  }
  return $add(a, b);
}
const $isub = $sub, $imul = $mul, $itruediv = $truediv, $ifloordiv = $floordiv, $imod = $mod, $ipow = $pow, $imatmul = $matmul;
const $ibitor = $bitor, $ibitand = $bitand, $ibitxor = $bitxor, $ilshift = $lshift, $irshift = $rshift;

// ---- comparisons and truth -----------------------------------------------------------------
function $truthy(x) {
  if (x === undefined || x === null) return false;
  switch (typeof x) {
    case "boolean": return x;
    case "bigint": return x !== 0n;
    case "number": return x !== 0;
    case "string": return x.length > 0;
    default: break;
  }
  if (Array.isArray(x)) return x.length > 0;
  if (x instanceof $Dict || x instanceof $Set) return x.size > 0;
  if (x instanceof $Range) return x.length > 0n;
  return true;
}
function $and(a, b) {
  return $truthy(a) ? b() : a;
}
function $or(a, b) {
  return $truthy(a) ? a : b();
}
function $eq(a, b) {
  if ($isNumber(a) && $isNumber(b)) return typeof a === "number" && Number.isNaN(a) ? false : $asBig(a) == $asBig(b);
  if (Array.isArray(a) && Array.isArray(b)) return $isTuple(a) === $isTuple(b) && a.length === b.length && a.every((item, i) => $eq(item, b[i]));
  if (a instanceof $Dict && b instanceof $Dict) return a.size === b.size && a.entries().every(([k, v]) => { const other = b.get(k); return other !== undefined && $eq(v, other[1]); });
  if (a instanceof $Set && b instanceof $Set) return a.size === b.size && a.values().every((v) => b.has(v));
  if (a instanceof $Range && b instanceof $Range) return $eq([...a], [...b]);
  if (a === null) a = undefined;
  if (b === null) b = undefined;
  return a === b;
}
function $lt(a, b, op) {
  if ($isNumber(a) && $isNumber(b)) return $asBig(a) < $asBig(b);
  if (typeof a === "string" && typeof b === "string") return a < b;
  if (Array.isArray(a) && Array.isArray(b) && $isTuple(a) === $isTuple(b)) {
    for (let i = 0; i < a.length && i < b.length; i++) if (!$eq(a[i], b[i])) return $lt(a[i], b[i], op);
    return a.length < b.length;
  }
  throw $error("TypeError", `'${op}' not supported between instances of '${$typeName(a)}' and '${$typeName(b)}'`);
}
function $contains(container, item) {
  if (typeof container === "string") {
    if (typeof item !== "string") throw $error("TypeError", `'in <string>' requires string as left operand, not ${$typeName(item)}`);
    return container.includes(item);
  }
  if (Array.isArray(container)) return container.some((x) => x === item || $eq(x, item));
  if (container instanceof $Dict) return container.get(item) !== undefined;
  if (container instanceof $Set) return container.has(item);
  if (container instanceof $Range) {
    if (!$isInt(item)) return [...container].some((x) => $eq(x, item));
    const x = $asBig(item);
    const { start, stop, step } = container;
    return (step > 0n ? x >= start && x < stop : x <= start && x > stop) && (x - start) % step === 0n;
  }
  for (const x of $iter(container)) if ($eq(x, item)) return true;
  return false;
}
function $compare(op, a, b) {
  switch (op) {
    case "==": return $eq(a, b);
    case "!=": return !$eq(a, b);
    case "<": return $lt(a, b, op);
    case ">": return $lt(b, a, op);
    case "<=": return $lt(a, b, op) || $eq(a, b);
    case ">=": return $lt(b, a, op) || $eq(a, b);
    case "in": return $contains(b, a);
    case "not in": return !$contains(b, a);
    case "is": return a === b || ((a === null || a === undefined) && (b === null || b === undefined));
    case "is not": return !$compare("is", a, b);
    default: throw $error("TypeError", `unknown comparison ${op}`);
  }
}
function $chain(first, ...rest) {
  let left = first;
  for (let i = 0; i < rest.length; i += 2) {
    const right = rest[i + 1]();
    if (!$compare(rest[i], left, right)) return false;
    left = right;
  }
  return true;
}

// ---- iteration and unpacking ---------------------------------------------------------------
function $iter(x) {
  if (Array.isArray(x)) return x;
  if (typeof x === "string") return [...x];
  if (x instanceof $Dict) return x.keys();
  if (x instanceof $Set) return x.values();
  if (x instanceof $Range || x instanceof $Iterator) return x;
  if (typeof x === "object" && x !== null && typeof x[Symbol.iterator] === "function" && !(x instanceof $Module)) return x;
  throw $error("TypeError", `'${$typeName(x)}' object is not iterable`);
}
function $unpack(value, count, star) {
  const items = [...$iter(value)];
  if (star < 0) {
    if (items.length > count) throw $error("ValueError", `too many values to unpack (expected ${count})`);
    if (items.length < count) throw $error("ValueError", `not enough values to unpack (expected ${count}, got ${items.length})`);
    return items;
  }
  if (items.length < count - 1) throw $error("ValueError", `not enough values to unpack (expected at least ${count - 1}, got ${items.length})`);
  const after = count - 1 - star;
  return [...items.slice(0, star), items.slice(star, items.length - after), ...items.slice(items.length - after)];
}

// ---- items ---------------------------------------------------------------------------------
function $sequenceIndex(sequence, key, what) {
  if (!$isInt(key)) throw $error("TypeError", `${what} indices must be integers or slices, not ${$typeName(key)}`);
  let i = Number($asBig(key));
  if (i < 0) i += sequence.length;
  if (i < 0 || i >= sequence.length) throw $error("IndexError", `${what} index out of range`);
  return i;
}
function $sliced(sequence, slice) {
  const [start, stop, step] = slice.indices(sequence.length);
  const out = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(sequence[i]);
  return out;
}
function $getitem(o, key) {
  if (typeof o === "string") {
    const chars = [...o];
    if (key instanceof $Slice) return $sliced(chars, key).join("");
    return chars[$sequenceIndex(chars, key, "string")];
  }
  if (Array.isArray(o)) {
    const what = $isTuple(o) ? "tuple" : "list";
    if (key instanceof $Slice) return $isTuple(o) ? $tuple($sliced(o, key)) : $sliced(o, key);
    return o[$sequenceIndex(o, key, what)];
  }
  if (o instanceof $Dict) {
    const entry = o.get(key);
    if (entry === undefined) throw new $exceptions.KeyError([key]);
    return entry[1];
  }
  if (o instanceof $Range) {
    if (key instanceof $Slice) return $tuple($sliced([...o], key));
    const length = o.length;
    let i = $asBig(key);
    if (!$isInt(key)) throw $error("TypeError", `range indices must be integers or slices, not ${$typeName(key)}`);
    if (i < 0n) i += length;
    if (i < 0n || i >= length) throw $error("IndexError", "range object index out of range");
    return o.start + i * o.step;
  }
  if (typeof o === "object" && o !== null && $isInt(key) && typeof o.length === "number") return o[$sequenceIndex(o, key, $typeName(o))];
  // CadQuery's Workplane.__getitem__: wp[i] and wp[start:end].
  if (typeof o === "object" && o !== null && key instanceof $Slice && typeof o.slice === "function") {
    if (key.step !== undefined && !$eq(key.step, 1n)) throw $error("TypeError", `${$typeName(o)} slicing takes no step`);
    return o.slice(key.start === undefined ? undefined : $index(key.start), key.stop === undefined ? undefined : $index(key.stop));
  }
  if (typeof o === "object" && o !== null && $isInt(key) && typeof o.item === "function") return o.item($index(key));
  throw $error("TypeError", `'${$typeName(o)}' object is not subscriptable`);
}
function $setitem(o, key, value) {
  if ($isList(o)) {
    if (key instanceof $Slice) {
      const [start, stop, step] = key.indices(o.length);
      const items = [...$iter(value)];
      if (step !== 1) throw $error("ValueError", "extended slice assignment is not supported in a Python ModelScript");
      o.splice(start, Math.max(0, stop - start), ...items);
      return;
    }
    o[$sequenceIndex(o, key, "list assignment")] = value;
    return;
  }
  if (o instanceof $Dict) return void o.set(key, value);
  if ($isTuple(o)) throw $error("TypeError", "'tuple' object does not support item assignment");
  if (typeof o === "string") throw $error("TypeError", "'str' object does not support item assignment");
  throw $error("TypeError", `'${$typeName(o)}' object does not support item assignment`);
}
function $delitem(o, key) {
  if ($isList(o)) {
    if (key instanceof $Slice) {
      const [start, stop, step] = key.indices(o.length);
      const drop = new Set();
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) drop.add(i);
      const kept = o.filter((_, i) => !drop.has(i));
      o.length = 0;
      o.push(...kept);
      return;
    }
    o.splice($sequenceIndex(o, key, "list assignment"), 1);
    return;
  }
  if (o instanceof $Dict) {
    if (!o.delete(key)) throw new $exceptions.KeyError([key]);
    return;
  }
  throw $error("TypeError", `'${$typeName(o)}' object does not support item deletion`);
}

// ---- text ----------------------------------------------------------------------------------
function $floatRepr(x) {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa, exponentText] = x.toExponential().split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  let text;
  if (exponent >= -5 && exponent < 16) {
    if (exponent < 0) text = "0." + "0".repeat(-exponent - 1) + digits;
    else if (digits.length <= exponent + 1) text = digits + "0".repeat(exponent + 1 - digits.length) + ".0";
    else text = digits.slice(0, exponent + 1) + "." + digits.slice(exponent + 1);
    if (exponent === -5) text = null;
  }
  if (text === undefined || text === null) {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    text = `${m}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  return (negative ? "-" : "") + text;
}
function $strRepr(s) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0);
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else out += ch;
  }
  return quote + out + quote;
}
function $repr(x) {
  return $shallow(() => $reprDeep(x, 0));
}
function $reprDeep(x, depth) {
  if (depth > 100) throw $error("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
  if (x === undefined || x === null) return "None";
  switch (typeof x) {
    case "boolean": return x ? "True" : "False";
    case "bigint": return $intText(x);
    case "number": return $floatRepr(x);
    case "string": return $strRepr(x);
    case "function": return $specs.has(x) ? `<function ${$specs.get(x).name}>` : $isExceptionClass(x) ? `<class '${x.prototype.name}'>` : $types.has(x) ? `<class '${$types.get(x).name}'>` : `<built-in function ${x.name}>`;
    default: break;
  }
  const named = Array.isArray(x) ? $tupleFields.get(x) : undefined;
  if (named !== undefined) return `${named.name}(${named.fields.map((f, i) => `${f}=${$reprDeep(x[i], depth + 1)}`).join(", ")})`;
  if (Array.isArray(x)) {
    const items = x.map((item) => $reprDeep(item, depth + 1));
    return $isTuple(x) ? `(${items.join(", ")}${items.length === 1 ? "," : ""})` : `[${items.join(", ")}]`;
  }
  if (x instanceof $Dict) return `{${x.entries().map(([k, v]) => `${$reprDeep(k, depth + 1)}: ${$reprDeep(v, depth + 1)}`).join(", ")}}`;
  if (x instanceof $Set) return x.size === 0 ? "set()" : `{${x.values().map((v) => $reprDeep(v, depth + 1)).join(", ")}}`;
  if (x instanceof $Range) return `range(${x.start}, ${x.stop}${x.step === 1n ? "" : `, ${x.step}`})`;
  if (x instanceof $Slice) return `slice(${$reprDeep(x.start, depth + 1)}, ${$reprDeep(x.stop, depth + 1)}, ${$reprDeep(x.step, depth + 1)})`;
  if (x instanceof $Module) return `<module '${x.name}'>`;
  if (x instanceof $BaseException) return `${x.name}(${x.args.map((a) => $reprDeep(a, depth + 1)).join(", ")})`;
  if (x instanceof Error) return `${$typeName(x)}(${$strRepr(String(x.message))})`;
  if (typeof x.toString === "function" && x.toString !== Object.prototype.toString) return String(x.toString());
  return `<${$typeName(x)} object>`;
}
function $intText(x) {
  const text = x.toString();
  if (text.replace("-", "").length > 4300) throw $error("ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
  return text;
}
function $str(x) {
  if (typeof x === "string") return x;
  if (x instanceof $exceptions.KeyError && x.args.length === 1) return $repr(x.args[0]);
  if (x instanceof $BaseException) return x.message;
  if (x instanceof Error) return String(x.message);
  return $repr(x);
}

// ---- format specifications -----------------------------------------------------------------
const $SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;
function $format(value, conversion, spec) {
  if (conversion === "r") value = $repr(value);
  else if (conversion === "s") value = $str(value);
  else if (conversion === "a") value = $ascii($repr(value));
  if (spec === "") return $str(value);
  const match = $SPEC.exec(spec);
  if (match === null) throw $error("ValueError", `Invalid format specifier '${spec}' for object of type '${$typeName(value)}'`);
  let [, fill, align, sign, alternate, zero, width, grouping, precision, type] = match;
  if (zero && !align) {
    fill = "0";
    align = "=";
  }
  fill ??= " ";
  let body;
  let prefix = "";
  if (typeof value === "string") {
    if (type && type !== "s") throw $error("ValueError", `Unknown format code '${type}' for object of type 'str'`);
    body = precision === undefined ? value : [...value].slice(0, Number(precision)).join("");
    align ??= "<";
  } else if ($isNumber(value)) {
    align ??= ">";
    let number = typeof value === "boolean" ? (value ? 1n : 0n) : value;
    if (type === undefined && typeof number === "bigint") type = "d";
    if ("bcdoxX".includes(type ?? "-") && typeof type === "string") {
      if (typeof number !== "bigint") throw $error("ValueError", `Unknown format code '${type}' for object of type 'float'`);
      if (type === "c") body = String.fromCodePoint(Number(number));
      else {
        const base = { b: 2, o: 8, x: 16, X: 16, d: 10 }[type];
        const negative = number < 0n;
        body = (negative ? -number : number).toString(base);
        if (type === "X") body = body.toUpperCase();
        if (alternate && type !== "d") body = `0${type}` + body;
        if (grouping) body = $group(body, grouping);
        prefix = negative ? "-" : sign === "+" ? "+" : sign === " " ? " " : "";
      }
    } else {
      const x = $float(number);
      const negative = x < 0 || Object.is(x, -0);
      const magnitude = Math.abs(x);
      const p = precision === undefined ? 6 : Number(precision);
      if (!Number.isFinite(magnitude)) body = Number.isNaN(magnitude) ? "nan" : "inf";
      else if (type === "f" || type === "F") body = $fixed(magnitude, p);
      else if (type === "%") body = $fixed(magnitude * 100, p) + "%";
      else if (type === "e" || type === "E") body = $exponential(magnitude, p);
      else if (type === "g" || type === "G" || type === "n") body = $general(magnitude, precision === undefined ? 6 : Math.max(1, p), alternate);
      else body = precision === undefined ? $floatRepr(magnitude) : $general(magnitude, Math.max(1, p), true, typeof number === "number");
      if (type === "E" || type === "G" || type === "F") body = body.toUpperCase();
      if (grouping) {
        const [whole, ...rest] = body.split(".");
        body = [$group(whole, grouping), ...rest].join(".");
      }
      prefix = negative && !Number.isNaN(x) ? "-" : sign === "+" ? "+" : sign === " " ? " " : "";
    }
  } else {
    if (spec !== "") throw $error("TypeError", `unsupported format string passed to ${$typeName(value)}.__format__`);
    return $str(value);
  }
  const total = Number(width ?? 0);
  const length = [...prefix + body].length;
  if (length >= total) return prefix + body;
  const pad = fill.repeat(total - length);
  switch (align) {
    case "<": return prefix + body + pad;
    case "^": {
      const left = fill.repeat(Math.floor((total - length) / 2));
      return left + prefix + body + fill.repeat(total - length - left.length);
    }
    case "=": return prefix + pad + body;
    default: return pad + prefix + body;
  }
}
function $ascii(text) {
  return [...text].map((c) => {
    const code = c.codePointAt(0);
    if (code < 0x80) return c;
    return code < 0x100 ? "\\x" + code.toString(16).padStart(2, "0") : code < 0x10000 ? "\\u" + code.toString(16).padStart(4, "0") : "\\U" + code.toString(16).padStart(8, "0");
  }).join("");
}
function $group(digits, separator) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
/** Correctly rounded fixed notation with ties to even (as CPython's dtoa). */
function $fixed(x, digits) {
  if (digits > 100) return x.toFixed(100) + "0".repeat(digits - 100);
  if (x >= 1e21) return BigInt(Math.round(x)).toString() + (digits > 0 ? "." + "0".repeat(digits) : "");
  const longer = x.toFixed(Math.min(100, digits + 30));
  const point = longer.indexOf(".");
  const tail = longer.slice(point + 1 + digits);
  if (/^50*$/.test(tail)) {
    const kept = longer.slice(0, point + 1 + digits).replace(/\.$/, "");
    const last = Number(kept[kept.length - 1]);
    if (last % 2 === 0) return kept;
  }
  return x.toFixed(digits);
}
function $exponential(x, digits) {
  const text = x.toExponential(Math.min(digits, 100));
  const [m, e] = text.split("e");
  const exponent = Number(e);
  return `${m}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
}
function $general(x, precision, keepPoint, isFloat) {
  if (x === 0) return isFloat && keepPoint ? "0.0" : "0";
  const exponent = Number(x.toExponential(precision - 1).split("e")[1]);
  let text;
  if (exponent >= -4 && exponent < precision) {
    text = $fixed(x, Math.max(0, precision - 1 - exponent));
    if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
    if (isFloat && keepPoint && !text.includes(".")) text += ".0";
  } else {
    const [m, e] = $exponential(x, precision - 1).split("e");
    text = (m.includes(".") ? m.replace(/0+$/, "").replace(/\.$/, "") : m) + "e" + e;
  }
  return text;
}
function $percentFormat(template, values) {
  const isMapping = values instanceof $Dict;
  const args = isMapping ? [] : $isTuple(values) ? [...values] : [values];
  let used = 0;
  const next = () => {
    if (used >= args.length) throw $error("TypeError", "not enough arguments for format string");
    return args[used++];
  };
  const out = template.replace(/%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g, (all, key, flags, width, precision, type) => {
    if (type === "%") return "%";
    if (width === "*") width = String($index(next()));
    if (precision === "*") precision = String($index(next()));
    let value = key !== undefined ? $getitem(values, key) : next();
    const left = flags.includes("-");
    const numeric = "diouxXeEfFgG".includes(type);
    let spec = left ? "<" : numeric ? "" : ">";
    if (flags.includes("+")) spec += "+";
    else if (flags.includes(" ")) spec += " ";
    if (flags.includes("#")) spec += "#";
    if (flags.includes("0") && !left && numeric) spec += "0";
    spec += width ?? "";
    if ("diu".includes(type)) {
      if (!$isNumber(value)) throw $error("TypeError", `%${type} format: a real number is required, not ${$typeName(value)}`);
      value = typeof value === "number" ? BigInt(Math.trunc(value)) : value;
      return $format(value, "", spec + "d");
    }
    if ("xXo".includes(type)) return $format($asBig(value), "", spec + type);
    if ("eEfFgG".includes(type)) {
      if (!$isNumber(value)) throw $error("TypeError", `must be real number, not ${$typeName(value)}`);
      return $format($float(value), "", spec + (precision !== undefined ? "." + precision : "") + type);
    }
    if (type === "c") return typeof value === "string" ? value : String.fromCodePoint(Number(value));
    const text = type === "r" ? $repr(value) : type === "a" ? $format(value, "a", "") : $str(value);
    const cut = precision !== undefined ? [...text].slice(0, Number(precision)).join("") : text;
    return width ? $format(cut, "", (left ? "<" : ">") + width) : cut;
  });
  if (!isMapping && used < args.length) throw $error("TypeError", "not all arguments converted during string formatting");
  return out;
}
function $strFormat(template, args, kw) {
  let auto = 0;
  return template.replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::((?:[^{}]|\{[^{}]*\})*))?\}/g, (all, field, conversion, spec) => {
    if (all === "{{") return "{";
    if (all === "}}") return "}";
    const [head, ...path] = (field ?? "").split(/(?=[.[])/);
    let value;
    if (head === "") value = args[auto++];
    else if (/^\d+$/.test(head)) value = args[Number(head)];
    else {
      if (kw === null || !Object.hasOwn(kw, head)) throw new $exceptions.KeyError([head]);
      value = kw[head];
    }
    if (value === undefined && (head === "" || /^\d+$/.test(head)) && Number(head || auto - 1) >= args.length) throw $error("IndexError", `Replacement index ${head || auto - 1} out of range for positional args tuple`);
    for (const step of path) {
      if (step.startsWith(".")) value = $getattr(value, step.slice(1));
      else {
        const key = step.slice(1, -1);
        value = $getitem(value, /^\d+$/.test(key) ? BigInt(key) : key);
      }
    }
    const nestedSpec = (spec ?? "").replace(/\{([^{}]*)\}/g, (_, inner) => $str(inner === "" ? args[auto++] : /^\d+$/.test(inner) ? args[Number(inner)] : kw?.[inner]));
    return $format(value, conversion ?? "", nestedSpec);
  });
}

// ---- calls ---------------------------------------------------------------------------------
function $def(name, positional, defaults, star, keywordOnly, keywordDefaults, kwStar, fn) {
  const spec = { name, positional, defaults, star, keywordOnly, keywordDefaults, kwStar, fn };
  const callable = function (...raw) {
    return $invoke(spec, raw, null);
  };
  $specs.set(callable, spec);
  return callable;
}
function $plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function $invoke(spec, args, kw) {
  const { name, positional, defaults, star, keywordOnly, keywordDefaults, kwStar } = spec;
  const n = positional.length;
  if (args.length > n && star === null) {
    const least = n - defaults.length;
    const takes = least === n ? $plural(n, "positional argument") : `from ${least} to ${n} positional arguments`;
    throw $error("TypeError", `${name}() takes ${takes} but ${args.length} ${args.length === 1 ? "was" : "were"} given`);
  }
  const MISSING = $invoke;
  const bound = positional.map((_, i) => (i < args.length ? args[i] : MISSING));
  const keywordValues = keywordOnly.map(() => MISSING);
  const extra = kwStar === null ? null : new $Dict();
  if (kw !== null) {
    for (const key of Object.keys(kw)) {
      const at = positional.indexOf(key);
      if (at >= 0) {
        if (bound[at] !== MISSING) throw $error("TypeError", `${name}() got multiple values for argument '${key}'`);
        bound[at] = kw[key];
      } else if (keywordOnly.includes(key)) {
        keywordValues[keywordOnly.indexOf(key)] = kw[key];
      } else if (extra !== null) {
        extra.set(key, kw[key]);
      } else {
        throw $error("TypeError", `${name}() got an unexpected keyword argument '${key}'`);
      }
    }
  }
  const firstDefault = n - defaults.length;
  const missing = [];
  bound.forEach((value, i) => {
    if (value !== MISSING) return;
    if (i >= firstDefault) bound[i] = defaults[i - firstDefault];
    else missing.push(`'${positional[i]}'`);
  });
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}`;
    throw $error("TypeError", `${name}() missing ${$plural(missing.length, "required positional argument")}: ${list}`);
  }
  keywordValues.forEach((value, i) => {
    if (value !== MISSING) return;
    const key = keywordOnly[i];
    if (!Object.hasOwn(keywordDefaults, key)) throw $error("TypeError", `${name}() missing 1 required keyword-only argument: '${key}'`);
    keywordValues[i] = keywordDefaults[key];
  });
  const all = [...bound];
  if (star !== null) all.push(args.slice(n).length > 0 ? $tuple(args.slice(n)) : $tuple([]));
  all.push(...keywordValues);
  if (kwStar !== null) all.push(extra);
  return spec.fn(...all);
}
function $keywords(named, mappings) {
  const out = Object.create(null);
  for (const key of Object.keys(named)) out[key] = named[key];
  for (const mapping of mappings) {
    for (const [key, value] of $mappingEntries(mapping)) {
      if (typeof key !== "string") throw $error("TypeError", "keywords must be strings");
      if (Object.hasOwn(out, key)) throw $error("TypeError", `got multiple values for keyword argument '${key}'`);
      out[key] = value;
    }
  }
  return out;
}
/** A Python value as the modelling API takes it: ints as numbers, tuples as arrays, dicts as objects. */
function $toJs(value, depth = 0) {
  if (depth > 100) throw $error("ValueError", "a value nested more than 100 levels deep cannot be passed to CadQuery");
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map((item) => $toJs(item, depth + 1));
  if (value instanceof $Dict) {
    const out = {};
    for (const [k, v] of value.entries()) $define(out, typeof k === "string" ? k : $str(k), $toJs(v, depth + 1));
    return out;
  }
  if (value instanceof $Set) return value.values().map((item) => $toJs(item, depth + 1));
  if (value instanceof $Range) return [...value].map(Number);
  if (value instanceof $Iterator) return [...value].map((item) => $toJs(item, depth + 1));
  return value;
}
/** Runs a deeply recursive helper; its Python error is raised again here, so its stack still reaches the script. */
function $shallow(action) {
  try {
    return action();
  } catch (error) {
    if (error instanceof $BaseException) throw new error.constructor(error.args);
    throw error;
  }
}
function $foreignArgs(args, kw) {
  return $shallow(() => $foreignArgsDeep(args, kw));
}
function $foreignArgsDeep(args, kw) {
  const out = args.map((arg) => $toJs(arg));
  if (kw !== null && Object.keys(kw).length > 0) {
    const options = {};
    for (const key of Object.keys(kw)) $define(options, key, $toJs(kw[key]));
    out.push(options);
  }
  return out;
}
/** An own data property, even for a key such as "__proto__" (plain assignment would set the prototype). */
function $define(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function $fromJs(value) {
  return value === null ? undefined : value;
}
function $isClass(f) {
  try {
    return /^class[\s{]/.test(Function.prototype.toString.call(f));
  } catch {
    return false;
  }
}
function $call(f, args, kw) {
  const spec = $specs.get(f);
  if (spec !== undefined) return $invoke(spec, args, kw);
  const native = $natives.get(f);
  if (native !== undefined) return native(args, kw);
  if ($isExceptionClass(f)) {
    if (kw !== null && Object.keys(kw).length > 0) throw $error("TypeError", `${f.prototype.name}() takes no keyword arguments`);
    return new f(args);
  }
  if (typeof f !== "function") throw $error("TypeError", `'${$typeName(f)}' object is not callable`);
  const foreign = $foreignArgs(args, kw);
  return $fromJs($isClass(f) ? Reflect.construct(f, foreign) : f(...foreign));
}
function $callMethod(o, name, args, kw) {
  if ($HIDDEN_ATTRIBUTES.has(name)) throw $error("AttributeError", `attribute '${name}' is not available in a Python ModelScript`);
  const methods = $methodsOf(o);
  if (methods !== undefined) {
    const method = methods[name];
    if (method === undefined || !Object.hasOwn(methods, name)) throw $noAttribute(o, name);
    return method(o, args, kw ?? {});
  }
  if (o instanceof $Module) return $call($getattr(o, name), args, kw);
  if (o === undefined || o === null) throw $noAttribute(o, name);
  if (o instanceof $BaseException) throw $noAttribute(o, name);
  const f = o[name];
  if (typeof f !== "function") {
    // Workplane.export(...) and the like: the service exports the result itself.
    if (f === undefined && name === "export" && !(name in Object(o))) return undefined;
    if (f === undefined && !(name in Object(o))) throw $noAttribute(o, name);
    return $call($fromJs(f), args, kw);
  }
  return $fromJs(f.apply(o, $foreignArgs(args, kw)));
}
function $noAttribute(o, name) {
  if (o instanceof $Module) return $error("AttributeError", `module '${o.name}' has no attribute '${name}'`);
  return $error("AttributeError", `'${$typeName(o)}' object has no attribute '${name}'`);
}
/** JavaScript's ways from an object to code evaluation or other realms' internals: never reachable from Python. */
const $HIDDEN_ATTRIBUTES = new Set(["constructor", "prototype", "caller", "callee", "arguments", "call", "apply", "bind"]);
function $getattr(o, name) {
  if (name.startsWith("__") || $HIDDEN_ATTRIBUTES.has(name)) throw $error("AttributeError", `attribute '${name}' is not available in a Python ModelScript`);
  if (o instanceof $Module) {
    if (!Object.hasOwn(o.attributes, name)) throw $noAttribute(o, name);
    return o.attributes[name];
  }
  if (o instanceof $BaseException && name === "args") return o.args;
  const named = Array.isArray(o) ? $tupleFields.get(o) : undefined;
  if (named !== undefined && named.fields.includes(name)) return o[named.fields.indexOf(name)];
  if (o instanceof $Range && ["start", "stop", "step"].includes(name)) return o[name];
  if (o instanceof $Slice && ["start", "stop", "step"].includes(name)) return o[name];
  if (typeof o === "number" && (name === "real" || name === "imag")) return name === "real" ? o : 0;
  const methods = $methodsOf(o);
  if (methods !== undefined) {
    if (!Object.hasOwn(methods, name)) throw $noAttribute(o, name);
    return $native(`${$typeName(o)}.${name}`, (args, kw) => methods[name](o, args, kw ?? {}));
  }
  if (o === undefined || o === null || o instanceof $BaseException || typeof o !== "object" && typeof o !== "function") throw $noAttribute(o, name);
  if (!(name in Object(o))) throw $noAttribute(o, name);
  const value = o[name];
  if (typeof value === "function" && !$isClass(value)) return $native(name, (args, kw) => $fromJs(value.apply(o, $foreignArgs(args, kw))));
  return $fromJs(value);
}
function $setattr(o, name, value) {
  throw $error("AttributeError", `'${$typeName(o)}' object attribute '${name}' cannot be set in a Python ModelScript`);
}
function $native(name, fn) {
  const f = { [name]: function (...raw) { return fn(raw, null); } }[name];
  $natives.set(f, fn);
  return f;
}

// ---- methods of built-in types -------------------------------------------------------------
function $arity(name, args, least, most) {
  if (args.length < least || args.length > most) {
    throw $error("TypeError", least === most ? `${name}() takes exactly ${$plural(least, "argument")} (${args.length} given)` : `${name}() takes at most ${$plural(most, "argument")} (${args.length} given)`);
  }
}
function $noKeywords(name, kw) {
  if (Object.keys(kw).length > 0) throw $error("TypeError", `${name}() takes no keyword arguments`);
}
function $sortKey(items, key, reverse) {
  const decorated = items.map((item) => ({ item, key: key === undefined ? item : $call(key, [item], null) }));
  decorated.sort((a, b) => ($lt(a.key, b.key, "<") ? (reverse ? 1 : -1) : $lt(b.key, a.key, "<") ? (reverse ? -1 : 1) : 0));
  return decorated.map((d) => d.item);
}
const $strMethods = {
  join: (s, [items]) => [...$iter(items)].map((item) => { if (typeof item !== "string") throw $error("TypeError", `sequence item: expected str instance, ${$typeName(item)} found`); return item; }).join(s),
  split: (s, args, kw) => {
    const sep = args[0] ?? kw.sep;
    const most = Number(args[1] ?? kw.maxsplit ?? -1n);
    if (sep === undefined) {
      const parts = s.trim().split(/\s+/).filter((p) => p !== "");
      return most < 0 || parts.length <= most ? parts : [...parts.slice(0, most), s.trim().split(/\s+/).slice(most).join(" ")];
    }
    if (sep === "") throw $error("ValueError", "empty separator");
    const parts = s.split(sep);
    return most < 0 || parts.length <= most + 1 ? parts : [...parts.slice(0, most), parts.slice(most).join(sep)];
  },
  strip: (s, [chars]) => (chars === undefined ? s.trim() : s.replace(new RegExp(`^[${$escapeClass(chars)}]+|[${$escapeClass(chars)}]+$`, "g"), "")),
  lstrip: (s, [chars]) => (chars === undefined ? s.trimStart() : s.replace(new RegExp(`^[${$escapeClass(chars)}]+`), "")),
  rstrip: (s, [chars]) => (chars === undefined ? s.trimEnd() : s.replace(new RegExp(`[${$escapeClass(chars)}]+$`), "")),
  lower: (s) => s.toLowerCase(),
  upper: (s) => s.toUpperCase(),
  title: (s) => s.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_, a, b) => a + b.toUpperCase()),
  capitalize: (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
  replace: (s, [old, replacement, count]) => {
    let n = count === undefined ? Infinity : Number(count);
    if (n < 0) n = Infinity;
    let out = "";
    let rest = s;
    while (n-- > 0) {
      const at = rest.indexOf(old);
      if (at < 0) break;
      out += rest.slice(0, at) + replacement;
      rest = rest.slice(at + old.length);
      if (old === "") {
        out += rest.slice(0, 1);
        rest = rest.slice(1);
        if (rest === "") break;
      }
    }
    return out + rest;
  },
  startswith: (s, [prefix]) => ($isTuple(prefix) ? prefix.some((p) => s.startsWith(p)) : s.startsWith(prefix)),
  endswith: (s, [suffix]) => ($isTuple(suffix) ? suffix.some((p) => s.endsWith(p)) : s.endsWith(suffix)),
  find: (s, [sub]) => BigInt(s.indexOf(sub)),
  rfind: (s, [sub]) => BigInt(s.lastIndexOf(sub)),
  index: (s, [sub]) => { const at = s.indexOf(sub); if (at < 0) throw $error("ValueError", "substring not found"); return BigInt(at); },
  count: (s, [sub]) => BigInt(sub === "" ? s.length + 1 : s.split(sub).length - 1),
  format: (s, args, kw) => $strFormat(s, args, kw),
  zfill: (s, [width]) => { const w = Number(width); const sign = /^[+-]/.test(s) ? s[0] : ""; const body = sign ? s.slice(1) : s; return sign + body.padStart(w - sign.length, "0"); },
  ljust: (s, [width, fill]) => s.padEnd(Number(width), fill ?? " "),
  rjust: (s, [width, fill]) => s.padStart(Number(width), fill ?? " "),
  center: (s, [width, fill]) => $format(s, "", `${fill ?? " "}^${Number(width)}`),
  isdigit: (s) => /^\d+$/.test(s),
  isnumeric: (s) => /^\d+$/.test(s),
  isalpha: (s) => /^\p{L}+$/u.test(s),
  isalnum: (s) => /^[\p{L}\d]+$/u.test(s),
  isspace: (s) => /^\s+$/.test(s),
  isupper: (s) => /\p{Lu}/u.test(s) && s === s.toUpperCase(),
  islower: (s) => /\p{Ll}/u.test(s) && s === s.toLowerCase(),
  splitlines: (s) => s.split(/\r\n|\r|\n/).filter((line, i, all) => i < all.length - 1 || line !== ""),
};
function $escapeClass(chars) {
  return chars.replace(/[\]\\^-]/g, "\\$&");
}
const $sequenceMethods = {
  index: (o, [item]) => { const at = o.findIndex((x) => $eq(x, item)); if (at < 0) throw $error("ValueError", `${$repr(item)} is not in ${$isTuple(o) ? "tuple" : "list"}`); return BigInt(at); },
  count: (o, [item]) => BigInt(o.filter((x) => $eq(x, item)).length),
};
const $listMethods = {
  ...$sequenceMethods,
  append: (o, args) => { $arity("append", args, 1, 1); o.push(args[0]); },
  extend: (o, [items]) => void o.push(...$iter(items)),
  insert: (o, [at, item]) => { let i = $index(at); if (i < 0) i = Math.max(0, i + o.length); o.splice(Math.min(i, o.length), 0, item); },
  pop: (o, [at]) => {
    if (o.length === 0) throw $error("IndexError", "pop from empty list");
    const i = at === undefined ? o.length - 1 : $sequenceIndex(o, at, "pop");
    return o.splice(i, 1)[0];
  },
  remove: (o, [item]) => { const at = o.findIndex((x) => $eq(x, item)); if (at < 0) throw $error("ValueError", "list.remove(x): x not in list"); o.splice(at, 1); },
  reverse: (o) => void o.reverse(),
  sort: (o, args, kw) => { const sorted = $sortKey(o, kw.key, $truthy(kw.reverse)); o.length = 0; o.push(...sorted); },
  copy: (o) => [...o],
  clear: (o) => { o.length = 0; },
};
const $dictMethods = {
  get: (d, [key, fallback]) => { const entry = d.get(key); return entry === undefined ? fallback : entry[1]; },
  keys: (d) => d.keys(),
  values: (d) => d.entries().map((entry) => entry[1]),
  items: (d) => d.entries().map((entry) => $tuple([entry[0], entry[1]])),
  update: (d, args, kw) => {
    if (args[0] !== undefined) for (const [k, v] of args[0] instanceof $Dict ? args[0].entries() : [...$iter(args[0])].map((pair) => $unpack(pair, 2, -1))) d.set(k, v);
    for (const key of Object.keys(kw)) d.set(key, kw[key]);
  },
  pop: (d, [key, ...fallback]) => {
    const entry = d.get(key);
    if (entry === undefined) {
      if (fallback.length > 0) return fallback[0];
      throw new $exceptions.KeyError([key]);
    }
    d.delete(key);
    return entry[1];
  },
  setdefault: (d, [key, value]) => { const entry = d.get(key); if (entry !== undefined) return entry[1]; d.set(key, value); return value; },
  copy: (d) => $dict([$spread(d)]),
  clear: (d) => { d.map.clear(); },
};
const $setMethods = {
  add: (s, [item]) => void s.add(item),
  remove: (s, [item]) => { if (!s.delete(item)) throw new $exceptions.KeyError([item]); },
  discard: (s, [item]) => void s.delete(item),
  update: (s, args) => { for (const items of args) for (const item of $iter(items)) s.add(item); },
  union: (s, args) => $set([...s.values(), ...args.flatMap((items) => [...$iter(items)])]),
  intersection: (s, [other]) => { const o = $set([...$iter(other)]); return $set(s.values().filter((v) => o.has(v))); },
  difference: (s, [other]) => { const o = $set([...$iter(other)]); return $set(s.values().filter((v) => !o.has(v))); },
  copy: (s) => $set(s.values()),
  clear: (s) => { s.map.clear(); },
};
const $floatMethods = { is_integer: (x) => Number.isInteger(x) };
const $intMethods = { bit_length: (x) => BigInt(x === 0n ? 0 : (x < 0n ? -x : x).toString(2).length) };
function $methodsOf(o) {
  if (typeof o === "string") return $strMethods;
  if ($isTuple(o)) return $sequenceMethods;
  if (Array.isArray(o)) return $listMethods;
  if (o instanceof $Dict) return $dictMethods;
  if (o instanceof $Set) return $setMethods;
  if (typeof o === "number") return $floatMethods;
  if (typeof o === "bigint") return $intMethods;
  return undefined;
}

// ---- built-in functions ---------------------------------------------------------------------
function $type(name, check, make) {
  const f = $native(name, make);
  $types.set(f, { name, check });
  return f;
}
function $parseInt(text, base) {
  const clean = text.trim().replace(/_/g, "");
  const match = /^([+-]?)(?:0[xX]|0[oO]|0[bB])?([0-9a-zA-Z]+)$/.exec(clean);
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, base);
  if (match === null || [...match[2].toLowerCase()].some((c) => !digits.includes(c))) throw $error("ValueError", `invalid literal for int() with base ${base}: ${$strRepr(text)}`);
  if (match[2].length > 4300) throw $error("ValueError", "Exceeds the limit (4300 digits) for integer string conversion");
  let value = 0n;
  for (const c of match[2].toLowerCase()) value = value * BigInt(base) + BigInt(digits.indexOf(c));
  return match[1] === "-" ? -value : value;
}
function $toInt(x, base) {
  if (typeof x === "string") return $parseInt(x, base === undefined ? 10 : $index(base));
  if ($isInt(x)) return $asBig(x);
  if (typeof x === "number") {
    if (Number.isNaN(x)) throw $error("ValueError", "cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw $error("OverflowError", "cannot convert float infinity to integer");
    return BigInt(Math.trunc(x));
  }
  throw $error("TypeError", `int() argument must be a string, a bytes-like object or a real number, not '${$typeName(x)}'`);
}
function $toFloat(x) {
  if (typeof x === "string") {
    const t = x.trim().toLowerCase().replace(/_/g, "");
    if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(t)) return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) throw $error("ValueError", `could not convert string to float: ${$strRepr(x)}`);
    return Number(t);
  }
  if ($isNumber(x)) {
    const r = $float($asBig(x));
    if (!Number.isFinite(r) && typeof x !== "number") throw $error("OverflowError", "int too large to convert to float");
    return r;
  }
  throw $error("TypeError", `float() argument must be a string or a real number, not '${$typeName(x)}'`);
}
function $roundHalfEven(x) {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
function $round(x, digits) {
  if ($isInt(x)) {
    if (digits === undefined || $asBig(digits) >= 0n) return $asBig(x);
    const unit = 10n ** -$asBig(digits);
    const value = $asBig(x);
    const lower = $floordiv(value, unit) * unit;
    const rest = value - lower;
    if (rest * 2n > unit || (rest * 2n === unit && ($floordiv(value, unit) % 2n !== 0n))) return lower + unit;
    return lower;
  }
  if (typeof x !== "number") throw $error("TypeError", `type ${$typeName(x)} doesn't define __round__ method`);
  if (digits === undefined) {
    if (Number.isNaN(x)) throw $error("ValueError", "cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw $error("OverflowError", "cannot convert float infinity to integer");
    return BigInt($roundHalfEven(x));
  }
  const n = $index(digits);
  if (!Number.isFinite(x) || x === 0) return x;
  if (n >= 0) {
    if (n > 300) return x;
    const text = $fixed(Math.abs(x), n);
    const r = Number(text);
    return x < 0 ? -r : r;
  }
  const unit = Math.pow(10, -n);
  return $roundHalfEven(x / unit) * unit;
}
function $minMax(name, args, kw, better) {
  const items = args.length === 1 ? [...$iter(args[0])] : args;
  if (items.length === 0) {
    if (Object.hasOwn(kw, "default")) return kw.default;
    throw $error("ValueError", `${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = kw.key === undefined ? best : $call(kw.key, [best], null);
  for (const item of items.slice(1)) {
    const key = kw.key === undefined ? item : $call(kw.key, [item], null);
    if (better(key, bestKey)) {
      best = item;
      bestKey = key;
    }
  }
  return best;
}
function $isinstance(value, type) {
  if ($isTuple(type)) return type.some((t) => $isinstance(value, t));
  const builtin = $types.get(type);
  if (builtin !== undefined) return builtin.check(value);
  if ($isExceptionClass(type)) return value instanceof type;
  if (typeof type === "function") {
    try {
      return value instanceof type;
    } catch {
      return false;
    }
  }
  throw $error("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
}
let $pfClassSet;
function $pfClasses() {
  if ($pfClassSet === undefined) {
    $pfClassSet = new Set();
    for (const name of ["Workplane", "Sketch", "Assembly", "Vector", "Location", "Plane", "Color", "Shape", "Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "Compound"]) {
      const value = $pfGet(name);
      if (typeof value === "function") {
        $pfClassSet.add(value);
        if (typeof value.prototype === "object" && value.prototype !== null) $pfClassSet.add(value.prototype.constructor);
      }
    }
  }
  return $pfClassSet;
}
const $functionTypes = {
  function: $type("function", (x) => $specs.has(x), () => { throw $error("TypeError", "cannot create 'function' instances"); }),
  builtin_function_or_method: $type("builtin_function_or_method", (x) => typeof x === "function" && !$specs.has(x), () => { throw $error("TypeError", "cannot create 'builtin_function_or_method' instances"); }),
};
function $lazy(generator) {
  return new $Iterator(generator);
}
const $B = Object.create(null);
Object.assign($B, $exceptions, {
  Ellipsis: Object.freeze({ toString: () => "Ellipsis" }),
  int: $type("int", (x) => $isInt(x), (args) => (args.length === 0 ? 0n : $toInt(args[0], args[1]))),
  float: $type("float", (x) => typeof x === "number", (args) => (args.length === 0 ? 0 : $toFloat(args[0]))),
  str: $type("str", (x) => typeof x === "string", (args) => (args.length === 0 ? "" : $str(args[0]))),
  bool: $type("bool", (x) => typeof x === "boolean", (args) => args.length > 0 && $truthy(args[0])),
  list: $type("list", (x) => $isList(x), (args) => (args.length === 0 ? [] : [...$iter(args[0])])),
  tuple: $type("tuple", (x) => $isTuple(x), (args) => $tuple(args.length === 0 ? [] : [...$iter(args[0])])),
  dict: $type("dict", (x) => x instanceof $Dict, (args, kw) => {
    const d = new $Dict();
    $dictMethods.update(d, args, kw ?? {});
    return d;
  }),
  set: $type("set", (x) => x instanceof $Set, (args) => $set(args.length === 0 ? [] : [...$iter(args[0])])),
  object: $type("object", () => true, () => Object.freeze({})),
  range: $type("range", (x) => x instanceof $Range, (args) => {
    $arity("range", args, 1, 3);
    const [a, b, c] = args.map((x) => { if (!$isInt(x)) throw $error("TypeError", `'${$typeName(x)}' object cannot be interpreted as an integer`); return $asBig(x); });
    if (c === 0n) throw $error("ValueError", "range() arg 3 must not be zero");
    return args.length === 1 ? new $Range(0n, a, 1n) : new $Range(a, b, c ?? 1n);
  }),
  len: $native("len", (args) => {
    $arity("len", args, 1, 1);
    const [x] = args;
    if (typeof x === "string") return BigInt([...x].length);
    if (Array.isArray(x)) return BigInt(x.length);
    if (x instanceof $Dict || x instanceof $Set) return BigInt(x.size);
    if (x instanceof $Range) return x.length;
    if (typeof x === "object" && x !== null && typeof x.length === "number" && !(x instanceof $Module)) return BigInt(x.length);
    if (typeof x === "object" && x !== null && typeof x.size === "function") return BigInt(x.size());
    throw $error("TypeError", `object of type '${$typeName(x)}' has no len()`);
  }),
  abs: $native("abs", ([x]) => {
    if ($isInt(x)) { const v = $asBig(x); return v < 0n ? -v : v; }
    if (typeof x === "number") return Math.abs(x);
    if (typeof x === "object" && x !== null && typeof x.Length === "number") return x.Length;
    throw $error("TypeError", `bad operand type for abs(): '${$typeName(x)}'`);
  }),
  min: $native("min", (args, kw) => $minMax("min", args, kw ?? {}, (a, b) => $lt(a, b, "<"))),
  max: $native("max", (args, kw) => $minMax("max", args, kw ?? {}, (a, b) => $lt(b, a, ">"))),
  sum: $native("sum", ([items, start]) => {
    let total = start ?? 0n;
    if (typeof total === "string") throw $error("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
    for (const item of $iter(items)) total = $add(total, item);
    return total;
  }),
  round: $native("round", ([x, digits], kw) => $round(x, digits ?? kw?.ndigits)),
  divmod: $native("divmod", ([a, b]) => $tuple([$floordiv(a, b), $mod(a, b)])),
  pow: $native("pow", ([a, b, m]) => {
    if (m === undefined) return $pow(a, b);
    let base = $asBig(a) % $asBig(m);
    let exponent = $asBig(b);
    let result = 1n;
    const modulus = $asBig(m);
    while (exponent > 0n) {
      if (exponent & 1n) result = (result * base) % modulus;
      base = (base * base) % modulus;
      exponent >>= 1n;
    }
    return $mod(result, modulus);
  }),
  repr: $native("repr", ([x]) => $repr(x)),
  format: $native("format", ([x, spec]) => $format(x, "", spec ?? "")),
  ascii: $native("ascii", ([x]) => $format(x, "a", "")),
  chr: $native("chr", ([x]) => String.fromCodePoint($index(x))),
  ord: $native("ord", ([x]) => { if (typeof x !== "string" || [...x].length !== 1) throw $error("TypeError", "ord() expected a character"); return BigInt(x.codePointAt(0)); }),
  hex: $native("hex", ([x]) => { const v = $asBig(x); return (v < 0n ? "-0x" : "0x") + (v < 0n ? -v : v).toString(16); }),
  bin: $native("bin", ([x]) => { const v = $asBig(x); return (v < 0n ? "-0b" : "0b") + (v < 0n ? -v : v).toString(2); }),
  oct: $native("oct", ([x]) => { const v = $asBig(x); return (v < 0n ? "-0o" : "0o") + (v < 0n ? -v : v).toString(8); }),
  isinstance: $native("isinstance", ([value, type]) => $isinstance(value, type)),
  callable: $native("callable", ([x]) => typeof x === "function"),
  hasattr: $native("hasattr", ([o, name]) => { try { $getattr(o, name); return true; } catch (error) { if (error instanceof $exceptions.AttributeError) return false; throw error; } }),
  getattr: $native("getattr", (args) => {
    const [o, name, ...fallback] = args;
    if (typeof name !== "string") throw $error("TypeError", "attribute name must be string");
    try {
      return $getattr(o, name);
    } catch (error) {
      if (fallback.length > 0 && error instanceof $exceptions.AttributeError) return fallback[0];
      throw error;
    }
  }),
  any: $native("any", ([items]) => { for (const x of $iter(items)) if ($truthy(x)) return true; return false; }),
  all: $native("all", ([items]) => { for (const x of $iter(items)) if (!$truthy(x)) return false; return true; }),
  sorted: $native("sorted", ([items], kw) => $sortKey([...$iter(items)], kw?.key, $truthy(kw?.reverse))),
  reversed: $native("reversed", ([items]) => $lazy([...$iter(items)].reverse()[Symbol.iterator]())),
  enumerate: $native("enumerate", ([items, start], kw) => {
    const iterable = $iter(items);
    let i = $asBig(start ?? kw?.start ?? 0n);
    return $lazy((function* () { for (const x of iterable) yield $tuple([i++, x]); })());
  }),
  zip: $native("zip", (args) => {
    const iterators = args.map((items) => $iter(items)[Symbol.iterator]());
    return $lazy((function* () {
      if (iterators.length === 0) return;
      for (;;) {
        const row = [];
        for (const it of iterators) {
          const next = it.next();
          if (next.done) return;
          row.push(next.value);
        }
        yield $tuple(row);
      }
    })());
  }),
  map: $native("map", ([f, ...lists]) => {
    const iterators = lists.map((items) => $iter(items)[Symbol.iterator]());
    return $lazy((function* () {
      for (;;) {
        const row = [];
        for (const it of iterators) {
          const next = it.next();
          if (next.done) return;
          row.push(next.value);
        }
        yield $call(f, row, null);
      }
    })());
  }),
  filter: $native("filter", ([f, items]) => {
    const iterable = $iter(items);
    return $lazy((function* () { for (const x of iterable) if ($truthy(f === undefined ? x : $call(f, [x], null))) yield x; })());
  }),
  iter: $native("iter", ([items]) => $lazy($iter(items)[Symbol.iterator]())),
  next: $native("next", ([it, ...fallback]) => {
    if (!(it instanceof $Iterator)) throw $error("TypeError", `'${$typeName(it)}' object is not an iterator`);
    const step = it.generator.next();
    if (step.done) {
      if (fallback.length > 0) return fallback[0];
      throw new $exceptions.StopIteration([]);
    }
    return step.value;
  }),
  print: $native("print", () => undefined),
  type: $native("type", (args) => {
    $arity("type", args, 1, 1);
    const [x] = args;
    for (const [f, { check, name }] of $types) if (name !== "object" && check(x)) return f;
    if (x instanceof $BaseException) return x.constructor;
    if (typeof x === "function") return $specs.has(x) ? $functionTypes.function : $functionTypes.builtin_function_or_method;
    // Only CadQuery's classes: a JavaScript constructor (Function, Object) would reach code evaluation.
    const prototype = typeof x === "object" && x !== null ? Object.getPrototypeOf(x) : undefined;
    const constructor = prototype?.constructor;
    return $pfClasses().has(constructor) ? constructor : $B.object;
  }),
  show_object: $native("show_object", (args, kw) => $show(args, kw ?? {})),
  show: $native("show", (args) => { for (const obj of args) $show([obj], {}); }),
  debug: $native("debug", () => undefined),
  log: $native("log", () => undefined),
  describe_parameter: $native("describe_parameter", () => undefined),
});

// ---- modules -------------------------------------------------------------------------------
function $mathFunction(name, f, ints) {
  return $native(name, (args) => {
    const values = args.map((x) => { if (!$isNumber(x)) throw $error("TypeError", `must be real number, not ${$typeName(x)}`); return ints ? x : $toFloat(x); });
    const r = f(...values);
    if (typeof r === "number" && Number.isNaN(r) && !values.some((v) => Number.isNaN(v))) throw $error("ValueError", "math domain error");
    return r;
  });
}
function $mathModule() {
  const one = (name, f) => $mathFunction(name, f, false);
  const toInt = (name, f) => $native(name, ([x]) => ($isInt(x) ? $asBig(x) : $toInt(f($toFloat(x)))));
  return new $Module("math", Object.freeze({
    pi: Math.PI, e: Math.E, tau: 2 * Math.PI, inf: Infinity, nan: NaN,
    sqrt: one("sqrt", (x) => (x < 0 ? NaN : Math.sqrt(x))), sin: one("sin", Math.sin), cos: one("cos", Math.cos), tan: one("tan", Math.tan),
    asin: one("asin", Math.asin), acos: one("acos", Math.acos), atan: one("atan", Math.atan), atan2: one("atan2", Math.atan2),
    sinh: one("sinh", Math.sinh), cosh: one("cosh", Math.cosh), tanh: one("tanh", Math.tanh),
    degrees: one("degrees", (x) => (x * 180) / Math.PI), radians: one("radians", (x) => (x * Math.PI) / 180),
    floor: toInt("floor", Math.floor), ceil: toInt("ceil", Math.ceil), trunc: toInt("trunc", Math.trunc),
    fabs: one("fabs", Math.abs), hypot: one("hypot", Math.hypot), exp: one("exp", Math.exp),
    log: one("log", (x, base) => (x <= 0 || (base !== undefined && base <= 0) ? NaN : base === undefined ? Math.log(x) : Math.log(x) / Math.log(base))),
    log10: one("log10", (x) => (x <= 0 ? NaN : Math.log10(x))), log2: one("log2", (x) => (x <= 0 ? NaN : Math.log2(x))),
    pow: one("pow", Math.pow), fmod: one("fmod", (x, y) => (y === 0 ? NaN : x % y)), copysign: one("copysign", (x, y) => (Math.sign(y) < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x))),
    isclose: $native("isclose", ([a, b], kw) => {
      const rel = kw?.rel_tol === undefined ? 1e-9 : $toFloat(kw.rel_tol);
      const abs = kw?.abs_tol === undefined ? 0 : $toFloat(kw.abs_tol);
      const x = $toFloat(a);
      const y = $toFloat(b);
      return x === y || Math.abs(x - y) <= Math.max(rel * Math.max(Math.abs(x), Math.abs(y)), abs);
    }),
    isfinite: $native("isfinite", ([x]) => Number.isFinite($toFloat(x))), isinf: $native("isinf", ([x]) => Math.abs($toFloat(x)) === Infinity), isnan: $native("isnan", ([x]) => Number.isNaN($toFloat(x))),
    factorial: $native("factorial", ([x]) => { let n = $asBig(x); if (n < 0n) throw $error("ValueError", "factorial() not defined for negative values"); if (n > 2000n) throw $error("OverflowError", "factorial() argument too large for partforge"); let r = 1n; while (n > 1n) r *= n--; return r; }),
    gcd: $native("gcd", (args) => args.map($asBig).reduce((a, b) => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; }, 0n)),
    fsum: $native("fsum", ([items]) => [...$iter(items)].reduce((a, b) => a + $toFloat(b), 0)),
    prod: $native("prod", ([items]) => [...$iter(items)].reduce((a, b) => $mul(a, b), 1n)),
  }));
}
const $EXPORT_NOTE = "exporters: the build service exports the shown objects itself; export calls are ignored";
function $exportersModule() {
  const types = Object.freeze({ STL: "STL", STEP: "STEP", AMF: "AMF", TJS: "TJS", SVG: "SVG", VRML: "VRML", VTP: "VTP", THREEMF: "3MF", DXF: "DXF", GLTF: "GLTF" });
  return new $Module("cadquery.exporters", Object.freeze({ ExportTypes: new $Module("ExportTypes", types), export: $native("export", () => undefined), note: $EXPORT_NOTE }));
}
function $cadqueryModule() {
  const names = ["Workplane", "Sketch", "Assembly", "Vector", "Location", "Plane", "Color", "Shape", "Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "Compound", "importers"];
  const attributes = {};
  for (const name of names) if ($pfGet(name) !== undefined) attributes[name] = $pfGet(name);
  attributes.selectors = $module("cadquery.selectors");
  attributes.func = $module("cadquery.func");
  attributes.exporters = $module("cadquery.exporters");
  attributes.vis = $module("cadquery.vis");
  return new $Module("cadquery", Object.freeze(attributes));
}
function $namespaceModule(name, namespace) {
  const attributes = {};
  if (namespace !== undefined && namespace !== null) for (const key of Object.keys(namespace)) attributes[key] = namespace[key];
  return new $Module(name, Object.freeze(attributes));
}
const $moduleCache = new Map();
function $module(name) {
  let made = $moduleCache.get(name);
  if (made !== undefined) return made;
  switch (name) {
    case "math": made = $mathModule(); break;
    case "cadquery": made = $cadqueryModule(); break;
    case "cadquery.func": made = $namespaceModule(name, $pfGet("func")); break;
    case "cadquery.occ_impl.shapes": {
      const shapes = {};
      for (const kind of ["Shape", "Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "Compound"]) if ($pfGet(kind) !== undefined) shapes[kind] = $pfGet(kind);
      made = $namespaceModule(name, { ...$pfGet("func"), ...shapes });
      break;
    }
    case "cadquery.selectors": made = $namespaceModule(name, $pfGet("selectors")); break;
    case "collections": made = new $Module(name, Object.freeze({ namedtuple: $native("namedtuple", $namedtuple) })); break;
    case "cadquery.vis": made = new $Module(name, Object.freeze({ show: $B.show })); break;
    case "cadquery.exporters":
    case "cadquery.occ_impl.exporters": made = $exportersModule(); break;
    default: throw $error("ImportError", `No module named '${name}'`);
  }
  $moduleCache.set(name, made);
  return made;
}
function $importName(module, name) {
  const made = $module(module);
  if (!Object.hasOwn(made.attributes, name)) throw $error("ImportError", `cannot import name '${name}' from '${module}'`);
  return made.attributes[name];
}
function $starImport(module) {
  $stars = [$module(module), ...$stars];
}
/** ParametricParts ModelScripts had these pre-loaded; CQGI scripts get them too. */
const $PRELOADED = ["FloatParam", "IntegerParam", "IntParam", "BooleanParam", "StringParam", "ChoiceParam", "Workplane", "Plane", "Vector", "Location", "Sketch", "Assembly", "Color"];
for (const name of $PRELOADED) if ($pfGet(name) !== undefined) $B[name] = $pfGet(name);
$B.cq = $module("cadquery");
$B.cadquery = $B.cq;
$B.math = $module("math");
function $lookup(name) {
  for (const module of $stars) if (Object.hasOwn(module.attributes, name)) return module.attributes[name];
  if (name in $B) return $B[name];
  throw $error("NameError", `name '${name}' is not defined`);
}
function $nameError(name) {
  throw $error("NameError", `name '${name}' is not defined`);
}

// ---- results and exports -------------------------------------------------------------------
function $show([obj, name], options) {
  if ($results === undefined) return;
  const named = name ?? options.name;
  const extra = options.options instanceof $Dict ? options.options : undefined;
  $results.push({ obj, name: named === undefined ? undefined : $str(named), color: extra === undefined ? undefined : extra.get("color")?.[1] });
}
function $beginResults() {
  $results = [];
}
function $color(value) {
  if (value === undefined) return undefined;
  if (typeof value === "string") return $pfGet("Color")(value);
  if (Array.isArray(value)) {
    const rgb = value.map($toFloat);
    const scale = rgb.some((c) => c > 1) ? 255 : 1;
    return $pfGet("Color")(...rgb.slice(0, 3).map((c) => c / scale));
  }
  return $toJs(value);
}
function $endResults(fallback) {
  const shown = $results;
  $results = undefined;
  if (shown.length === 0 && fallback !== undefined && fallback() !== undefined) return $toJs(fallback());
  if (shown.length === 0) throw $error("ValueError", "the script shows nothing: call show_object(result) for each object to build, or name it result");
  if (shown.length === 1 && shown[0].color === undefined) return $toJs(shown[0].obj);
  let assembly = $pfGet("Assembly")();
  shown.forEach((item, i) => {
    const options = { name: item.name ?? `part ${i + 1}` };
    const color = $color(item.color);
    if (color !== undefined) options.color = color;
    assembly = assembly.add($toJs(item.obj), options);
  });
  return assembly;
}
function $exportVersion(version) {
  return version === undefined ? undefined : typeof version === "string" ? version : $str(version);
}
function $exportBuild(build) {
  if (build === undefined) return undefined;
  return function (values) {
    $beginResults();
    // build() as ParametricParts wrote it takes nothing; build(values) gets the values as a dict.
    const takesValues = ($specs.get(build)?.positional.length ?? 0) > 0 && typeof values === "object" && values !== null;
    const result = $call(build, takesValues ? [$dict(Object.keys(values).map((key) => [key, values[key]]))] : [], null);
    const shown = $results;
    $results = undefined;
    return result === undefined && shown.length > 0 ? (($results = shown), $endResults(undefined)) : $toJs(result);
  };
}
function $cqgiParam(type, value, description) {
  const options = { default: $toJs(value) };
  if (description !== "") options.desc = description;
  const make = { int: $pfGet("IntParam"), float: $pfGet("FloatParam"), bool: $pfGet("BooleanParam"), str: $pfGet("StringParam") }[type];
  return make(options);
}
function $paramValue(values, name, type) {
  const value = values[name];
  return type === "int" ? BigInt(value) : type === "float" ? Number(value) : value;
}
function $paramAttribute(param, type) {
  const value = $getattr(param, "value");
  if (type === "int" && typeof value === "number" && Number.isInteger(value)) return BigInt(value);
  return value;
}
